import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

/** Runs `load` on mount and whenever `reload()` is called; keeps the last good data visible while reloading. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);

  useEffect(() => {
    let current = true;
    stableLoad().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) =>
        current &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : 'Could not load the data.',
        }),
    );
    return () => {
      current = false;
    };
  }, [stableLoad, version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return [state, reload] as const;
}
