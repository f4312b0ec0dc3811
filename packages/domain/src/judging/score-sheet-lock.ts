import type { Reason } from "../errors.ts";
import type { Actor } from "../roles.ts";
import type { CriteriaScoringRule } from "./criteria-scoring-rule.ts";
import { validateCriterionScores } from "./criterion-scores.ts";
import { scoreDecimalText } from "./score-decimal.ts";

/**
 * A judge's 评分表 for one entry: open until submitted, then locked. Only the organizer can unlock
 * it, with a reason; the judge then submits again. Each step is decided here and returns the facts
 * to audit (who, why, the sheet before and after); the caller stores them with the time.
 */

export type ScoreSheetState = "DRAFT" | "LOCKED" | "UNLOCKED";

export const scoreSheetStateLabels: Record<ScoreSheetState, string> = {
  DRAFT: "未提交",
  LOCKED: "已锁定",
  UNLOCKED: "已解锁",
};

export interface JudgeScoreSheet {
  /** The judge's user id. */
  judgeId: number;
  entryId: number;
  state: ScoreSheetState;
  /** Criterion key → score as the judge typed it. */
  scores: Readonly<Record<string, string>>;
  /** The last submitted total as exact decimal text ("89.5"); null before the first submission. */
  total: string | null;
}

export type ScoreSheetCommand =
  | { kind: "SUBMIT"; scores: Readonly<Record<string, string>> }
  | { kind: "UNLOCK"; reason: string };

export type ScoreSheetAuditAction = "SUBMIT" | "RESUBMIT" | "UNLOCK";

export const scoreSheetAuditActionLabels: Record<ScoreSheetAuditAction, string> = {
  SUBMIT: "提交评分",
  RESUBMIT: "解锁后重新提交评分",
  UNLOCK: "解锁",
};

export interface ScoreSheetSnapshot {
  state: ScoreSheetState;
  scores: Readonly<Record<string, string>>;
  total: string | null;
}

export interface ScoreSheetAuditFact {
  action: ScoreSheetAuditAction;
  judgeId: number;
  entryId: number;
  actorUserId: number;
  /** The unlock reason (解锁原因); null for submissions. */
  reason: string | null;
  before: ScoreSheetSnapshot;
  after: ScoreSheetSnapshot;
}

export type ScoreSheetDecision =
  | { ok: true; sheet: JudgeScoreSheet; audit: ScoreSheetAuditFact }
  | { ok: false; reasons: Reason[] };

export interface ScoreSheetContext {
  rule: Pick<CriteriaScoringRule, "criteria" | "step">;
  /** True once the round has closed: nothing changes any more. */
  roundClosed: boolean;
}

export function decideScoreSheetCommand(
  sheet: JudgeScoreSheet,
  command: ScoreSheetCommand,
  actor: Actor,
  context: ScoreSheetContext,
): ScoreSheetDecision {
  const reasons: Reason[] = [];
  if (context.roundClosed) reasons.push({ code: "ROUND_CLOSED", message: "本轮评审已结束，评分不能再更改" });

  if (command.kind === "UNLOCK") {
    if (actor.role !== "ORGANIZER") reasons.push({ code: "UNLOCK_NOT_ORGANIZER", message: "只有主办部门可以解锁评分" });
    if (sheet.state !== "LOCKED") {
      reasons.push({ code: "SCORE_SHEET_NOT_LOCKED", message: "这张评分表尚未提交锁定，无需解锁" });
    }
    const reason = command.reason.trim();
    if (reason === "") reasons.push({ code: "UNLOCK_REASON_REQUIRED", message: "解锁评分须填写解锁原因" });
    if (reasons.length > 0) return { ok: false, reasons };
    const after: JudgeScoreSheet = { ...sheet, state: "UNLOCKED" };
    return { ok: true, sheet: after, audit: auditFact("UNLOCK", sheet, after, actor, reason) };
  }

  if (actor.role !== "JUDGE" || actor.userId !== sheet.judgeId) {
    reasons.push({ code: "NOT_THE_SHEETS_JUDGE", message: "只有分配到这张评分表的评委本人可以提交评分" });
  }
  if (sheet.state === "LOCKED") {
    reasons.push({ code: "SCORE_SHEET_LOCKED", message: "评分已提交并锁定；如需修改，请联系主办部门解锁" });
  }
  const validated = validateCriterionScores(context.rule, command.scores);
  if (!validated.ok) reasons.push(...validated.errors);
  if (reasons.length > 0 || !validated.ok) return { ok: false, reasons };
  const scores = Object.fromEntries(Object.entries(command.scores).map(([key, value]) => [key, value.trim()]));
  const after: JudgeScoreSheet = { ...sheet, state: "LOCKED", scores, total: scoreDecimalText(validated.value.total) };
  const action = sheet.state === "UNLOCKED" ? "RESUBMIT" : "SUBMIT";
  return { ok: true, sheet: after, audit: auditFact(action, sheet, after, actor, null) };
}

function auditFact(
  action: ScoreSheetAuditAction,
  before: JudgeScoreSheet,
  after: JudgeScoreSheet,
  actor: Actor,
  reason: string | null,
): ScoreSheetAuditFact {
  return {
    action,
    judgeId: before.judgeId,
    entryId: before.entryId,
    actorUserId: actor.userId,
    reason,
    before: snapshot(before),
    after: snapshot(after),
  };
}

function snapshot(sheet: JudgeScoreSheet): ScoreSheetSnapshot {
  return { state: sheet.state, scores: { ...sheet.scores }, total: sheet.total };
}

/**
 * Judges never see other judges' scores before submitting their own. The organizer sees them;
 * a judge only once their own sheet for that entry is locked.
 */
export function maySeeOtherJudgesScores(actor: Actor, ownSheet: Pick<JudgeScoreSheet, "state"> | null): boolean {
  if (actor.role === "ORGANIZER" || actor.role === "ADMIN") return true;
  return actor.role === "JUDGE" && ownSheet !== null && ownSheet.state === "LOCKED";
}
