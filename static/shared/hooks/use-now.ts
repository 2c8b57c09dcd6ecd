/**
 * The current time as React state, re-rendered every `intervalMs` (default 1 s). The clock is
 * injectable so a test or a story can freeze it; components get `now` from here, never read it.
 */
import { useEffect, useState } from 'react';

export interface NowSource {
  now(): Date;
}
export const browserClock: NowSource = { now: () => new Date() };

/**
 * @example
 * const now = useNow(); // ticks every second
 * const left = Date.parse(dueAt) - now.getTime();
 */
export function useNow(intervalMs = 1000, clock: NowSource = browserClock): Date {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, clock]);
  return now;
}
