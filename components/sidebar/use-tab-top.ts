import { useEffect, useState, type RefObject } from 'react';
import { chooseTabTop, hostControlAt } from '@/lib/overlay/tab-placement';

const TAB_HEIGHT = 64;
const TAB_WIDTH = 24;

/**
 * Where the collapsed sidebar's slim tab sits: a third down the right edge, moved to the
 * nearest spot with no host control under it. Measured when the tab shows, after in-app
 * navigation (`url`) and on resize.
 */
export function useTabTop(
  rootRef: RefObject<HTMLElement | null>,
  collapsed: boolean,
  url: string,
): number | null {
  const [top, setTop] = useState<number | null>(null);
  useEffect(() => {
    if (!collapsed) return;
    const place = () => {
      const root = rootRef.current?.getRootNode();
      const ownHost = root instanceof ShadowRoot ? root.host : rootRef.current;
      if (!ownHost) return;
      const x = [window.innerWidth - 4, window.innerWidth - TAB_WIDTH + 4];
      setTop(
        chooseTabTop({
          viewportHeight: window.innerHeight,
          tabHeight: TAB_HEIGHT,
          preferredTop: Math.round(window.innerHeight / 3),
          margin: 64,
          step: 24,
          isFree: (candidate) =>
            [candidate + 4, candidate + TAB_HEIGHT / 2, candidate + TAB_HEIGHT - 4].every((y) =>
              x.every((px) => !hostControlAt(document, px, y, ownHost)),
            ),
        }),
      );
    };
    place();
    // Host pages render late; look again once they have settled, and on resize.
    const later = window.setTimeout(place, 1500);
    window.addEventListener('resize', place);
    return () => {
      window.clearTimeout(later);
      window.removeEventListener('resize', place);
    };
  }, [rootRef, collapsed, url]);
  return top;
}
