import {
  checkKindChange,
  checkPlacement,
  childPath,
  DomainError,
  type FieldError,
  type GrassrootsClass,
  mayManageOrganizationAt,
  mayRemoveOrganization,
  type OrganizationKind,
  type Ownership,
  validateOrganizationInput,
  validationError,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { organizationAuditValues } from "./organization-audit-values.ts";
import { findVisibleOrganization, requireActor } from "./organization-scope.ts";

/** A change: an absent field stays as it is; null clears an optional field. */
export interface OrganizationChange {
  code?: string | null;
  name?: string | null;
  kind?: OrganizationKind | null;
  parentId?: number | null;
  grassrootsClass?: GrassrootsClass | null;
  ownership?: Ownership | null;
  frontlineHeadcount?: number | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
}

export async function updateOrganization(context: Context, id: number, change: OrganizationChange) {
  const actor = requireActor(context);
  const existing = await findVisibleOrganization(context, id);
  if (!mayManageOrganizationAt(actor, existing.path)) throw new DomainError("FORBIDDEN");

  const kind = change.kind ?? existing.kind;
  const validated = validateOrganizationInput({
    code: change.code === undefined ? existing.code : (change.code ?? ""),
    name: change.name === undefined ? existing.name : (change.name ?? ""),
    kind,
    grassrootsClass: change.grassrootsClass === undefined ? existing.grassrootsClass : change.grassrootsClass,
    ownership: change.ownership === undefined ? existing.ownership : change.ownership,
    frontlineHeadcount:
      change.frontlineHeadcount === undefined ? existing.frontlineHeadcount : change.frontlineHeadcount,
    contactPerson: change.contactPerson === undefined ? existing.contactPerson : change.contactPerson,
    contactPhone: change.contactPhone === undefined ? existing.contactPhone : change.contactPhone,
  });
  const errors: FieldError[] = validated.ok ? [] : [...validated.errors];

  const moves = change.parentId !== undefined && change.parentId !== existing.parentId;
  const parentId = moves ? change.parentId : existing.parentId;
  if (moves && !mayRemoveOrganization(actor, existing.path)) throw new DomainError("FORBIDDEN");
  const parent =
    parentId === null || parentId === undefined
      ? null
      : await findVisibleOrganization(context, parentId).catch(() => {
          errors.push({ field: "parentId", code: "PARENT_NOT_FOUND", message: "上级组织不存在或不在您的管理范围内" });
          return undefined;
        });
  if (moves && parent && !mayManageOrganizationAt(actor, parent.path)) throw new DomainError("FORBIDDEN");
  if (parent !== undefined && (moves || kind !== existing.kind)) {
    errors.push(
      ...checkPlacement({
        kind,
        parent: parent && { kind: parent.kind, path: parent.path },
        currentPath: existing.path,
      }),
    );
  }
  if (kind !== existing.kind) {
    const [children, workerCount] = await Promise.all([
      context.prisma.organization.findMany({ where: { parentId: id }, select: { kind: true }, distinct: ["kind"] }),
      context.prisma.worker.count({ where: { organizationId: id } }),
    ]);
    errors.push(...checkKindChange({ newKind: kind, childKinds: children.map((child) => child.kind), workerCount }));
  }
  if (errors.length > 0 || !validated.ok) throw validationError(errors);

  const { value } = validated;
  const newPath = moves ? childPath(parent?.path ?? null, id) : existing.path;
  try {
    return await context.prisma.$transaction(async (tx) => {
      if (moves) {
        // Rebase every descendant's path in one statement; `||` and substr mean the same on both databases.
        await tx.$executeRaw`UPDATE "Organization" SET "path" = ${newPath} || substr("path", ${existing.path.length + 1}) WHERE "path" LIKE ${`${existing.path}%`} AND "id" <> ${id}`;
      }
      const updated = await tx.organization.update({
        where: { id },
        data: {
          code: value.code,
          name: value.name,
          kind: value.kind,
          parentId: parent?.id ?? null,
          path: newPath,
          grassrootsClass: value.grassrootsClass ?? null,
          ownership: value.ownership ?? null,
          frontlineHeadcount: value.frontlineHeadcount ?? null,
          contactPerson: value.contactPerson ?? null,
          contactPhone: value.contactPhone ?? null,
        },
      });
      // Descendants' rebased paths follow from the new path; the entry records the moved node only.
      await recordAuditEntry(tx, actor, {
        action: "ORGANIZATION_UPDATE",
        entityType: "Organization",
        entityId: id,
        before: organizationAuditValues(existing),
        after: organizationAuditValues(updated),
      });
      return updated;
    });
  } catch (error) {
    rethrowUniqueViolation(error, { code: "ORGANIZATION_CODE_TAKEN" });
  }
}
