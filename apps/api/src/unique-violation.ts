import { isUniqueViolation } from "@jinzhou/db";
import { DomainError, type ErrorCode, errorMessages } from "@jinzhou/domain";

/**
 * Turns a unique-constraint violation on a known field into the domain's error for it, with the
 * field named so the form can show it; anything else is rethrown unchanged.
 */
export function rethrowUniqueViolation(error: unknown, codesByField: Record<string, ErrorCode>): never {
  const fields = isUniqueViolation(error);
  if (fields) {
    for (const [field, code] of Object.entries(codesByField)) {
      if (fields.some((violated) => violated === field || violated.includes(`_${field}_`))) {
        throw new DomainError(code, [{ field, code, message: errorMessages[code] }]);
      }
    }
  }
  throw error;
}
