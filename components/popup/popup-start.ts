import { drawFirstFrame, pendingFirstFrame } from './first-frame';
import { firstFrameDraftWriter } from './first-frame-draft';
import { firstFrameModel, framePageOf } from './first-frame-model';
import type { EarlyReads } from './popup-early';

/** How long the first frame waits for a paint before React loads anyway (hidden pages). */
const PAINT_WAIT_MS = 100;

/**
 * How long a popup over a page without a partner waits for the partner list before it loads
 * React instead of drawing the picker itself. Waiting costs no readiness: the React form too
 * is usable only once the list is in. The background usually answers within milliseconds, but
 * a busy or just started service worker can take a few hundred; past this, something is wrong
 * and the React popup says what.
 */
const PARTNERS_WAIT_MS = 1000;

/** What `read` gave within `ms`, else undefined (also when it failed). */
function within(read: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: number | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = window.setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([read.catch(() => undefined), late]).finally(() =>
    window.clearTimeout(timer),
  );
}

/** Resolves after the next paint (or after `PAINT_WAIT_MS` where no frame comes). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PAINT_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Draws the popup's first frame (first-frame.ts) when the tab's page has a snapshot naming its
 * partner, or, with the partner list in, when it names none or the tab shows no tracker page;
 * lets it paint, then loads the React popup (`loadApp`). Otherwise React loads at once: the
 * page's partner then comes from the background.
 */
export async function startPopup(
  early: EarlyReads,
  loadApp: () => Promise<unknown>,
): Promise<void> {
  try {
    const [tab, drafts] = await Promise.all([early.tab, early.drafts]);
    const page = framePageOf(tab);
    // Without a partner the frame shows the picker, which needs the partner list.
    const partners =
      page && !page.partner ? await within(early.partners, PARTNERS_WAIT_MS) : undefined;
    const model = page && firstFrameModel(page, drafts, new Date(), partners);
    const root = document.getElementById('root');
    if (model && root?.parentElement) {
      drawFirstFrame(root.parentElement, root, model, {
        keepDraft: firstFrameDraftWriter(drafts, model.draftKey),
      });
      await afterPaint();
    }
  } catch {
    // No first frame: the React popup reads and reports everything itself.
  }
  try {
    await loadApp();
  } catch (error) {
    // The form is up but could never save: say so rather than wait for nothing.
    const frame = pendingFirstFrame();
    if (!frame) throw error;
    frame.fail('Partner Lens could not finish opening. Close the popup and open it again.');
  }
}
