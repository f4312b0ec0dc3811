import { passwordErrors, passwordRule } from "@jinzhou/domain";

/** The SMS code and new password a worker types in the second step of 激活账号 and 忘记密码. */
export interface CodeAndPassword {
  code: string;
  password: string;
  confirmation: string;
}

export type CodeAndPasswordField = keyof CodeAndPassword;

/** Problem codes; each has its phrase in messages.ts ("account.problem.<code>"). */
export type CodeAndPasswordProblem =
  | "CODE_EMPTY"
  | "CODE_FORMAT"
  | "PASSWORD_WEAK"
  | "CONFIRMATION_EMPTY"
  | "PASSWORD_MISMATCH";

export { passwordRule };

/** The SMS code as sent: six digits (spaces people type between groups are dropped). */
export const normalizeCode = (raw: string): string => raw.replace(/\s+/g, "");

/** The parts of the password rule (passwordErrors in the domain), ticked off live as the worker types. */
export function passwordChecks(password: string): { length: boolean; letter: boolean; digit: boolean } {
  return {
    length: password.length >= passwordRule.minLength && password.length <= passwordRule.maxLength,
    letter: /[A-Za-z]/.test(password),
    digit: /\d/.test(password),
  };
}

export function codeProblem(raw: string, { final }: { final: boolean }): CodeAndPasswordProblem | null {
  const code = normalizeCode(raw);
  if (code === "") return final ? "CODE_EMPTY" : null;
  if (!/^\d*$/.test(code) || code.length > 6) return "CODE_FORMAT";
  return final && code.length !== 6 ? "CODE_FORMAT" : null;
}

export function passwordProblem(password: string, { final }: { final: boolean }): CodeAndPasswordProblem | null {
  if (password === "" && !final) return null;
  // While typing, a password that is only too short is not yet wrong; the checklist shows what is missing.
  if (!final && password.length < passwordRule.minLength) return null;
  return passwordErrors(password).length > 0 ? "PASSWORD_WEAK" : null;
}

/** The second entry must equal the first; while it is shorter it may still be on its way. */
export function confirmationProblem(
  password: string,
  confirmation: string,
  { final }: { final: boolean },
): CodeAndPasswordProblem | null {
  if (confirmation === password) return null;
  if (confirmation === "") return final ? "CONFIRMATION_EMPTY" : null;
  if (!final && password.startsWith(confirmation)) return null;
  return "PASSWORD_MISMATCH";
}

export function codeAndPasswordProblems(
  values: CodeAndPassword,
  mode: Record<CodeAndPasswordField, { final: boolean }>,
): Record<CodeAndPasswordField, CodeAndPasswordProblem | null> {
  return {
    code: codeProblem(values.code, mode.code),
    password: passwordProblem(values.password, mode.password),
    confirmation: confirmationProblem(values.password, values.confirmation, mode.confirmation),
  };
}
