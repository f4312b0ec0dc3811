/**
 * Guessing passwords is slowed down per account: after `maxFailures` wrong passwords in a row the
 * account refuses every attempt, right or wrong, for `lockMinutes`. A success resets the count.
 */
export const signInLockout = { maxFailures: 5, lockMinutes: 15 } as const;

export function isSignInLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** The lock to record after a wrong password, given the failures counted so far including it. */
export function lockAfterFailure(failuresInARow: number, now: Date): Date | null {
  return failuresInARow >= signInLockout.maxFailures
    ? new Date(now.getTime() + signInLockout.lockMinutes * 60_000)
    : null;
}
