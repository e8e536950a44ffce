import { callBackground } from '@/lib/messaging/client';
import type { KpiView } from '@/lib/messaging/kpi-schemas';
import { useAsync, type AsyncState } from '@/components/common/use-async';

export type KpiViewState = AsyncState<KpiView>;

/**
 * The partner's KPIs from the background. `refreshKey` changes when new tracker data was
 * cached (the background has recomputed by then), so the values follow the data.
 */
export function useKpiView(partnerId: string, refreshKey: string): KpiViewState {
  const [state] = useAsync(
    () => callBackground('kpis.view', { partnerId }),
    `${partnerId} ${refreshKey}`,
    'The KPIs could not be computed.',
  );
  return state;
}
