// Generated from the .mjs file next to this one by test/e2e/server/generate-types.mjs.
// Do not edit: change the JSDoc in the .mjs file and run that script.

/**
 * The records to save, as `[method, params]` pairs for the extension's RPC.
 * @param {Record<string, string>} partnerIds  ids by partner name
 * @param {Date} now
 * @returns {[string, Record<string, unknown>][]}
 */
export function demoEngagement(
  partnerIds: Record<string, string>,
  now: Date,
): [string, Record<string, unknown>][];
