// The objection (异议) form's rules, checked on the phone as the visitor types; the API checks the
// same again (docs/api/results.md "Objections").
import { isMobilePhone } from "@jinzhou/domain";
import type { MessageKey } from "../i18n/dictionary.ts";

export const objectionLimits = { content: 2000, contactName: 50, otherContact: 100, evidenceFiles: 5 } as const;

export interface ObjectionDraft {
  entryId: string;
  content: string;
  contactName: string;
  contactPhone: string;
  otherContact: string;
}

export type ObjectionField = keyof ObjectionDraft;
export type ObjectionProblems = Partial<Record<ObjectionField, MessageKey>>;

export const emptyObjection: ObjectionDraft = {
  entryId: "",
  content: "",
  contactName: "",
  contactPhone: "",
  otherContact: "",
};

/** A mobile number (spaces and dashes allowed while typing) or a landline with its area code (0416-1234567). */
export function isContactPhone(typed: string): boolean {
  const compact = typed.replace(/\s/g, "");
  return isMobilePhone(compact.replace(/-/g, "")) || /^0\d{2,3}-?\d{7,8}$/.test(compact);
}

/** The phone as sent: a mobile number without separators, a landline as written. */
export function contactPhoneValue(typed: string): string {
  const compact = typed.replace(/\s/g, "");
  const digits = compact.replace(/-/g, "");
  return isMobilePhone(digits) ? digits : compact;
}

/** Every problem of the draft, by field (empty when it may be sent). */
export function objectionProblems(draft: ObjectionDraft): ObjectionProblems {
  const problems: ObjectionProblems = {};
  if (draft.entryId === "") problems.entryId = "results.objection.entryRequired";
  const content = draft.content.trim();
  if (content === "") problems.content = "results.objection.contentRequired";
  else if (content.length > objectionLimits.content) problems.content = "results.objection.contentTooLong";
  const name = draft.contactName.trim();
  if (name === "") problems.contactName = "results.objection.nameRequired";
  else if (name.length > objectionLimits.contactName) problems.contactName = "results.objection.nameTooLong";
  const phone = draft.contactPhone.trim();
  const other = draft.otherContact.trim();
  if (phone === "" && other === "") problems.contactPhone = "results.objection.contactRequired";
  else if (phone !== "" && !isContactPhone(phone)) problems.contactPhone = "results.objection.phoneFormat";
  if (other.length > objectionLimits.otherContact) problems.otherContact = "results.objection.otherTooLong";
  return problems;
}

/**
 * The problem to show under the phone field while it is being typed: none until the visitor has
 * typed as many digits as a number has (or left the field), so "139" is not called wrong yet.
 */
export function phoneProblemWhileTyping(typed: string, leftField: boolean): MessageKey | undefined {
  const compact = typed.replace(/[\s-]/g, "");
  if (compact === "") return undefined;
  if (/\D/.test(compact)) return "results.objection.phoneFormat";
  const complete = compact.startsWith("1") ? compact.length >= 11 : compact.length >= 10;
  if (!complete && !leftField) return undefined;
  return isContactPhone(typed) ? undefined : "results.objection.phoneFormat";
}
