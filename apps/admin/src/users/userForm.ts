import { passwordErrors, type Role } from "@jinzhou/domain";

export interface UserFormValues {
  username?: string;
  displayName?: string;
  password?: string;
  role?: Role;
  organizationId?: string | null;
  departmentId?: string | null;
  workerId?: string | null;
  active?: boolean;
}

const key = (name: string) => `resources.User.validation.${name}`;

/**
 * What the form checks before asking the API (which checks the same and more): an organizer's
 * department, a worker account's worker, and on creation the password rule of packages/domain.
 */
export function validateUserForm(values: UserFormValues, creating: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.role === "ORGANIZER" && !values.departmentId) errors.departmentId = key("departmentRequired");
  if (values.role === "WORKER" && !values.workerId) errors.workerId = key("workerRequired");
  if (creating && passwordErrors(values.password ?? "").length > 0) errors.password = key("passwordWeak");
  return errors;
}

/**
 * What is saved: a department only for an organizer and a worker only for a worker account, so
 * that changing an organizer into a judge clears the department instead of leaving it behind.
 */
export function userFormToSave(values: UserFormValues): UserFormValues {
  return {
    ...values,
    departmentId: values.role === "ORGANIZER" ? (values.departmentId ?? null) : null,
    workerId: values.role === "WORKER" ? (values.workerId ?? null) : null,
  };
}

/** The reset dialog's check: the domain's password rule, and the same password typed twice. */
export function resetPasswordError(password: string, again: string): string | null {
  if (passwordErrors(password).length > 0) return key("passwordWeak");
  if (password !== again) return key("passwordMismatch");
  return null;
}
