import type { FieldError, Reason, Validated } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import type { Actor } from "../roles.ts";
import type { JudgeProfile } from "./conflict-of-interest.ts";
import {
  defaultJudgementMaxSpread,
  evaluateJudgementMarks,
  type JudgementMarksRule,
  judgementMarkMaximum,
} from "./judgement-marks.ts";

/**
 * A judge's 评价分表 for one entry in a WorldSkills-style judgement-marks round. Unlike a 评分表 it
 * does not lock on submission: the entry's sheets lock together once every assigned judge has
 * submitted and no aspect's marks lie more than `maxSpread` apart among them. Until then a
 * submitted sheet stays open, and a judge whose aspect is flagged talks it over with the others
 * and submits changed marks. The organizer can still unlock a locked sheet with a reason.
 *
 * What a judge sees (decided here, in `judgementEntryView`): before submitting their own marks,
 * nothing of the others'; once submitted, for each aspect the spread among the judges who have
 * submitted, whether it must be resolved, and those judges' marks with their names — WorldSkills
 * judges show their marks together and discuss a gap openly, so nothing is gained by hiding them
 * once one's own marks are in.
 */

/** DRAFT: never submitted; SUBMITTED: submitted, open (waiting for others or to be resolved). */
export type JudgementSheetState = "DRAFT" | "SUBMITTED" | "LOCKED" | "UNLOCKED";

export const judgementSheetStateLabels: Record<JudgementSheetState, string> = {
  DRAFT: "未提交",
  SUBMITTED: "已提交，待其他评委或待协商",
  LOCKED: "已锁定",
  UNLOCKED: "已解锁",
};

export interface JudgementSheet {
  judgeId: number;
  state: JudgementSheetState;
  /** Aspect key → mark as a whole-number text "0" … "3"; {} before the first submission. */
  marks: Readonly<Record<string, string>>;
}

type Judge = Pick<JudgeProfile, "judgeId" | "name">;

/** Aspect key → valid mark (a whole number 0 … 3) and the judge's total (their sum). */
export interface ValidJudgementMarks {
  marks: Record<string, string>;
  total: Fraction;
}

/**
 * Checks a judge's marks: every aspect given, each a whole number from 0 to 3 ("2", not "1.5" or
 * "4"), no unknown aspect. Each problem is on its aspect (`field` = aspect key), in Chinese.
 */
