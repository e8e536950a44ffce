import { useEffect, useState } from 'react';
import { hostTheme, watchHostTheme, type Theme } from '@/lib/overlay/host-theme';

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The host page's theme, or the system's when the page does not say; follows changes. */
export function useHostTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(() => hostTheme(document) ?? systemTheme());
  useEffect(() => {
    const controller = new AbortController();
    const update = () => setTheme(hostTheme(document) ?? systemTheme());
    watchHostTheme(document, update, controller.signal);
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update, { signal: controller.signal });
    update();
    return () => controller.abort();
  }, []);
  return theme;
}
