/**
 * One request at a time from a button. Disabling the button while the
 * mutation is pending is not enough on its own: a double click's second click
 * can arrive before React has re-rendered it disabled, and the second request
 * then fails (already published) beside the first one's success.
 */
import { useCallback, useRef } from 'react';

export function useSingleFlight(): (start: () => Promise<unknown>) => void {
  const running = useRef(false);
  return useCallback((start: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    const release = () => {
      running.current = false;
    };
    start().then(release, release);
  }, []);
}
