import type { FieldError, Validated } from "./errors.ts";
import { isWithinSubtree } from "./organization-tree.ts";
import type { Role } from "./roles.ts";

/** An account as the admin sets it up (system users: 系统账号). */
export interface UserAccountInput {
  username: string;
  displayName: string;
  role: Role;
  /** The root of the subtree the account acts on; its path. */
  organizationPath: string;
  /** The department (主办部门) of an organizer; null for other roles. */
  departmentId: number | null;
  /** For a worker account: its worker, with the path of the worker's organization. */
  worker: { id: number; organizationPath: string } | null;
}

export const passwordRule = { minLength: 8, maxLength: 64 } as const;

const usernamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/;

/**
 * Checks an account: a username of 3–32 letters, digits, dots, underscores or hyphens; a display
 * name; an organizer belongs to a department (it decides which activities they run); a worker
 * account belongs to a worker inside its organization scope, and only worker accounts have one.
 * Every problem is returned.
 */
export function validateUserAccount(input: UserAccountInput): Validated<UserAccountInput> {
  const errors: FieldError[] = [];
  const username = input.username.trim();
  const displayName = input.displayName.trim();
  if (!usernamePattern.test(username)) {
    errors.push({
      field: "username",
      code: "USERNAME_FORMAT",
      message: "用户名应为 3–32 位字母、数字、点、下划线或连字符，以字母或数字开头",
    });
  }
  if (displayName === "" || displayName.length > 50) {
    errors.push({ field: "displayName", code: "DISPLAY_NAME_REQUIRED", message: "请填写姓名（不超过 50 字）" });
  }
  if (input.role === "ORGANIZER" && input.departmentId === null) {
    errors.push({ field: "departmentId", code: "DEPARTMENT_REQUIRED", message: "主办部门账号须选择所属部门" });
  }
  if (input.role === "WORKER") {
    if (input.worker === null) {
      errors.push({ field: "workerId", code: "WORKER_REQUIRED", message: "职工账号须关联一名职工" });
    } else if (!isWithinSubtree(input.worker.organizationPath, input.organizationPath)) {
      errors.push({
        field: "workerId",
        code: "WORKER_OUTSIDE_SCOPE",
        message: "关联的职工不在该账号所属组织范围内",
      });
    }
  } else if (input.worker !== null) {
    errors.push({ field: "workerId", code: "WORKER_ONLY_FOR_WORKERS", message: "只有职工账号可以关联职工" });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { ...input, username, displayName } };
}

/** A new password: 8–64 characters with at least one letter and one digit. */
export function passwordErrors(password: string, field = "password"): FieldError[] {
  const long = password.length >= passwordRule.minLength && password.length <= passwordRule.maxLength;
  if (long && /[A-Za-z]/.test(password) && /\d/.test(password)) return [];
  return [{ field, code: "PASSWORD_WEAK", message: "密码应为 8–64 位，且同时包含字母和数字" }];
}

/** The admin cannot disable their own account or take away their own admin role: someone must stay in charge. */
export function selfChangeErrors(
  actorUserId: number,
  userId: number,
  change: { active?: boolean | null; role?: Role | null },
): FieldError[] {
  if (actorUserId !== userId) return [];
  const errors: FieldError[] = [];
  if (change.active === false) {
    errors.push({ field: "active", code: "CANNOT_DISABLE_SELF", message: "不能停用自己的账号" });
  }
  if (change.role && change.role !== "ADMIN") {
    errors.push({ field: "role", code: "CANNOT_DEMOTE_SELF", message: "不能取消自己的系统管理员角色" });
  }
  return errors;
}
