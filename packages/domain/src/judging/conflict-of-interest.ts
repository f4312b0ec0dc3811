import type { Reason } from "../errors.ts";
import { isWithinSubtree } from "../organization-tree.ts";

/**
 * A judge never scores an entry from their own organization or from below it (回避), nor one they
 * declared a recusal for, nor one outside the categories of the panels they sit on.
 */

export interface JudgeProfile {
  /** The judge's user id (a user with the role 评委); ties in assignment go to the smaller id. */
  judgeId: number;
  name: string;
  /**
   * Materialized path of the judge's own organization, e.g. "/00000001/00000004/"; null for an
   * expert from outside the union tree. A judge placed at the city federation itself is conflicted
   * with every entry, so the federation's own staff are recorded without an organization.
   */
  organizationPath: string | null;
  /** The categories (组别、工种、项目) whose panels the judge sits on. */
  categories: readonly string[];
}

export interface JudgedEntry {
  entryId: number;
  /** The entrant as people know it: a worker's name, a team's name, a project's title. */
  name: string;
  category: string;
  /** Path of the organization the entry comes from. */
  organizationPath: string;
}

/** A judge's declared recusal from one entry, with the reason they gave. */
export interface JudgeRecusal {
  judgeId: number;
  entryId: number;
  reason: string;
}

/** True when the entry comes from the judge's own organization or from below it. */
export function isJudgeConflicted(
  judge: Pick<JudgeProfile, "organizationPath">,
  entry: Pick<JudgedEntry, "organizationPath">,
): boolean {
  return judge.organizationPath !== null && isWithinSubtree(entry.organizationPath, judge.organizationPath);
}

/** Every reason the judge may not score the entry; empty when they may. */
export function judgeExclusionReasons(
  judge: JudgeProfile,
  entry: JudgedEntry,
  recusals: readonly JudgeRecusal[] = [],
): Reason[] {
  const reasons: Reason[] = [];
  if (!judge.categories.includes(entry.category)) {
    reasons.push({
      code: "JUDGE_NOT_ON_CATEGORY_PANEL",
      message: `评委${judge.name}不在「${entry.category}」的评委组中，不能评「${entry.name}」`,
    });
  }
  if (isJudgeConflicted(judge, entry)) {
    reasons.push({
      code: "JUDGE_CONFLICT_OF_INTEREST",
      message: `评委${judge.name}与「${entry.name}」同属一个单位或是其上级单位，须回避`,
    });
  }
  for (const recusal of recusals) {
    if (recusal.judgeId === judge.judgeId && recusal.entryId === entry.entryId) {
      reasons.push({
        code: "JUDGE_RECUSED",
        message: `评委${judge.name}已声明回避「${entry.name}」：${recusal.reason.trim()}`,
      });
    }
  }
  return reasons;
}

/** A recusal must say why; the reason is shown to the organizer and kept. */
export function validateJudgeRecusal(recusal: JudgeRecusal): Reason[] {
  return recusal.reason.trim() === "" ? [{ code: "RECUSAL_REASON_REQUIRED", message: "声明回避时请填写回避原因" }] : [];
}
