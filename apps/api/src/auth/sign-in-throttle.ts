import { isUniqueViolation, type PrismaClient } from "@jinzhou/db";
import { DomainError, isSignInLocked, isThrottleWindowOpen, throttleAfterFailure } from "@jinzhou/domain";

/**
 * Failed sign-ins counted per client address across accounts (the domain's `signInThrottle`),
 * in the database so that every API instance sees the same count. Every write is a single atomic
 * statement (an upsert with an increment, or an update guarded by the value read), never a
 * read-then-write of the count, so concurrent failures are all counted.
 */

/** Refuses at once when the address is locked out, whatever the password. */
export async function refuseThrottledAddress(prisma: PrismaClient, ipAddress: string, now: Date): Promise<void> {
  const row = await prisma.signInThrottle.findUnique({ where: { ipAddress }, select: { lockedUntil: true } });
  if (row && isSignInLocked(row.lockedUntil, now)) throw new DomainError("SIGN_IN_THROTTLED");
}

/** Counts one failure from the address; true when it has just locked the address out. */
export async function countFailedSignIn(prisma: PrismaClient, ipAddress: string, now: Date): Promise<boolean> {
  let row = await incremented(prisma, ipAddress, now);
  if (!isThrottleWindowOpen(row.windowStartsAt, now)) {
    // The window has run out: start a fresh one with this failure. Guarded by the window read, so
    // of several concurrent failures only one restarts it and the others count on top (below).
    const restarted = await prisma.signInThrottle.updateMany({
      where: { ipAddress, windowStartsAt: row.windowStartsAt },
      data: { failedCount: 1, windowStartsAt: now, lockedUntil: null },
    });
    if (restarted.count === 1) return false;
    row = await prisma.signInThrottle.update({
      where: { ipAddress },
      data: { failedCount: { increment: 1 } },
      select: { failedCount: true, windowStartsAt: true },
    });
  }
  const lockedUntil = throttleAfterFailure(row.failedCount, now);
  if (!lockedUntil) return false;
  await prisma.signInThrottle.update({ where: { ipAddress }, data: { lockedUntil } });
  return true;
}

async function incremented(prisma: PrismaClient, ipAddress: string, now: Date) {
  const upsert = () =>
    prisma.signInThrottle.upsert({
      where: { ipAddress },
      create: { ipAddress, failedCount: 1, windowStartsAt: now },
      update: { failedCount: { increment: 1 } },
      select: { failedCount: true, windowStartsAt: true },
    });
  try {
    return await upsert();
  } catch (error) {
    // Two first failures from a new address can both try to insert; the loser increments.
    if (isUniqueViolation(error)) return upsert();
    throw error;
  }
}
