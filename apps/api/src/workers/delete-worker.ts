import { isForeignKeyViolation } from "@jinzhou/db";
import { DomainError, mayManageWorkersAt } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { workerAuditValues } from "./worker-audit-values.ts";
import { findVisibleWorker } from "./worker-scope.ts";

/** Removes a worker from the roster; one with a sign-in account keeps it until the account goes. */
export async function deleteWorker(context: Context, id: number) {
  const actor = requireActor(context);
  const existing = await findVisibleWorker(context, id);
  if (!mayManageWorkersAt(actor, existing.organization.path)) throw new DomainError("FORBIDDEN");
  if ((await context.prisma.user.count({ where: { workerId: id } })) > 0) throw new DomainError("WORKER_HAS_ACCOUNT");
  try {
    await context.prisma.$transaction(async (tx) => {
      await tx.worker.delete({ where: { id } });
      await recordAuditEntry(tx, actor, {
        action: "WORKER_DELETE",
        entityType: "Worker",
        entityId: id,
        before: workerAuditValues(existing),
      });
    });
  } catch (error) {
    // Registrations, quotas, honours and the like keep history: such a record is not deleted.
    if (isForeignKeyViolation(error)) throw new DomainError("RECORD_IN_USE");
    throw error;
  }
  return existing;
}
