/**
 * Marks our messages so that other traffic on `runtime.onMessage` is left alone. Kept in a
 * module of its own, free of zod, because the always-loaded content scripts import it.
 */
export const RPC_KIND = 'partner-lens/rpc';
