import { hashPassword } from "@jinzhou/db";
import { DomainError, passwordErrors, validationError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { checkUserAccount, requireAdmin, type UserAccountFields, userAuditValues } from "./user-account-facts.ts";

/** The admin opens an account with a first password (argon2id; never stored or logged in clear). */
export async function createUser(
  context: Context,
  input: UserAccountFields & { password: string; active?: boolean | null },
) {
  const actor = requireAdmin(context);
  const weak = passwordErrors(input.password);
  let fields: UserAccountFields;
  try {
    fields = await checkUserAccount(context, input);
  } catch (error) {
    // The password's problem is reported together with the account's.
    if (weak.length > 0 && error instanceof DomainError && error.code === "VALIDATION_FAILED") {
      throw validationError([...error.fieldErrors, ...weak]);
    }
    throw error;
  }
  if (weak.length > 0) throw validationError(weak);
  const passwordHash = await hashPassword(input.password);
  try {
    return await context.prisma.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { ...fields, passwordHash, active: input.active ?? true } });
      await recordAuditEntry(tx, actor, {
        action: "USER_CREATE",
        entityType: "User",
        entityId: created.id,
        after: userAuditValues(created),
      });
      return created;
    });
  } catch (error) {
    rethrowUniqueViolation(error, { username: "USERNAME_TAKEN", workerId: "WORKER_ACCOUNT_TAKEN" });
  }
}
