import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import type { Actor } from "../roles.ts";
import type { JudgedEntry, JudgeProfile } from "./conflict-of-interest.ts";
import { type CriteriaScoringRule, scoreTrimReasons } from "./criteria-scoring-rule.ts";
import type { JudgeAssignment } from "./judge-assignment.ts";
import type { JudgeScoreSheet } from "./score-sheet-lock.ts";

/**
 * A round of criteria scoring closes only when every assigned judge has submitted (their sheet is
 * locked) or has been excused by the organizer with a reason. An excused judge's missing scores
 * are left out and the entry is aggregated over the remaining judges; scores the judge did submit
 * still count.
 */

export interface JudgeExcusal {
  judgeId: number;
  /** The one entry the judge is excused from; null for every entry they have not submitted. */
  entryId: number | null;
  reason: string;
}

export interface RoundJudgingState {
  rule: CriteriaScoringRule;
  judges: readonly Pick<JudgeProfile, "judgeId" | "name">[];
  entries: readonly Pick<JudgedEntry, "entryId" | "name">[];
  assignments: readonly JudgeAssignment[];
  sheets: readonly Pick<JudgeScoreSheet, "judgeId" | "entryId" | "state" | "total">[];
  excusals: readonly JudgeExcusal[];
}

/** Who may excuse a judge, and that a reason is given. */
export function checkJudgeExcusal(actor: Actor, excusal: JudgeExcusal): Reason[] {
  const reasons: Reason[] = [];
  if (actor.role !== "ORGANIZER")
    reasons.push({ code: "EXCUSAL_NOT_ORGANIZER", message: "只有主办部门可以免除评委的评分" });
  if (excusal.reason.trim() === "") {
    reasons.push({ code: "EXCUSAL_REASON_REQUIRED", message: "免除评委评分须填写原因" });
  }
  return reasons;
}

/** Where each assigned judge of an entry stands. */
export interface EntryJudgingStatus {
  entryId: number;
  name: string;
  /** Locked totals, by judge id. */
  counted: { judgeId: number; total: Fraction }[];
  /** Judges excused from this entry who had not submitted. */
  excusedJudgeIds: number[];
  /** Judges still to submit: never submitted, or unlocked and not submitted again. */
  pending: { judgeId: number; state: "DRAFT" | "UNLOCKED" }[];
}

/** The judging status of every entry of the round, by entry id. */
export function entryJudgingStatuses(state: RoundJudgingState): EntryJudgingStatus[] {
  const judgeIds = new Set(state.judges.map((judge) => judge.judgeId));
  const validExcusals = state.excusals.filter((excusal) => excusal.reason.trim() !== "");
  return [...state.entries]
    .sort((a, b) => a.entryId - b.entryId)
    .map((entry) => {
      const status: EntryJudgingStatus = {
        entryId: entry.entryId,
        name: entry.name,
        counted: [],
        excusedJudgeIds: [],
        pending: [],
      };
      const assigned = state.assignments
        .filter((assignment) => assignment.entryId === entry.entryId)
        .map((assignment) => assignment.judgeId);
      for (const judgeId of [...new Set(assigned)].sort((a, b) => a - b)) {
        if (!judgeIds.has(judgeId)) throw new RangeError(`judge ${judgeId} is assigned but unknown`);
        const sheet = state.sheets.find((s) => s.judgeId === judgeId && s.entryId === entry.entryId);
        if (sheet?.state === "LOCKED") {
          if (sheet.total === null) throw new RangeError(`locked sheet of judge ${judgeId} has no total`);
          status.counted.push({ judgeId, total: Fraction.fromDecimal(sheet.total) });
        } else if (
          validExcusals.some((e) => e.judgeId === judgeId && (e.entryId === null || e.entryId === entry.entryId))
        ) {
          status.excusedJudgeIds.push(judgeId);
        } else {
          status.pending.push({ judgeId, state: sheet?.state === "UNLOCKED" ? "UNLOCKED" : "DRAFT" });
        }
      }
      return status;
    });
}

/** Every reason the round cannot close yet; empty when it can. */
export function roundClosingBlockers(state: RoundJudgingState): Reason[] {
  const reasons: Reason[] = [];
  const nameOfJudge = new Map(state.judges.map((judge) => [judge.judgeId, judge.name]));
  for (const excusal of state.excusals) {
    if (excusal.reason.trim() === "") {
      reasons.push({
        code: "EXCUSAL_REASON_REQUIRED",
        message: `免除评委${nameOfJudge.get(excusal.judgeId) ?? excusal.judgeId}的评分没有填写原因，不能生效`,
      });
    }
  }
  const trimProblem = scoreTrimReasons(state.rule.aggregation, null);
  reasons.push(...trimProblem);

  const statuses = entryJudgingStatuses(state);
  const pendingByJudge = new Map<number, { draft: string[]; unlocked: string[] }>();
  for (const status of statuses) {
    const assignedCount = status.counted.length + status.excusedJudgeIds.length + status.pending.length;
    const scoreCount = status.counted.length + status.pending.length;
    if (assignedCount === 0) {
      reasons.push({ code: "ENTRY_WITHOUT_JUDGES", message: `「${status.name}」还没有分配评委` });
    } else if (scoreCount === 0) {
      reasons.push({
        code: "ENTRY_WITHOUT_SCORES",
        message: `「${status.name}」的评委都已免于评分，没有可汇总的分数`,
      });
    } else if (trimProblem.length === 0) {
      for (const reason of scoreTrimReasons(state.rule.aggregation, scoreCount)) {
        reasons.push({ code: reason.code, message: `「${status.name}」${reason.message}` });
      }
    }
    for (const pending of status.pending) {
      const lists = pendingByJudge.get(pending.judgeId) ?? { draft: [], unlocked: [] };
      (pending.state === "UNLOCKED" ? lists.unlocked : lists.draft).push(`「${status.name}」`);
      pendingByJudge.set(pending.judgeId, lists);
    }
  }
  for (const [judgeId, lists] of [...pendingByJudge.entries()].sort(([a], [b]) => a - b)) {
    const name = nameOfJudge.get(judgeId);
    if (lists.draft.length > 0) {
      reasons.push({
        code: "JUDGE_NOT_SUBMITTED",
        message: `评委${name}尚未提交${lists.draft.join("")}的评分`,
      });
    }
    if (lists.unlocked.length > 0) {
      reasons.push({
        code: "SCORE_SHEET_UNLOCKED",
        message: `评委${name}对${lists.unlocked.join("")}的评分已解锁，尚未重新提交`,
      });
    }
  }
  return reasons;
}
