import { useCallback, useEffect, useRef, useState } from 'react';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };

/**
 * Runs `load` on mount, whenever `key` changes and whenever `reload()` is called. The last
 * good data stays visible while reloading; an answer that arrives after unmount, or for a key
 * that is no longer current, is dropped.
 */
export function useAsync<T>(
  load: () => Promise<T>,
  key = '',
  failureMessage = 'Could not load the data.',
) {
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
          message: error instanceof Error ? error.message : failureMessage,
        }),
    );
    return () => {
      current = false;
    };
  }, [version, key, failureMessage]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return [state, reload] as const;
}
