import type { PortalCategory } from "../api/portal-activity.ts";

/** A worker found by partnerLookup: name, masked ID number and unit (never the full number). */
export interface WorkerChoice {
  workerId: string;
  name: string;
  maskedIdNumber: string;
  organizationName: string;
}

/** How an entry in this category is made up: alone, with one partner (双打), with a team, or a project. */
export type EntryShape = "individual" | "pair" | "team" | "project" | "unit";

export function entryShapeOf(category: Pick<PortalCategory, "entrantType" | "minMembers" | "maxMembers">): EntryShape {
  if (category.entrantType === "PROJECT") return "project";
  if (category.entrantType === "UNIT") return "unit";
  if (category.entrantType === "INDIVIDUAL") return "individual";
  return category.maxMembers === 2 ? "pair" : "team";
}

export interface MemberBounds {
  min: number;
  /** null: no upper bound. */
  max: number | null;
}

/** The number of workers an entry names, the registrant included. */
export function memberBoundsOf(category: Pick<PortalCategory, "minMembers" | "maxMembers">): MemberBounds {
  return { min: category.minMembers ?? 1, max: category.maxMembers };
}

export type MemberCount =
  | { kind: "tooFew"; missing: number }
  | { kind: "enough"; roomFor: number | null }
  | { kind: "full" }
  | { kind: "tooMany"; extra: number };

/** Where a list of `count` workers (registrant included) stands against the bounds. */
export function memberCount(count: number, bounds: MemberBounds): MemberCount {
  if (count < bounds.min) return { kind: "tooFew", missing: bounds.min - count };
  if (bounds.max === null) return { kind: "enough", roomFor: null };
  if (count > bounds.max) return { kind: "tooMany", extra: count - bounds.max };
  if (count === bounds.max) return { kind: "full" };
  return { kind: "enough", roomFor: bounds.max - count };
}

/** The longest team name the API accepts. */
export const teamNameMaxLength = 100;

/** One problem of the form, by field, as a dictionary key with its values. */
export interface FormProblem {
  field: "partner" | "members" | "name" | "leader";
  key:
    | "activities.register.partnerRequired"
    | "activities.register.membersTooFew"
    | "activities.register.membersTooMany"
    | "activities.register.memberRepeated"
    | "activities.register.teamNameRequired"
    | "activities.register.teamNameTooLong"
    | "activities.register.leaderRequired";
  values?: Record<string, number>;
}

/**
 * Checks a pair's or team's form before sending, every problem at once (the API checks again):
 * a partner for a pair; for a team its name, the member count (registrant included) against the
 * category's bounds, no worker twice, and a leader among the members.
 */
export function entryFormProblems(input: {
  shape: EntryShape;
  bounds: MemberBounds;
  selfWorkerId: string | null;
  partner: WorkerChoice | null;
  /** Team-mates chosen, the registrant not included. */
  teamMates: WorkerChoice[];
  teamName: string;
  leaderWorkerId: string | null;
}): FormProblem[] {
  const problems: FormProblem[] = [];
  if (input.shape === "pair") {
    if (!input.partner) problems.push({ field: "partner", key: "activities.register.partnerRequired" });
    return problems;
  }
  if (input.shape !== "team") return problems;
  const name = input.teamName.trim();
  if (name === "") problems.push({ field: "name", key: "activities.register.teamNameRequired" });
  else if (name.length > teamNameMaxLength) {
    problems.push({ field: "name", key: "activities.register.teamNameTooLong", values: { max: teamNameMaxLength } });
  }
  const ids = input.teamMates.map((mate) => mate.workerId);
  if (new Set(ids).size !== ids.length || (input.selfWorkerId !== null && ids.includes(input.selfWorkerId))) {
    problems.push({ field: "members", key: "activities.register.memberRepeated" });
  }
  const count = memberCount(input.teamMates.length + 1, input.bounds);
  if (count.kind === "tooFew") {
    problems.push({ field: "members", key: "activities.register.membersTooFew", values: { missing: count.missing } });
  }
  if (count.kind === "tooMany") {
    problems.push({ field: "members", key: "activities.register.membersTooMany", values: { extra: count.extra } });
  }
  const leaderIsMember =
    input.leaderWorkerId === null || input.leaderWorkerId === input.selfWorkerId || ids.includes(input.leaderWorkerId);
  if (!leaderIsMember) problems.push({ field: "leader", key: "activities.register.leaderRequired" });
  return problems;
}

/** The text to look a name up by, or null while it is too short (partnerLookup needs 2 characters). */
export function lookupTerm(typed: string): string | null {
  const term = typed.trim();
  return [...term].length >= 2 ? term.slice(0, 20) : null;
}
