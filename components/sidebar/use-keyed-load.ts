import { useEffect, useRef, useState } from 'react';

export type KeyedLoadState<T> =
  { phase: 'loading' } | { phase: 'ready'; view: T } | { phase: 'error'; message: string };

/**
 * Runs `load` whenever `key` changes and keeps the last answer on screen until the next one
 * arrives; an answer for a key that is no longer current is dropped.
 */
export function useKeyedLoad<T>(
  key: string,
  load: () => Promise<T>,
  failureMessage: string,
): KeyedLoadState<T> {
  const [state, setState] = useState<KeyedLoadState<T> | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    let current = true;
    loadRef.current().then(
      (view) => current && setState({ phase: 'ready', view }),
      (error: unknown) =>
        current &&
        setState({
          phase: 'error',
          message: error instanceof Error ? error.message : failureMessage,
        }),
    );
    return () => {
      current = false;
    };
  }, [key, failureMessage]);
  return state ?? { phase: 'loading' };
}
