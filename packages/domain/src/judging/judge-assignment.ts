import type { Reason } from "../errors.ts";
import {
  isJudgeConflicted,
  type JudgedEntry,
  type JudgeProfile,
  type JudgeRecusal,
  judgeExclusionReasons,
} from "./conflict-of-interest.ts";

/** One judge scores one entry in a round. */
export interface JudgeAssignment {
  entryId: number;
  judgeId: number;
}

/** A refusal about one entry: which entry, why. */
export interface JudgeAssignmentReason extends Reason {
  entryId: number | null;
}

export interface JudgeLoad {
  judgeId: number;
  count: number;
}

export interface BalancedJudgeAssignmentInput {
  judges: readonly JudgeProfile[];
  entries: readonly JudgedEntry[];
  /** Every entry of the round gets exactly this many judges. */
  judgesPerEntry: number;
  recusals?: readonly JudgeRecusal[];
  /** Assignments the judges already carry (earlier rounds, other activities); they count as load. */
  priorLoads?: readonly JudgeLoad[];
}

export type BalancedJudgeAssignmentResult =
  | { ok: true; assignments: JudgeAssignment[]; loads: JudgeLoad[] }
  | { ok: false; reasons: JudgeAssignmentReason[] };

/**
 * Assigns judges automatically within each entry's category, fewest assignments first.
 *
 * Entries are served in order of how few judges may score them (then by id), so that an entry
 * with many conflicts gets its few possible judges before free entries use them up; each entry
 * takes the judges with the fewest assignments so far, ties to the smaller judge id. A last pass
 * moves an assignment from a judge to another eligible judge while that one has at least two
 * fewer, so the result leaves no single move that would balance it better. Without conflicts the
 * judges' loads differ by at most one. Nothing is random: the same input gives the same result.
 *
 * When some entry has fewer possible judges than required, nothing is assigned and every such
 * entry is named with who could not judge it and why.
 */
