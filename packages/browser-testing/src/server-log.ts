// A logger for the API under test: it keeps the SMS codes the embedded sender logs (the field
// developerOnlyCode, what a user would read on their phone) and the errors, and drops the rest.
import type { ServerOptions } from "@jinzhou/api";

type Logger = NonNullable<ServerOptions["log"]>;

export interface CapturingLog {
  log: Logger;
  /** The SMS codes logged so far, oldest first. */
  smsCodes(): string[];
  /** The errors logged so far, one line each. */
  errors(): string[];
}

export function createCapturingLog(): CapturingLog {
  const codes: string[] = [];
  const errors: string[] = [];
  const keepCode = (fields: Record<string, unknown> | undefined) => {
    if (typeof fields?.developerOnlyCode === "string") codes.push(fields.developerOnlyCode);
  };
  return {
    log: {
      info: (_message, fields) => keepCode(fields),
      warn() {},
      error: (message, fields) => errors.push(`${message} ${JSON.stringify(fields ?? {})}`),
    },
    smsCodes: () => [...codes],
    errors: () => [...errors],
  };
}
