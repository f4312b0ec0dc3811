import { hashPassword, isUniqueViolation, type PrismaClient } from "@jinzhou/db";
import { DomainError, passwordErrors, validationError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { userAuditValues } from "../users/user-account-facts.ts";
import { workerProvedByCode } from "./worker-codes.ts";

/**
 * `worker-<worker id>`, or with a suffix when an admin has already given that name to another
 * account. Not the phone: a roster phone may change or pass to another worker, and usernames are
 * shown unmasked; workers sign in with their roster phone anyway (sign-in.ts).
 */
async function freeUsername(prisma: PrismaClient, workerId: number): Promise<string> {
  const base = `worker-${workerId}`;
  for (let suffix = 1; ; suffix++) {
    const username = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await prisma.user.findUnique({ where: { username }, select: { id: true } }))) return username;
  }
}

/**
 * A worker in the roster opens their own account with the SMS code sent to their roster phone
 * (request-worker-code.ts) and a password of their choosing, and is signed in. The account is a
 * worker account of the worker's organization. Two activations of the same worker at once make
 * one account: the database keeps one account per worker, and the other gets WORKER_ACCOUNT_EXISTS.
 */
export async function activateWorkerAccount(context: Context, challenge: string, code: string, password: string) {
  const weak = passwordErrors(password);
  if (weak.length > 0) throw validationError(weak);
  const worker = await workerProvedByCode(context, "ACTIVATE", challenge, code);
  const passwordHash = await hashPassword(password);
  const username = await freeUsername(context.prisma, worker.id);
  const now = new Date();
  try {
    const user = await context.prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          username,
          passwordHash,
          displayName: worker.name,
          role: "WORKER",
          organizationId: worker.organizationId,
          workerId: worker.id,
          lastLoginAt: now,
        },
      });
      const actor = {
        userId: created.id,
        role: created.role,
        scopePath: worker.organization.path,
        workerId: worker.id,
      };
      await recordAuditEntry(tx, actor, {
        action: "WORKER_ACCOUNT_ACTIVATE",
        entityType: "User",
        entityId: created.id,
        after: userAuditValues(created),
      });
      return created;
    });
    return { token: await context.tokens.issue(user.id), userId: user.id };
  } catch (error) {
    // The same worker activated at the same moment: its workerId (and its username) are taken.
    if (isUniqueViolation(error)) throw new DomainError("WORKER_ACCOUNT_EXISTS");
    throw error;
  }
}
