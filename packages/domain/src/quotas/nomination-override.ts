import type { FieldError } from "../errors.ts";
import type { Role } from "../roles.ts";

/**
 * A nomination that goes beyond a rule (more candidates than the unit's places, a list that breaks a
 * composition limit) is allowed only when someone entitled says so and writes down why: the record
 * is what the organizer shows when the public asks how the list came about.
 */
export interface NominationOverrideGrant {
  grantedBy: { userId: number; role: Role; name: string };
  reason: string;
}

/**
 * Quotas and composition limits are set by the federation (系统管理员) and the owning department
 * (主办部门); a unit admin nominating their own workers cannot excuse their own list.
 */
export const nominationOverrideRoles: readonly Role[] = ["ADMIN", "ORGANIZER"];

export const nominationOverrideReasonMaxLength = 500;

/** Every problem with who granted an override and why; the trimmed reason is the caller's to keep. */
export function nominationOverrideGrantErrors(grant: NominationOverrideGrant): FieldError[] {
  const errors: FieldError[] = [];
  if (!nominationOverrideRoles.includes(grant.grantedBy.role)) {
    errors.push({
      field: "grantedBy",
      code: "OVERRIDE_NOT_ALLOWED",
      message: "只有系统管理员或主办部门可以批准破例",
    });
  }
  if (grant.grantedBy.name.trim() === "") {
    errors.push({ field: "grantedBy.name", code: "REQUIRED", message: "请填写批准人姓名" });
  }
  const reason = grant.reason.trim();
  if (reason === "") {
    errors.push({ field: "reason", code: "OVERRIDE_REASON_REQUIRED", message: "破例须填写理由" });
  } else if (reason.length > nominationOverrideReasonMaxLength) {
    errors.push({
      field: "reason",
      code: "TOO_LONG",
      message: `破例理由不能超过 ${nominationOverrideReasonMaxLength} 个字`,
    });
  }
  return errors;
}
