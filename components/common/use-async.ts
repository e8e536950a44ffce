import { useCallback, useEffect, useRef, useState } from 'react';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };

/**
 * Runs `load` on mount and whenever `reload()` is called. The last good data stays visible
 * while reloading; an answer that arrives after unmount is dropped.
 */
export function useAsync<T>(load: () => Promise<T>) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let current = true;
    loadRef.current().then(
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
  }, [version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return [state, reload] as const;
}
