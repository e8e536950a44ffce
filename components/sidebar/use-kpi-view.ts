import { callBackground } from '@/lib/messaging/client';
import type { KpiView } from '@/lib/messaging/kpi-schemas';
import { useKeyedLoad, type KeyedLoadState } from './use-keyed-load';

export type KpiViewState = KeyedLoadState<KpiView>;

/**
 * The partner's KPIs from the background. `refreshKey` changes when new tracker data was
 * cached (the background has recomputed by then), so the values follow the data.
 */
export function useKpiView(partnerId: string, refreshKey: string): KpiViewState {
  return useKeyedLoad(
    `${partnerId} ${refreshKey}`,
    () => callBackground('kpis.view', { partnerId }),
    'The KPIs could not be computed.',
  );
}
