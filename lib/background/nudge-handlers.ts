import type { Handlers } from '../messaging/router';

/** Pending nudges; the rules live in `lib/prompts/`. */
export function createNudgeHandlers(): Pick<Handlers, 'nudges.list'> {
  return { 'nudges.list': async () => [] };
}
