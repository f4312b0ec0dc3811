import { DomainError, type Role, selfChangeErrors, validationError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { checkUserAccount, requireAdmin, userAuditValues } from "./user-account-facts.ts";

/** A change: an absent field stays as it is; departmentId and workerId may be set to null. */
export interface UserChange {
  username?: string | null;
  displayName?: string | null;
  role?: Role | null;
  organizationId?: number | null;
  departmentId?: number | null;
  workerId?: number | null;
  /** false disables the account: its tokens stop working at once and it cannot sign in. */
  active?: boolean | null;
}

export async function updateUser(context: Context, id: number, change: UserChange) {
  const actor = requireAdmin(context);
  const existing = await context.prisma.user.findUnique({ where: { id } });
  if (!existing) throw new DomainError("NOT_FOUND");
  const selfErrors = selfChangeErrors(actor.userId, id, change);
  if (selfErrors.length > 0) throw validationError(selfErrors);
  const role = change.role ?? existing.role;
  const fields = await checkUserAccount(context, {
    username: change.username ?? existing.username,
    displayName: change.displayName ?? existing.displayName,
    role,
    organizationId: change.organizationId ?? existing.organizationId,
    // Only organizers keep a department unless one is given; undefined keeps, null clears.
    departmentId: change.departmentId === undefined ? existing.departmentId : change.departmentId,
    workerId: change.workerId === undefined ? existing.workerId : change.workerId,
  });
  const active = change.active ?? existing.active;
  try {
    return await context.prisma.$transaction(async (tx) => {
      const updated = await tx.user.update({
        where: { id },
        // Enabling an account also lifts a sign-in lock.
        data: { ...fields, active, ...(active && !existing.active ? { failedSignIns: 0, lockedUntil: null } : {}) },
      });
      await recordAuditEntry(tx, actor, {
        action:
          existing.active && !active ? "USER_DISABLE" : !existing.active && active ? "USER_ENABLE" : "USER_UPDATE",
        entityType: "User",
        entityId: id,
        before: userAuditValues(existing),
        after: userAuditValues(updated),
      });
      return updated;
    });
  } catch (error) {
    rethrowUniqueViolation(error, { username: "USERNAME_TAKEN", workerId: "WORKER_ACCOUNT_TAKEN" });
  }
}