export function validateJudgementMarksInput(
  rule: Pick<JudgementMarksRule, "aspects">,
  input: Readonly<Record<string, string | null | undefined>>,
): Validated<ValidJudgementMarks> {
  const errors: FieldError[] = [];
  const marks: Record<string, string> = {};
  let total = 0;
  for (const aspect of rule.aspects) {
    const raw = input[aspect.key];
    const text = typeof raw === "string" ? raw.trim() : "";
    if (text === "") {
      errors.push({ field: aspect.key, code: "JUDGEMENT_MARK_MISSING", message: `请为「${aspect.name}」打评价分` });
    } else if (!/^[0-9]+$/.test(text) || Number(text) > judgementMarkMaximum) {
      errors.push({
        field: aspect.key,
        code: "JUDGEMENT_MARK_INVALID",
        message: `「${aspect.name}」的评价分「${text}」无效，应为 0、1、2、3 中的一个整数`,
      });
    } else {
      const mark = Number(text);
      marks[aspect.key] = String(mark);
      total += mark;
    }
  }
  const known = new Set(rule.aspects.map((aspect) => aspect.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) {
      errors.push({ field: key, code: "JUDGEMENT_MARK_UNKNOWN_ASPECT", message: `评价分表中没有「${key}」这一项` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { marks, total: Fraction.of(total) } };
}

const submitted = (sheet: JudgementSheet) => sheet.state === "SUBMITTED" || sheet.state === "LOCKED";

/** An aspect whose marks, among the judges who have submitted, lie more than the allowed spread apart. */
export interface FlaggedAspect {
  aspectKey: string;
  name: string;
  spread: number;
  marks: { judgeId: number; mark: number }[];
}

/** The aspects to resolve among the submitted sheets of one entry, in the rule's order. */
export function flaggedAspects(rule: JudgementMarksRule, sheets: readonly JudgementSheet[]): FlaggedAspect[] {
  const maxSpread = rule.maxSpread ?? defaultJudgementMaxSpread;
  const flagged: FlaggedAspect[] = [];
  for (const aspect of rule.aspects) {
    const marks = aspectMarks(aspect.key, sheets);
    const spread = spreadOf(marks);
    if (spread !== null && spread > maxSpread)
      flagged.push({ aspectKey: aspect.key, name: aspect.name, spread, marks });
  }
  return flagged;
}

function aspectMarks(aspectKey: string, sheets: readonly JudgementSheet[]) {
  return [...sheets]
    .filter(submitted)
    .sort((a, b) => a.judgeId - b.judgeId)
    .flatMap((sheet) => {
      const text = sheet.marks[aspectKey];
      return text === undefined ? [] : [{ judgeId: sheet.judgeId, mark: Number(text) }];
    });
}

function spreadOf(marks: readonly { mark: number }[]): number | null {
  if (marks.length === 0) return null;
  const values = marks.map((entry) => entry.mark);
  return Math.max(...values) - Math.min(...values);
}

/**
 * Settles an entry's sheets after a change: with an aspect flagged, every submitted sheet is open
 * (SUBMITTED) so the judges can resolve it together, even ones that were locked; with none flagged
 * and every assigned judge's sheet submitted, all lock together; otherwise nothing moves.
 */
export function settleJudgementSheets(
  rule: JudgementMarksRule,
  judges: readonly Judge[],
  sheets: readonly JudgementSheet[],
): JudgementSheet[] {
  const flagged = flaggedAspects(rule, sheets).length > 0;
  const everyone = judges.every((judge) => sheets.some((sheet) => sheet.judgeId === judge.judgeId && submitted(sheet)));
  return sheets.map((sheet) => {
    if (!submitted(sheet)) return sheet;
    if (flagged) return { ...sheet, state: "SUBMITTED" };
    if (everyone) return { ...sheet, state: "LOCKED" };
    return sheet;
  });
}

export type JudgementSubmissionDecision =
  | {
      ok: true;
      /** Every sheet of the entry after the submission (the judge's and any that locked or reopened). */
      sheets: JudgementSheet[];
      /** SUBMIT: first time; REVISE: changed while open; RESUBMIT: after the organizer's unlock. */
      action: "SUBMIT" | "REVISE" | "RESUBMIT";
      total: Fraction;
    }
  | { ok: false; reasons: (Reason & { field?: string })[] };

/**
 * A judge submits (or changes) their marks for an entry: only the assigned judge themself, never
 * on a locked sheet, and the marks valid. The entry's sheets are then settled.
 */
export function decideJudgementSubmission(input: {
  rule: JudgementMarksRule;
  /** The entry's assigned judges. */
  judges: readonly Judge[];
  /** The entry's current sheets (a judge without a sheet has not submitted). */
  sheets: readonly JudgementSheet[];
  judgeId: number;
  marks: Readonly<Record<string, string | null | undefined>>;
  actor: Actor;
}): JudgementSubmissionDecision {
  const { rule, judges, judgeId, actor } = input;
  const reasons: (Reason & { field?: string })[] = [];
  if (actor.role !== "JUDGE" || actor.userId !== judgeId || !judges.some((judge) => judge.judgeId === judgeId)) {
    reasons.push({ code: "NOT_THE_SHEETS_JUDGE", message: "只有分配到这张评价分表的评委本人可以提交评价分" });
  }
  const own = input.sheets.find((sheet) => sheet.judgeId === judgeId) ?? { judgeId, state: "DRAFT", marks: {} };
  if (own.state === "LOCKED") {
    reasons.push({ code: "SCORE_SHEET_LOCKED", message: "评价分已锁定；如需修改，请联系主办部门解锁" });
  }
  const validated = validateJudgementMarksInput(rule, input.marks);
  if (!validated.ok) reasons.push(...validated.errors);
  if (reasons.length > 0 || !validated.ok) return { ok: false, reasons };
  const changed: JudgementSheet = { judgeId, state: "SUBMITTED", marks: validated.value.marks };
  const others = input.sheets.filter((sheet) => sheet.judgeId !== judgeId);
  const sheets = settleJudgementSheets(rule, judges, [...others, changed]).sort((a, b) => a.judgeId - b.judgeId);
  const action = own.state === "UNLOCKED" ? "RESUBMIT" : own.state === "SUBMITTED" ? "REVISE" : "SUBMIT";
  return { ok: true, sheets, action, total: validated.value.total };
}

/** The organizer unlocks a locked 评价分表 with a reason; the judge then submits again. */
export function decideJudgementUnlock(sheet: JudgementSheet, actor: Actor, reason: string): Reason[] {
  const reasons: Reason[] = [];
  if (actor.role !== "ORGANIZER") reasons.push({ code: "UNLOCK_NOT_ORGANIZER", message: "只有主办部门可以解锁评分" });
  if (sheet.state !== "LOCKED") {
    reasons.push({ code: "SCORE_SHEET_NOT_LOCKED", message: "这张评价分表尚未锁定，评委仍可修改，无需解锁" });
  }
  if (reason.trim() === "") reasons.push({ code: "UNLOCK_REASON_REQUIRED", message: "解锁评分须填写解锁原因" });
  return reasons;
}

/** One aspect of an entry as a viewer may see it. */
export interface JudgementAspectView {
  aspectKey: string;
  name: string;
  /** The viewer's own mark (a judge's); null for the organizer or before submitting. */
  ownMark: number | null;
  /** Spread among the judges who have submitted; null when the viewer may not see it yet. */
  spread: number | null;
  needsResolution: boolean;
  /** Submitted judges' marks, by judge id; empty when the viewer may not see them. */
  marks: { judgeId: number; mark: number }[];
  /** Mean of every assigned judge's mark, once all have submitted; else null. */
  mean: Fraction | null;
}

export interface JudgementEntryView {
  aspects: JudgementAspectView[];
  /** True when every sheet of the entry is locked. */
  locked: boolean;
  /** True while some aspect is flagged (only shown to those who may see the spreads). */
  needsResolution: boolean;
  /** Assigned judges who have not submitted (or were unlocked and have not submitted again). */
  waitingForJudgeIds: number[];
  /** Whether the viewer may see the other judges' marks and the spreads. */
  othersVisible: boolean;
}

/**
 * An entry's marks as `viewer` may see them: the organizer everything; a judge their own marks,
 * and the others' marks and the spreads only once their own sheet is submitted (or locked).
 */
export function judgementEntryView(
  rule: JudgementMarksRule,
  judges: readonly Judge[],
  sheets: readonly JudgementSheet[],
  viewer: { kind: "MANAGER" } | { kind: "JUDGE"; judgeId: number },
): JudgementEntryView {
  const own = viewer.kind === "JUDGE" ? sheets.find((sheet) => sheet.judgeId === viewer.judgeId) : undefined;
  const othersVisible = viewer.kind === "MANAGER" || (own !== undefined && submitted(own));
  const waitingForJudgeIds = [...judges]
    .sort((a, b) => a.judgeId - b.judgeId)
    .map((judge) => judge.judgeId)
    .filter((judgeId) => !sheets.some((sheet) => sheet.judgeId === judgeId && submitted(sheet)));
  const maxSpread = rule.maxSpread ?? defaultJudgementMaxSpread;
  const aspects = rule.aspects.map((aspect): JudgementAspectView => {
    const marks = aspectMarks(aspect.key, sheets);
    const spread = spreadOf(marks);
    const ownText = own?.marks[aspect.key];
    const complete = waitingForJudgeIds.length === 0 && marks.length > 0;
    return {
      aspectKey: aspect.key,
      name: aspect.name,
      ownMark: ownText === undefined ? null : Number(ownText),
      spread: othersVisible ? spread : null,
      needsResolution: othersVisible && spread !== null && spread > maxSpread,
      marks: othersVisible ? marks : [],
      mean:
        othersVisible && complete
          ? Fraction.of(
              marks.reduce((sum, entry) => sum + entry.mark, 0),
              marks.length,
            )
          : null,
    };
  });
  return {
    aspects,
    locked: sheets.length > 0 && judges.length > 0 && sheets.every((sheet) => sheet.state === "LOCKED"),
    needsResolution: aspects.some((aspect) => aspect.needsResolution),
    waitingForJudgeIds,
    othersVisible,
  };
}

/** One entry of a judgement-marks round, as the closing rules see it. */
export interface JudgementRoundEntry {
  entryId: number;
  name: string;
  judges: readonly Judge[];
  sheets: readonly JudgementSheet[];
}

export interface JudgementEntryResult {
  entryId: number;
  name: string;
  /** Σ over aspects of the mean mark, exactly. */
  result: Fraction;
  aspects: {
    aspectKey: string;
    name: string;
    marks: { judgeId: number; mark: number }[];
    spread: number;
    mean: Fraction;
  }[];
}

export type JudgementRoundResults = { ok: true; entries: JudgementEntryResult[] } | { ok: false; reasons: Reason[] };

/**
 * Closes a judgement-marks round: refused while an entry has no judges, a judge has not submitted
 * (or was unlocked and has not submitted again), or an aspect's marks are still too far apart
 * (each reason in Chinese, naming the entry); else each entry's result is the sum over its aspects
 * of the mean mark, with every aspect's marks, spread and mean for checking by hand.
 */
export function judgementRoundResults(
  rule: JudgementMarksRule,
  entries: readonly JudgementRoundEntry[],
): JudgementRoundResults {
  const reasons: Reason[] = [];
  const results: JudgementEntryResult[] = [];
  for (const entry of [...entries].sort((a, b) => a.entryId - b.entryId)) {
    if (entry.judges.length === 0) {
      reasons.push({ code: "ENTRY_WITHOUT_JUDGES", message: `「${entry.name}」还没有分配评委` });
      continue;
    }
    const sheetOf = (judgeId: number) => entry.sheets.find((sheet) => sheet.judgeId === judgeId);
    const pending = [...entry.judges]
      .sort((a, b) => a.judgeId - b.judgeId)
      .filter((judge) => {
        const sheet = sheetOf(judge.judgeId);
        return sheet === undefined || !submitted(sheet);
      });
    for (const judge of pending) {
      const unlocked = sheetOf(judge.judgeId)?.state === "UNLOCKED";
      reasons.push(
        unlocked
          ? {
              code: "SCORE_SHEET_UNLOCKED",
              message: `评委${judge.name}对「${entry.name}」的评价分已解锁，尚未重新提交`,
            }
          : { code: "JUDGE_NOT_SUBMITTED", message: `评委${judge.name}尚未提交「${entry.name}」的评价分` },
      );
    }
    if (pending.length > 0) {
      // Spreads among those who have submitted still have to be resolved.
      for (const aspect of flaggedAspects(rule, entry.sheets)) {
        reasons.push({
          code: "JUDGEMENT_SPREAD_TOO_WIDE",
          message: `「${entry.name}」的「${aspect.name}」评委打分相差 ${aspect.spread} 分，须由评委协商一致`,
        });
      }
      continue;
    }
    const evaluation = evaluateJudgementMarks({
      rule,
      judges: entry.judges,
      marks: entry.sheets.flatMap((sheet) =>
        Object.entries(sheet.marks).map(([aspectKey, mark]) => ({
          judgeId: sheet.judgeId,
          aspectKey,
          mark: Number(mark),
        })),
      ),
    });
    if (evaluation.lockBlockers.length > 0) {
      for (const blocker of evaluation.lockBlockers) {
        reasons.push({ code: blocker.code, message: `「${entry.name}」：${blocker.message}` });
      }
      continue;
    }
    const aspects = evaluation.aspects.map((aspect) => ({
      aspectKey: aspect.aspectKey,
      name: aspect.name,
      marks: aspect.marks,
      spread: aspect.spread as number,
      mean: aspect.result as Fraction,
    }));
    results.push({
      entryId: entry.entryId,
      name: entry.name,
      result: Fraction.sum(aspects.map((aspect) => aspect.mean)),
      aspects,
    });
  }
  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, entries: results };
}
