import { useEffect, useState, type RefObject } from 'react';
import { slimTabTop } from '@/lib/overlay/tab-placement';

/**
 * Where the collapsed sidebar's slim tab sits (`slimTabTop`). Measured when the tab shows,
 * after in-app navigation (`url`) and on resize.
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
      setTop(slimTabTop(document, window, ownHost));
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
