import { useEffect, useState } from 'react';
import { adapterFor, itemKeyOf } from '@/lib/hosts/create-adapter';
import { TrackerError, isAbort } from '@/lib/hosts/http/tracker-error';
import { callBackground } from '@/lib/messaging/client';
import type { HostContext } from '@/lib/model/host-context';
import type { WorkItem } from '@/lib/model/work-item';

export type CurrentItemView =
  | { phase: 'loading'; key: string }
  | { phase: 'ready'; key: string; item: WorkItem; cachedAt?: string; notice?: string }
  | { phase: 'error'; key: string; message: string; signedOut: boolean };

/**
 * The open issue, task or card, read live from the tracker. When the tracker cannot be
 * reached the cached copy is shown with its age; a signed-out session says so.
 */
export function useCurrentItem(context: HostContext, attempt: number): CurrentItemView | null {
  const key = itemKeyOf(context) ?? null;
  const [view, setView] = useState<CurrentItemView | null>(null);

  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    setView({ phase: 'loading', key });
    void (async () => {
      try {
        const { item, skipped } = await adapterFor(context).loadItem(key, controller.signal);
        if (controller.signal.aborted) return;
        if (item) {
          setView({ phase: 'ready', key, item });
          return;
        }
        setView({
          phase: 'error',
          key,
          message: skipped?.reason ?? 'This item could not be read from the tracker.',
          signedOut: false,
        });
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        const cached = await callBackground('workItems.get', {
          tool: context.tool,
          site: context.site,
          key,
        }).catch(() => null);
        if (controller.signal.aborted) return;
        const message =
          error instanceof Error ? error.message : 'This item could not be read from the tracker.';
        const signedOut = error instanceof TrackerError && error.kind === 'signed-out';
        if (cached && !signedOut) {
          setView({
            phase: 'ready',
            key,
            item: cached,
            cachedAt: cached.cachedAt,
            notice: message,
          });
        } else {
          setView({ phase: 'error', key, message, signedOut });
        }
      }
    })();
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, context.tool, context.site, attempt]);

  return view && view.key === key ? view : null;
}
