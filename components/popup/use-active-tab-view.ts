import { useEffect, useState } from 'react';
import { startPopupBoot, type ActiveTabState, type PartnersState } from './popup-boot';

export { requestedTabId, type ActiveTabState } from './popup-boot';

/** The partner and item behind the popup's tab (read once, when the popup opens). */
export function useActiveTabView(): ActiveTabState {
  const [state, setState] = useState<ActiveTabState>(
    () => startPopupBoot().settled?.tab ?? { status: 'loading' },
  );
  useEffect(() => {
    let live = true;
    void startPopupBoot().tab.then((resolved) => live && setState(resolved));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** Every partner, for the picker and names; `null` while loading. */
export function usePartners(): {
  partners: PartnersState['partners'] | null;
  error: string | null;
} {
  const [state, setState] = useState<PartnersState | null>(
    () => startPopupBoot().settled?.partners ?? null,
  );
  useEffect(() => {
    let live = true;
    void startPopupBoot().partners.then((loaded) => live && setState(loaded));
    return () => {
      live = false;
    };
  }, []);
  return { partners: state?.partners ?? null, error: state?.error ?? null };
}