export function assignJudgesBalanced(input: BalancedJudgeAssignmentInput): BalancedJudgeAssignmentResult {
  const { judges, entries, judgesPerEntry, recusals = [], priorLoads = [] } = input;
  if (!Number.isInteger(judgesPerEntry) || judgesPerEntry < 1) {
    return {
      ok: false,
      reasons: [{ entryId: null, code: "JUDGES_PER_ENTRY_INVALID", message: "每个参赛对象的评委人数应为正整数" }],
    };
  }
  requireUniqueIds(
    judges.map((judge) => judge.judgeId),
    "judge",
  );
  requireUniqueIds(
    entries.map((entry) => entry.entryId),
    "entry",
  );
  const sortedJudges = [...judges].sort((a, b) => a.judgeId - b.judgeId);

  const eligibleByEntry = new Map<number, JudgeProfile[]>();
  const reasons: JudgeAssignmentReason[] = [];
  for (const entry of [...entries].sort((a, b) => a.entryId - b.entryId)) {
    const eligible = sortedJudges.filter((judge) => judgeExclusionReasons(judge, entry, recusals).length === 0);
    eligibleByEntry.set(entry.entryId, eligible);
    if (eligible.length < judgesPerEntry)
      reasons.push(shortageReason(entry, sortedJudges, eligible, judgesPerEntry, recusals));
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const load = new Map<number, number>(sortedJudges.map((judge) => [judge.judgeId, 0]));
  for (const prior of priorLoads) {
    if (load.has(prior.judgeId)) load.set(prior.judgeId, (load.get(prior.judgeId) ?? 0) + prior.count);
  }
  const loadOf = (judgeId: number): number => load.get(judgeId) ?? 0;
  const byLightest = (a: JudgeProfile, b: JudgeProfile): number =>
    loadOf(a.judgeId) - loadOf(b.judgeId) || a.judgeId - b.judgeId;

  const order = [...entries].sort(
    (a, b) =>
      (eligibleByEntry.get(a.entryId)?.length ?? 0) - (eligibleByEntry.get(b.entryId)?.length ?? 0) ||
      a.entryId - b.entryId,
  );
  const chosen = new Map<number, Set<number>>();
  for (const entry of order) {
    const eligible = eligibleByEntry.get(entry.entryId) ?? [];
    const picked = [...eligible].sort(byLightest).slice(0, judgesPerEntry);
    for (const judge of picked) load.set(judge.judgeId, loadOf(judge.judgeId) + 1);
    chosen.set(entry.entryId, new Set(picked.map((judge) => judge.judgeId)));
  }

  // Each move lowers the sum of squared loads by at least 2, so this ends.
  let moved = true;
  while (moved) {
    moved = false;
    for (const entry of order) {
      const assigned = chosen.get(entry.entryId) ?? new Set<number>();
      const heaviest = [...assigned].sort((a, b) => loadOf(b) - loadOf(a) || b - a)[0];
      const lightest = (eligibleByEntry.get(entry.entryId) ?? [])
        .filter((judge) => !assigned.has(judge.judgeId))
        .sort(byLightest)[0];
      if (heaviest === undefined || lightest === undefined) continue;
      if (loadOf(lightest.judgeId) > loadOf(heaviest) - 2) continue;
      assigned.delete(heaviest);
      assigned.add(lightest.judgeId);
      load.set(heaviest, loadOf(heaviest) - 1);
      load.set(lightest.judgeId, loadOf(lightest.judgeId) + 1);
      moved = true;
    }
  }

  const assignments = [...chosen.entries()]
    .flatMap(([entryId, judgeIds]) => [...judgeIds].map((judgeId) => ({ entryId, judgeId })))
    .sort((a, b) => a.entryId - b.entryId || a.judgeId - b.judgeId);
  const loads = sortedJudges.map((judge) => ({
    judgeId: judge.judgeId,
    count: assignments.filter((assignment) => assignment.judgeId === judge.judgeId).length,
  }));
  return { ok: true, assignments, loads };
}

function shortageReason(
  entry: JudgedEntry,
  judges: readonly JudgeProfile[],
  eligible: readonly JudgeProfile[],
  judgesPerEntry: number,
  recusals: readonly JudgeRecusal[],
): JudgeAssignmentReason {
  const panel = judges.filter((judge) => judge.categories.includes(entry.category));
  const excluded = panel
    .filter((judge) => !eligible.includes(judge))
    .map((judge) => {
      const why = [
        isJudgeConflicted(judge, entry) ? "本单位或下级单位回避" : null,
        ...recusals
          .filter((recusal) => recusal.judgeId === judge.judgeId && recusal.entryId === entry.entryId)
          .map((recusal) => `声明回避：${recusal.reason.trim()}`),
      ].filter((text) => text !== null);
      return `${judge.name}（${why.join("；")}）`;
    });
  const detail = excluded.length > 0 ? `；不能评分的评委：${excluded.join("、")}` : "";
  return {
    entryId: entry.entryId,
    code: "NOT_ENOUGH_JUDGES",
    message: `「${entry.name}」需要 ${judgesPerEntry} 名评委，「${entry.category}」评委组 ${panel.length} 人中只有 ${eligible.length} 人可以评分${detail}`,
  };
}

export interface JudgeAssignmentCheckInput {
  judges: readonly JudgeProfile[];
  entries: readonly JudgedEntry[];
  judgesPerEntry: number;
  recusals?: readonly JudgeRecusal[];
  assignments: readonly JudgeAssignment[];
}

/**
 * Checks assignments made by hand (or kept after a recusal was declared): every entry has exactly
 * the required number of different judges, and none of them is excluded. Returns every problem.
 */
export function checkJudgeAssignments(input: JudgeAssignmentCheckInput): JudgeAssignmentReason[] {
  const { judges, entries, judgesPerEntry, recusals = [], assignments } = input;
  const judgeById = new Map(judges.map((judge) => [judge.judgeId, judge]));
  const entryById = new Map(entries.map((entry) => [entry.entryId, entry]));
  const reasons: JudgeAssignmentReason[] = [];
  if (!Number.isInteger(judgesPerEntry) || judgesPerEntry < 1) {
    reasons.push({ entryId: null, code: "JUDGES_PER_ENTRY_INVALID", message: "每个参赛对象的评委人数应为正整数" });
  }
  const seen = new Set<string>();
  for (const assignment of assignments) {
    const judge = judgeById.get(assignment.judgeId);
    const entry = entryById.get(assignment.entryId);
    if (judge === undefined || entry === undefined) {
      throw new RangeError(
        `assignment of judge ${assignment.judgeId} to entry ${assignment.entryId} refers to neither`,
      );
    }
    const pair = `${assignment.entryId}:${assignment.judgeId}`;
    if (seen.has(pair)) {
      reasons.push({
        entryId: entry.entryId,
        code: "JUDGE_ASSIGNED_TWICE",
        message: `评委${judge.name}被重复分配给「${entry.name}」`,
      });
      continue;
    }
    seen.add(pair);
    for (const reason of judgeExclusionReasons(judge, entry, recusals))
      reasons.push({ entryId: entry.entryId, ...reason });
  }
  if (reasons.some((reason) => reason.code === "JUDGES_PER_ENTRY_INVALID")) return reasons;
  for (const entry of [...entries].sort((a, b) => a.entryId - b.entryId)) {
    const count = new Set(assignments.filter((a) => a.entryId === entry.entryId).map((a) => a.judgeId)).size;
    if (count !== judgesPerEntry) {
      reasons.push({
        entryId: entry.entryId,
        code: "ENTRY_JUDGE_COUNT",
        message: `「${entry.name}」分配了 ${count} 名评委，本轮每个参赛对象应有 ${judgesPerEntry} 名`,
      });
    }
  }
  return reasons;
}

function requireUniqueIds(ids: readonly number[], what: string): void {
  if (new Set(ids).size !== ids.length) throw new RangeError(`duplicate ${what} id`);
}
