/**
 * What one unit enrolment (单位报名) submits, from the category's entrant rule and the workers the
 * unit admin picked: an individual category makes one entry per worker, a pair or team category
 * one entry naming them all. Pure, so the rules the form shows are tested without a browser.
 */

export type EntrantKind = "INDIVIDUAL" | "TEAM" | "UNIT" | "PROJECT";

export interface EntrantRule {
  type: EntrantKind;
  /** Workers per entry; null max = no upper limit. */
  min: number;
  max: number | null;
}

interface ConfiguredCategory {
  categoryId: string;
  entrant?: { type: EntrantKind; members: { min: number; max: number | null } | null };
}

/** The entrant rule of a category, read from the activity's configuration (JSON). */
export function entrantRuleOf(configuration: unknown, categoryKey: string, fallback: EntrantKind): EntrantRule {
  const categories = (configuration as { categories?: ConfiguredCategory[] } | null)?.categories ?? [];
  const entrant = categories.find((category) => category.categoryId === categoryKey)?.entrant;
  const type = entrant?.type ?? fallback;
  if (type === "INDIVIDUAL") return { type, min: 1, max: 1 };
  if (type === "UNIT") return { type, min: 0, max: 0 };
  return { type, min: entrant?.members?.min ?? 2, max: entrant?.members?.max ?? null };
}

export interface Selection {
  workerIds: string[];
  /** For a unit category: the organization entered. */
  organizationId?: string | null;
  leaderWorkerId: string | null;
  teamName: string;
}

export interface EnrolRequest {
  workerIds: string[];
  organizationId?: string | null;
  leaderWorkerId: string | null;
  name: string | null;
}

/** A pair (exactly two) needs no team name; a larger team does, as the API says. */
export function needsTeamName(rule: EntrantRule): boolean {
  return rule.type === "TEAM" && rule.max !== 2;
}

/**
 * What is missing before the form may be sent, as message keys under resources.Enrolment.problems
 * with their arguments; empty when the selection can be submitted.
 */
export function selectionProblems(
  rule: EntrantRule,
  selection: Selection,
): { key: string; args?: Record<string, number> }[] {
  const count = selection.workerIds.length;
  if (rule.type === "PROJECT") return [{ key: "projectsByWorkers" }];
  if (rule.type === "UNIT") return selection.organizationId ? [] : [{ key: "noUnit" }];
  if (count === 0) return [{ key: "noWorker" }];
  if (rule.type === "INDIVIDUAL") return [];
  const problems: { key: string; args?: Record<string, number> }[] = [];
  if (count < rule.min || (rule.max !== null && count > rule.max)) {
    problems.push(
      rule.max === null
        ? { key: "teamSizeAtLeast", args: { min: rule.min, count } }
        : rule.min === rule.max
          ? { key: "teamSizeExactly", args: { size: rule.min, count } }
          : { key: "teamSizeBetween", args: { min: rule.min, max: rule.max, count } },
    );
  }
  if (needsTeamName(rule) && selection.teamName.trim() === "") problems.push({ key: "teamName" });
  return problems;
}

/** The enrol requests to send: one per worker for individuals, one for the pair, team or unit. */
export function enrolRequests(rule: EntrantRule, selection: Selection): EnrolRequest[] {
  if (rule.type === "UNIT") {
    if (!selection.organizationId) return [];
    const name = selection.teamName.trim();
    return [{ workerIds: [], organizationId: selection.organizationId, leaderWorkerId: null, name: name || null }];
  }
  if (rule.type === "PROJECT") return [];
  if (rule.type === "INDIVIDUAL") {
    return selection.workerIds.map((workerId) => ({ workerIds: [workerId], leaderWorkerId: null, name: null }));
  }
  const leader =
    selection.leaderWorkerId && selection.workerIds.includes(selection.leaderWorkerId)
      ? selection.leaderWorkerId
      : (selection.workerIds[0] ?? null);
  const name = selection.teamName.trim();
  return [{ workerIds: selection.workerIds, leaderWorkerId: leader, name: name === "" ? null : name }];
}
