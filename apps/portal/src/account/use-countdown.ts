import { useEffect, useState } from "react";

/** Whole seconds from `now` until `until` (epoch ms), never below zero. */
export function secondsLeft(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/** Seconds left until `until` (epoch ms), re-read twice a second while above zero; then 0. */
export function useCountdown(until: number): number {
  const [tick, setTick] = useState(0);
  // Read the clock on every render, so a new `until` (a code sent again) counts from now at once.
  const left = secondsLeft(until, Date.now());
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick re-arms the timer each half second
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setTimeout(() => setTick((value) => value + 1), 500);
    return () => window.clearTimeout(timer);
  }, [left, tick, until]);
  return left;
}
