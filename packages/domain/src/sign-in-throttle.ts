/**
 * Guessing passwords is also slowed down per client address (IP), across accounts: one address
 * may fail `maxFailures` sign-ins within a window of `windowMinutes`; the next failure in that
 * window refuses every attempt from the address, right password or not, for `lockMinutes`.
 * A window that has run out starts a fresh count.
 */
export const signInThrottle = { maxFailures: 20, windowMinutes: 15, lockMinutes: 15 } as const;

/** The window still counting at `now`, given when it started. */
export function isThrottleWindowOpen(windowStartsAt: Date, now: Date): boolean {
  return now.getTime() - windowStartsAt.getTime() < signInThrottle.windowMinutes * 60_000;
}

/** The lock to record after a failure, given the failures counted in the window including it. */
export function throttleAfterFailure(failuresInWindow: number, now: Date): Date | null {
  return failuresInWindow >= signInThrottle.maxFailures
    ? new Date(now.getTime() + signInThrottle.lockMinutes * 60_000)
    : null;
}
