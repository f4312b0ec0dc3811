import { DomainError, type Role, type UserAccountInput, validateUserAccount, validationError } from "@jinzhou/domain";
import type { Context } from "../context.ts";

/** The stored fields of an account as the audit log shows them: never the password or its hash. */
export function userAuditValues(user: {
  username: string;
  displayName: string;
  role: Role;
  organizationId: number;
  departmentId: number | null;
  workerId: number | null;
  active: boolean;
}) {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    organizationId: user.organizationId,
    departmentId: user.departmentId,
    workerId: user.workerId,
    active: user.active,
  };
}

export interface UserAccountFields {
  username: string;
  displayName: string;
  role: Role;
  organizationId: number;
  departmentId: number | null;
  workerId: number | null;
}

/**
 * Reads what the rules need (the organization's path, the worker's organization), refuses ids that
 * name nothing with a field error, and checks the account with the domain's validateUserAccount.
 */
export async function checkUserAccount(context: Context, fields: UserAccountFields): Promise<UserAccountFields> {
  const [organization, department, worker] = await Promise.all([
    context.prisma.organization.findUnique({ where: { id: fields.organizationId }, select: { path: true } }),
    fields.departmentId === null
      ? null
      : context.prisma.department.findUnique({ where: { id: fields.departmentId }, select: { id: true } }),
    fields.workerId === null
      ? null
      : context.prisma.worker.findUnique({
          where: { id: fields.workerId },
          select: { id: true, organization: { select: { path: true } } },
        }),
  ]);
  const missing = [
    !organization && { field: "organizationId", code: "ORGANIZATION_NOT_FOUND", message: "所选组织不存在" },
    fields.departmentId !== null &&
      !department && { field: "departmentId", code: "DEPARTMENT_NOT_FOUND", message: "所选部门不存在" },
    fields.workerId !== null && !worker && { field: "workerId", code: "WORKER_NOT_FOUND", message: "所选职工不存在" },
  ].filter((error) => error !== false);
  if (missing.length > 0 || !organization) throw validationError(missing);
  const input: UserAccountInput = {
    username: fields.username,
    displayName: fields.displayName,
    role: fields.role,
    organizationPath: organization.path,
    departmentId: fields.departmentId,
    worker: worker ? { id: worker.id, organizationPath: worker.organization.path } : null,
  };
  const checked = validateUserAccount(input);
  if (!checked.ok) throw validationError(checked.errors);
  // Only the account's own fields: callers pass objects that also carry a password.
  return {
    username: checked.value.username,
    displayName: checked.value.displayName,
    role: fields.role,
    organizationId: fields.organizationId,
    departmentId: fields.departmentId,
    workerId: fields.workerId,
  };
}

/** Only the admin manages accounts. */
export function requireAdmin(context: Context) {
  if (!context.actor) throw new DomainError("UNAUTHENTICATED");
  if (context.actor.role !== "ADMIN") throw new DomainError("FORBIDDEN");
  return context.actor;
}
