import { type Actor, DomainError, type FieldError, mayManageWorkersAt } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { findVisibleOrganization } from "../organizations/organization-scope.ts";

/**
 * The grassroots union a worker is enrolled in. Problems with the choice are form errors;
 * choosing a union outside the actor's subtree is refused outright.
 */
export async function workerOrganization(context: Context, actor: Actor, organizationId: number, errors: FieldError[]) {
  const organization = await findVisibleOrganization(context, organizationId).catch(() => null);
  if (!organization) {
    errors.push({
      field: "organizationId",
      code: "ORGANIZATION_NOT_FOUND",
      message: "所选工会不存在或不在您的管理范围内",
    });
    return null;
  }
  if (organization.kind !== "GRASSROOTS_UNION") {
    errors.push({
      field: "organizationId",
      code: "NOT_GRASSROOTS",
      message: "职工只能登记在基层工会下，请选择基层工会",
    });
  }
  if (!mayManageWorkersAt(actor, organization.path)) throw new DomainError("FORBIDDEN");
  return organization;
}
