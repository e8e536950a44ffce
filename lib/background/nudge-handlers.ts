import type { Handlers } from '../messaging/router';
import type { NudgeService } from './nudge-service';

/** Pending nudges; the rules live in `lib/prompts/`. */
export function createNudgeHandlers(deps: {
  nudges?: NudgeService;
}): Pick<Handlers, 'nudges.list'> {
  return {
    'nudges.list': async ({ partnerId }) => (deps.nudges ? deps.nudges.list(partnerId) : []),
  };
}
