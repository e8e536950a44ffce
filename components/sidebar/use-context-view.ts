import { useEffect, useRef, useState } from 'react';
import { detectContext } from '@/lib/hosts/detect';
import { enrichContext } from '@/lib/hosts/enrich-context';
import { TrackerError } from '@/lib/hosts/http/tracker-error';
import { callBackground } from '@/lib/messaging/client';
import type { ContextView } from '@/lib/messaging/methods';
import type { HostContext } from '@/lib/model/host-context';
import type { JiraSite } from '@/lib/model/jira-site';

export type ContextViewState =
  | { status: 'loading'; context: HostContext | null }
  | { status: 'ready'; view: ContextView; notice?: string }
  | { status: 'unsupported' }
  | { status: 'error'; context: HostContext | null; message: string };

/**
 * Detects the page's context from `url`, fills in what the URL lacks from the tracker, and
 * asks the background for the partner. A new URL aborts the previous lookup so a slow answer
 * never overwrites the view of the page the user has moved on to. `attempt` re-runs the lookup
 * (retry, or the tab became visible again after the user mapped the project in the options).
 */
export function useContextView(
  url: string,
  attempt: number,
  jiraSites: readonly JiraSite[],
): ContextViewState {
  const [state, setState] = useState<ContextViewState>({ status: 'loading', context: null });
  const shownUrl = useRef<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const detected = detectContext(url, { jiraDataCenter: jiraSites });
    if (!detected) {
      setState({ status: 'unsupported' });
      return () => controller.abort();
    }
    // A refresh of the same page keeps the current view on screen until the answer arrives.
    if (shownUrl.current !== url) setState({ status: 'loading', context: detected });
    shownUrl.current = url;
    void (async () => {
      let context = detected;
      let notice: string | undefined;
      try {
        context = await enrichContext(detected, controller.signal);
      } catch (error) {
        if (controller.signal.aborted) return;
        notice =
          error instanceof TrackerError
            ? error.message
            : 'Could not read this item’s project from the tracker; showing what the address tells.';
      }
      try {
        const view = await callBackground('context.resolve', { context });
        if (!controller.signal.aborted) setState({ status: 'ready', view, notice });
      } catch (error) {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          context,
          message:
            error instanceof Error ? error.message : 'Partner Lens could not load this page.',
        });
      }
    })();
    return () => controller.abort();
  }, [url, attempt, jiraSites]);

  return state;
}
