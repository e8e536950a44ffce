import { useEffect, useState } from 'react';
import { callBackground } from '@/lib/messaging/client';
import type { EngagementViewResult } from '@/lib/messaging/overlay-methods';
import type { Tool } from '@/lib/model/host-context';
import type { StatusCategory } from '@/lib/model/work-item';

export type EngagementViewState =
  | { phase: 'loading' }
  | { phase: 'ready'; view: EngagementViewResult }
  | { phase: 'error'; message: string };

export interface ViewedItemRef {
  tool: Tool;
  site: string;
  key: string;
  statusCategory: StatusCategory;
}

/**
 * The partner's engagement (RACI, risks, plan, meetings, feedback, prompt) for the page's scope
 * or item. `refreshKey` changes after the sidebar saved something, to read it back.
 */
export function useEngagementView(
  partnerId: string,
  scopeId: string | undefined,
  item: ViewedItemRef | undefined,
  refreshKey: number,
): EngagementViewState {
  const [state, setState] = useState<{ key: string; state: EngagementViewState } | null>(null);
  const { tool, site, key: itemKey, statusCategory } = item ?? {};
  const key = [partnerId, scopeId, tool, site, itemKey, statusCategory, refreshKey].join(' ');
  useEffect(() => {
    let current = true;
    const viewed =
      tool && site && itemKey && statusCategory
        ? { tool, site, key: itemKey, statusCategory }
        : undefined;
    callBackground('overlay.view', { partnerId, scopeId, item: viewed }).then(
      (view) => current && setState({ key, state: { phase: 'ready', view } }),
      (error: unknown) =>
        current &&
        setState({
          key,
          state: {
            phase: 'error',
            message:
              error instanceof Error ? error.message : 'The partner’s records could not be read.',
          },
        }),
    );
    return () => {
      current = false;
    };
  }, [key, partnerId, scopeId, tool, site, itemKey, statusCategory]);
  // A refresh keeps the previous view on screen until the new one arrives.
  return state?.state ?? { phase: 'loading' };
}
