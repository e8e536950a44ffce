import { useEffect, useState } from 'react';
import { pageTheme, watchHostTheme, type Theme } from '@/lib/overlay/host-theme';

/** The host page's theme, or the system's when the page does not say; follows changes. */
export function useHostTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(() => pageTheme(document, window));
  useEffect(() => {
    const controller = new AbortController();
    const update = () => setTheme(pageTheme(document, window));
    watchHostTheme(document, update, controller.signal);
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update, { signal: controller.signal });
    update();
    return () => controller.abort();
  }, []);
  return theme;
}
