import { hashPassword } from "@jinzhou/db";
import { DomainError, passwordErrors, validationError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireAdmin } from "./user-account-facts.ts";

/**
 * The admin sets a new password (argon2id) and lifts any sign-in lock. The audit entry says that
 * the password was reset, never what it is.
 */
export async function resetUserPassword(context: Context, id: number, password: string, reason?: string | null) {
  const actor = requireAdmin(context);
  const weak = passwordErrors(password);
  if (weak.length > 0) throw validationError(weak);
  const existing = await context.prisma.user.findUnique({ where: { id }, select: { id: true } });
  if (!existing) throw new DomainError("NOT_FOUND");
  const passwordHash = await hashPassword(password);
  return context.prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id },
      data: { passwordHash, failedSignIns: 0, lockedUntil: null },
    });
    await recordAuditEntry(tx, actor, {
      action: "USER_PASSWORD_RESET",
      entityType: "User",
      entityId: id,
      reason: reason?.trim() || null,
    });
    return updated;
  });
}
