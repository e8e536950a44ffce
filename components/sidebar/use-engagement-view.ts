import { callBackground } from '@/lib/messaging/client';
import type { EngagementViewResult } from '@/lib/messaging/overlay-methods';
import type { Tool } from '@/lib/model/host-context';
import type { StatusCategory } from '@/lib/model/work-item';
import { useAsync, type AsyncState } from '@/components/common/use-async';

export type EngagementViewState = AsyncState<EngagementViewResult>;

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
  const { tool, site, key: itemKey, statusCategory } = item ?? {};
  const key = [partnerId, scopeId, tool, site, itemKey, statusCategory, refreshKey].join(' ');
  const [state] = useAsync(
    () => {
      const viewed =
        tool && site && itemKey && statusCategory
          ? { tool, site, key: itemKey, statusCategory }
          : undefined;
      return callBackground('overlay.view', { partnerId, scopeId, item: viewed });
    },
    key,
    'The partner’s records could not be read.',
  );
  return state;
}
