import { hashPassword } from "@jinzhou/db";
import { DomainError, passwordErrors, validationError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { workerProvedByCode } from "./worker-codes.ts";

/**
 * 忘记密码: a worker with an account sets a new password with the SMS code sent to their roster
 * phone, and is signed in. Any sign-in lock is lifted. The challenge works once: it is bound to the
 * password it replaces (worker-codes.ts). The audit entry says that the password was reset, never
 * what it is.
 */
export async function resetWorkerPassword(context: Context, challenge: string, code: string, password: string) {
  const weak = passwordErrors(password);
  if (weak.length > 0) throw validationError(weak);
  const worker = await workerProvedByCode(context, "RESET_PASSWORD", challenge, code);
  const account = worker.user;
  if (!account) throw new DomainError("WORKER_ACCOUNT_NOT_ACTIVATED");
  const passwordHash = await hashPassword(password);
  await context.prisma.$transaction(async (tx) => {
    // Guarded by the password read: of two resets with the same challenge at once, one lands.
    const changed = await tx.user.updateMany({
      where: { id: account.id, passwordHash: account.passwordHash },
      data: { passwordHash, failedSignIns: 0, lockedUntil: null, lastLoginAt: new Date() },
    });
    if (changed.count !== 1) throw new DomainError("WORKER_CODE_INVALID");
    const actor = { userId: account.id, role: account.role, scopePath: worker.organization.path, workerId: worker.id };
    await recordAuditEntry(tx, actor, { action: "WORKER_PASSWORD_RESET", entityType: "User", entityId: account.id });
  });
  return { token: await context.tokens.issue(account.id), userId: account.id };
}
