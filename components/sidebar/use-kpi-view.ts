import { useEffect, useState } from 'react';
import { callBackground } from '@/lib/messaging/client';
import type { KpiView } from '@/lib/messaging/kpi-schemas';

export type KpiViewState =
  { phase: 'loading' } | { phase: 'ready'; view: KpiView } | { phase: 'error'; message: string };

/**
 * The partner's KPIs from the background. `refreshKey` changes when new tracker data was
 * cached (the background has recomputed by then), so the values follow the data.
 */
export function useKpiView(partnerId: string, refreshKey: string): KpiViewState {
  const [state, setState] = useState<{ key: string; state: KpiViewState } | null>(null);
  const key = `${partnerId} ${refreshKey}`;
  useEffect(() => {
    let current = true;
    callBackground('kpis.view', { partnerId }).then(
      (view) => current && setState({ key, state: { phase: 'ready', view } }),
      (error: unknown) =>
        current &&
        setState({
          key,
          state: {
            phase: 'error',
            message: error instanceof Error ? error.message : 'The KPIs could not be computed.',
          },
        }),
    );
    return () => {
      current = false;
    };
  }, [key, partnerId]);
  // Keep showing the previous values while a refresh is on its way.
  return state?.state ?? { phase: 'loading' };
}
