import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function of constant identity that always calls the latest `handler`. React Flow copies every changed
 * handler prop into its store, and each store update runs thousands of per-node selectors on a big map,
 * so handlers that close over the layout must not change identity on every edit.
 */
export function useStableHandler<Args extends unknown[], Result>(
  handler: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
