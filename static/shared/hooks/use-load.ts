/**
 * Loads data with a promise-returning function and keeps the last result; `reload()` runs it again.
 * A response that arrives after a newer request started is dropped (no stale overwrite).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ok'; data: T; error: null }
  | { status: 'error'; data: T | null; error: unknown };

/**
 * @example
 * const tickets = useLoad(() => api.listTickets('mine'), [api]);
 * if (tickets.status === 'ok') render(tickets.data.items);
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading', data: null, error: null });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const run = useCallback(load, deps);
  useEffect(() => {
    const id = ++latest.current;
    setState((prev) => ({ status: 'loading', data: prev.data, error: null }));
    run().then(
      (data) => { if (id === latest.current) setState({ status: 'ok', data, error: null }); },
      (error: unknown) => { if (id === latest.current) setState((prev) => ({ status: 'error', data: prev.data, error })); },
    );
  }, [run, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
