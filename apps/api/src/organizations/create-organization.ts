import {
  checkPlacement,
  childPath,
  DomainError,
  type FieldError,
  mayManageOrganizationAt,
  type OrganizationInput,
  validateOrganizationInput,
  validationError,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { organizationAuditValues } from "./organization-audit-values.ts";
import { findVisibleOrganization, requireActor } from "./organization-scope.ts";

export async function createOrganization(context: Context, input: OrganizationInput & { parentId?: number }) {
  const actor = requireActor(context);
  const validated = validateOrganizationInput(input);
  const errors: FieldError[] = validated.ok ? [] : [...validated.errors];

  const parent =
    input.parentId === undefined
      ? null
      : await findVisibleOrganization(context, input.parentId).catch(() => {
          errors.push({ field: "parentId", code: "PARENT_NOT_FOUND", message: "上级组织不存在或不在您的管理范围内" });
          return undefined;
        });
  if (parent !== undefined) {
    errors.push(...checkPlacement({ kind: input.kind, parent: parent && { kind: parent.kind, path: parent.path } }));
  }
  if (parent === null && input.kind === "CITY_FEDERATION") {
    if (actor.role !== "ADMIN") throw new DomainError("FORBIDDEN");
    if ((await context.prisma.organization.count({ where: { parentId: null } })) > 0) {
      errors.push({ field: "kind", code: "ROOT_EXISTS", message: "已有市总工会，不能再建立第二个最上级组织" });
    }
  } else if (parent && !mayManageOrganizationAt(actor, parent.path)) {
    throw new DomainError("FORBIDDEN");
  }
  if (errors.length > 0 || !validated.ok) throw validationError(errors);

  const { value } = validated;
  try {
    return await context.prisma.$transaction(async (tx) => {
      const created = await tx.organization.create({
        data: {
          code: value.code,
          name: value.name,
          kind: value.kind,
          parentId: parent?.id ?? null,
          path: "",
          grassrootsClass: value.grassrootsClass ?? null,
          ownership: value.ownership ?? null,
          frontlineHeadcount: value.frontlineHeadcount ?? null,
          contactPerson: value.contactPerson ?? null,
          contactPhone: value.contactPhone ?? null,
        },
      });
      const placed = await tx.organization.update({
        where: { id: created.id },
        data: { path: childPath(parent?.path ?? null, created.id) },
      });
      await recordAuditEntry(tx, actor, {
        action: "ORGANIZATION_CREATE",
        entityType: "Organization",
        entityId: placed.id,
        after: organizationAuditValues(placed),
      });
      return placed;
    });
  } catch (error) {
    rethrowUniqueViolation(error, { code: "ORGANIZATION_CODE_TAKEN" });
  }
}
