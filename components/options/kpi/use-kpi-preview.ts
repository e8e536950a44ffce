import { useCallback, useEffect, useState } from 'react';
import { callBackground } from '@/lib/messaging/client';
import type { KpiResultView } from '@/lib/messaging/kpi-schemas';
import type { KpiDefinitionInput } from '@/lib/model/kpi-definition';
import { messageOf } from './kpi-display';

/** How long typing must pause before the preview asks the background. */
export const PREVIEW_DELAY_MS = 250;

export type KpiPreviewState =
  | { phase: 'invalid' }
  /** `last` is the previous result, kept on screen while the new one is computed. */
  | { phase: 'loading'; last: KpiResultView | null }
  | { phase: 'ready'; result: KpiResultView }
  | { phase: 'error'; message: string; last: KpiResultView | null };

interface Answer {
  key: string;
  state: { phase: 'ready'; result: KpiResultView } | { phase: 'error'; message: string };
}

/**
 * The value and status `draft` would have against the cached data, asked of the background
 * (`kpis.preview`) once the draft has not changed for `delay` ms. A null draft (the form is
 * invalid) asks nothing. Answers to an older draft are dropped.
 */
export function useKpiPreview(draft: KpiDefinitionInput | null, delay = PREVIEW_DELAY_MS) {
  const key = draft === null ? null : JSON.stringify(draft);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [lastResult, setLastResult] = useState<KpiResultView | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const timer = setTimeout(() => {
      const params = { draft: JSON.parse(key) as KpiDefinitionInput };
      callBackground('kpis.preview', params).then(
        (result) => {
          if (!current) return;
          setAnswer({ key, state: { phase: 'ready', result } });
          setLastResult(result);
        },
        (error: unknown) => {
          if (!current) return;
          setAnswer({
            key,
            state: {
              phase: 'error',
              message: messageOf(error, 'The preview could not be computed.'),
            },
          });
        },
      );
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, attempt, delay]);

  const retry = useCallback(() => {
    setAnswer(null);
    setAttempt((n) => n + 1);
  }, []);

  let state: KpiPreviewState;
  if (key === null) state = { phase: 'invalid' };
  else if (answer?.key !== key) state = { phase: 'loading', last: lastResult };
  else if (answer.state.phase === 'ready') state = answer.state;
  else state = { ...answer.state, last: lastResult };
  return { state, retry };
}
