import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "@jinzhou/db";
import { DomainError, isSignInLocked, lockAfterFailure } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { countFailedSignIn, refuseThrottledAddress } from "./sign-in-throttle.ts";
import { workerAccountByPhone } from "./worker-phone-account.ts";

// The hash of a random password, verified when the username is unknown, so that a wrong
// username takes as long as a wrong password and does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return decoyHash;
}

/**
 * Checks a username (or a worker's roster phone) and password and issues a sign-in token. Wrong
 * passwords are counted per account in the database (so the count holds across API instances)
 * and lock it for a while; failures are also counted per client address across accounts
 * (sign-in-throttle.ts).
 */
export async function signIn(context: Context, username: string, password: string) {
  const now = new Date();
  await refuseThrottledAddress(context.prisma, context.clientAddress, now);
  const refuse = async (code: "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED"): Promise<never> => {
    if (await countFailedSignIn(context.prisma, context.clientAddress, now)) throw new DomainError("SIGN_IN_THROTTLED");
    throw new DomainError(code);
  };
  // A worker may type their roster phone instead of their username (worker-phone-account.ts).
  const user =
    (await context.prisma.user.findUnique({ where: { username: username.trim() } })) ??
    (await workerAccountByPhone(context.prisma, username));
  if (!user) {
    await verifyPassword(await decoy(), password);
    return refuse("INVALID_CREDENTIALS");
  }
  if (isSignInLocked(user.lockedUntil, now)) throw new DomainError("ACCOUNT_LOCKED");
  if (!(await verifyPassword(user.passwordHash, password))) {
    const counted = await context.prisma.user.update({
      where: { id: user.id },
      // A lock that has run out starts a fresh count.
      data: user.lockedUntil ? { failedSignIns: 1, lockedUntil: null } : { failedSignIns: { increment: 1 } },
      select: { failedSignIns: true },
    });
    const lockedUntil = lockAfterFailure(counted.failedSignIns, now);
    if (lockedUntil) {
      await context.prisma.user.update({ where: { id: user.id }, data: { lockedUntil, failedSignIns: 0 } });
      return refuse("ACCOUNT_LOCKED");
    }
    return refuse("INVALID_CREDENTIALS");
  }
  if (!user.active) throw new DomainError("ACCOUNT_DISABLED");
  await context.prisma.user.update({
    where: { id: user.id },
    data: { lastLoginAt: now, failedSignIns: 0, lockedUntil: null },
  });
  return { token: await context.tokens.issue(user.id), userId: user.id };
}
