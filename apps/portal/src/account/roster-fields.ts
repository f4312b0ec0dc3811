import { composeIdNumber, isCalendarDate, isMobilePhone, parseIdNumber } from "@jinzhou/domain";

/** What a worker types to prove they are on the union's roster (工会名册). */
export interface RosterFields {
  name: string;
  idNumber: string;
  phone: string;
}

export type RosterField = keyof RosterFields;

/** The problem codes a field can show; each has its phrase in messages.ts ("account.problem.<code>"). */
export type RosterProblem =
  | "NAME_REQUIRED"
  | "NAME_TOO_LONG"
  | "ID_NUMBER_EMPTY"
  | "ID_NUMBER_FORMAT"
  | "ID_NUMBER_REGION"
  | "ID_NUMBER_BIRTH_DATE"
  | "ID_NUMBER_CHECK_DIGIT"
  | "PHONE_EMPTY"
  | "PHONE_FORMAT";

/**
 * `final` is false while the worker is still typing in the field: then only what can no longer
 * become right is reported (a letter in a phone number, an impossible region code), not that the
 * number is too short. On leaving the field or sending, `final` is true and everything counts.
 */
export interface CheckMode {
  final: boolean;
}

/** The ID number as the roster keeps it: no spaces, upper-case X. */
export const normalizeIdNumber = (raw: string): string => raw.replace(/\s+/g, "").toUpperCase();

/** The phone as the roster keeps it: digits only, without spaces or dashes. */
export const normalizePhone = (raw: string): string => raw.replace(/[\s-]/g, "");

export function nameProblem(raw: string, { final }: CheckMode): RosterProblem | null {
  const name = raw.trim();
  if (name === "") return final ? "NAME_REQUIRED" : null;
  return name.length > 50 ? "NAME_TOO_LONG" : null;
}

/** The domain's ID-number check (GB 11643, with its check digit), kind to a number half typed. */
export function idNumberProblem(raw: string, today: string, { final }: CheckMode): RosterProblem | null {
  const id = normalizeIdNumber(raw);
  if (id === "") return final ? "ID_NUMBER_EMPTY" : null;
  if (id.length < 18 && !final) {
    if (!/^\d*$/.test(id.slice(0, 17)) || id.length > 17) return "ID_NUMBER_FORMAT";
    // The region and the birth date can be judged as soon as they are typed in full.
    if (id.length >= 2) {
      // A valid number with the typed province code is refused for its region only.
      const probe = parseIdNumber(composeIdNumber(`${id.slice(0, 2)}0000`, "1990-01-01", 1));
      if (!probe.ok && probe.problem === "ID_NUMBER_REGION") return "ID_NUMBER_REGION";
    }
    if (id.length >= 14) {
      const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      if (!isCalendarDate(birthDate) || birthDate < "1900-01-01" || birthDate > today) return "ID_NUMBER_BIRTH_DATE";
    }
    return null;
  }
  const parsed = parseIdNumber(id, today);
  return parsed.ok ? null : parsed.problem;
}

export function phoneProblem(raw: string, { final }: CheckMode): RosterProblem | null {
  const phone = normalizePhone(raw);
  if (phone === "") return final ? "PHONE_EMPTY" : null;
  if (!/^\d+$/.test(phone) || phone.length > 11) return "PHONE_FORMAT";
  if (phone.length < 11) {
    const couldBecomeMobile = phone[0] === "1" && (phone.length < 2 || /[3-9]/.test(phone[1] as string));
    return final || !couldBecomeMobile ? "PHONE_FORMAT" : null;
  }
  return isMobilePhone(phone) ? null : "PHONE_FORMAT";
}

/** Every field's problem (null when fine). */
export function rosterProblems(
  fields: RosterFields,
  today: string,
  mode: Record<RosterField, CheckMode>,
): Record<RosterField, RosterProblem | null> {
  return {
    name: nameProblem(fields.name, mode.name),
    idNumber: idNumberProblem(fields.idNumber, today, mode.idNumber),
    phone: phoneProblem(fields.phone, mode.phone),
  };
}
