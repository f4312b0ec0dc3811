import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "@jinzhou/db";
import { DomainError } from "@jinzhou/domain";
import type { Context } from "../context.ts";

// The hash of a random password, verified when the username is unknown, so that a wrong
// username takes as long as a wrong password and does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/** Checks a username and password and issues a sign-in token. */
export async function signIn(context: Context, username: string, password: string) {
  const user = await context.prisma.user.findUnique({ where: { username: username.trim() } });
  const valid = await verifyPassword(user?.passwordHash ?? (await (decoyHash ??= hashPassword(randomBytes(16).toString("hex")))), password);
  if (!user || !valid) throw new DomainError("INVALID_CREDENTIALS");
  if (!user.active) throw new DomainError("ACCOUNT_DISABLED");
  await context.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { token: await context.tokens.issue(user.id), userId: user.id };
}
