import { isForeignKeyViolation } from "@jinzhou/db";
import { DomainError, mayRemoveOrganization } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { organizationAuditValues } from "./organization-audit-values.ts";
import { findVisibleOrganization, requireActor } from "./organization-scope.ts";

/** Deletes an empty organization: no sub-organizations, no workers, no accounts. */
export async function deleteOrganization(context: Context, id: number) {
  const actor = requireActor(context);
  const existing = await findVisibleOrganization(context, id);
  if (!mayRemoveOrganization(actor, existing.path)) throw new DomainError("FORBIDDEN");
  const [children, workers, users] = await Promise.all([
    context.prisma.organization.count({ where: { parentId: id } }),
    context.prisma.worker.count({ where: { organizationId: id } }),
    context.prisma.user.count({ where: { organizationId: id } }),
  ]);
  if (children > 0) throw new DomainError("ORGANIZATION_HAS_CHILDREN");
  if (workers + users > 0) throw new DomainError("ORGANIZATION_HAS_MEMBERS");
  try {
    await context.prisma.$transaction(async (tx) => {
      await tx.organization.delete({ where: { id } });
      await recordAuditEntry(tx, actor, {
        action: "ORGANIZATION_DELETE",
        entityType: "Organization",
        entityId: id,
        before: organizationAuditValues(existing),
      });
    });
  } catch (error) {
    // Registrations, quotas, honours and the like keep history: such a record is not deleted.
    if (isForeignKeyViolation(error)) throw new DomainError("RECORD_IN_USE");
    throw error;
  }
  return existing;
}
