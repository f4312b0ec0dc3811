import type { ActivityKind } from "@jinzhou/domain";

/** An activity's basics and dates as the wizard's inputs hold them ("" for not set). */
export interface BasicsForm {
  kind: ActivityKind | "";
  code: string;
  name: string;
  year: string;
  departmentId: string;
  registrationOpensOn: string;
  registrationClosesOn: string;
  judgingEndsOn: string;
  completedBy: string;
  deadlinePhrase: string;
}

export const basicsFieldNames = [
  "code",
  "name",
  "year",
  "departmentId",
  "registrationOpensOn",
  "registrationClosesOn",
  "judgingEndsOn",
  "completedBy",
  "deadlinePhrase",
] as const;

export type BasicsField = (typeof basicsFieldNames)[number];

export function emptyBasics(year: number): BasicsForm {
  return {
    kind: "",
    code: "",
    name: "",
    year: String(year),
    departmentId: "",
    registrationOpensOn: "",
    registrationClosesOn: "",
    judgingEndsOn: "",
    completedBy: "",
    deadlinePhrase: "",
  };
}

/** The basics of a stored activity, for the edit page. */
export function basicsOf(record: Partial<Record<BasicsField | "kind", string | number | null>>): BasicsForm {
  const text = (value: string | number | null | undefined) => (value == null ? "" : String(value));
  return {
    kind: (record.kind as ActivityKind | undefined) ?? "",
    code: text(record.code),
    name: text(record.name),
    year: text(record.year),
    departmentId: text(record.departmentId),
    registrationOpensOn: text(record.registrationOpensOn),
    registrationClosesOn: text(record.registrationClosesOn),
    judgingEndsOn: text(record.judgingEndsOn),
    completedBy: text(record.completedBy),
    deadlinePhrase: text(record.deadlinePhrase),
  };
}

/** The required basics still empty: code, name, year and department for a new activity; the name when editing. */
export function missingBasics(basics: BasicsForm, editing: boolean): BasicsField[] {
  const required: BasicsField[] = editing ? ["name"] : ["code", "name", "year", "departmentId"];
  return required.filter((field) => basics[field].trim() === "");
}

/** True when the year is not a four-digit number (the API takes 2000–2100). */
export function yearUnreadable(basics: BasicsForm): boolean {
  return basics.year.trim() !== "" && !/^\d{4}$/.test(basics.year.trim());
}
