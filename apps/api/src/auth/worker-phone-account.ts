import type { PrismaClient } from "@jinzhou/db";
import { isMobilePhone } from "@jinzhou/domain";

/**
 * The worker account a roster phone names, for signing in with the phone instead of a username.
 * Null when the text is not a mobile number, when no worker or several workers in the roster have
 * that phone (a shared phone names nobody: those workers sign in with their usernames), or when
 * the worker has no worker account.
 */
export async function workerAccountByPhone(prisma: PrismaClient, text: string) {
  const phone = text.replace(/[\s-]/g, "");
  if (!isMobilePhone(phone)) return null;
  const workers = await prisma.worker.findMany({ where: { phone }, select: { user: true }, take: 2 });
  const user = workers.length === 1 ? workers[0]?.user : null;
  return user?.role === "WORKER" ? user : null;
}
