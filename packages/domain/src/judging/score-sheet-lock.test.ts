import { describe, expect, it } from "vitest";
import type { Actor } from "../roles.ts";
import { choirCriteria } from "./criteria-scoring-rule.ts";
import {
  decideScoreSheetCommand,
  type JudgeScoreSheet,
  maySeeOtherJudgesScores,
  type ScoreSheetContext,
} from "./score-sheet-lock.ts";

const judge: Actor = { userId: 31, role: "JUDGE", scopePath: "/00000001/", workerId: null };
const otherJudge: Actor = { ...judge, userId: 32 };
const organizer: Actor = { userId: 5, role: "ORGANIZER", scopePath: "/00000001/", workerId: null };
const context: ScoreSheetContext = { rule: { criteria: choirCriteria }, roundClosed: false };

const draft: JudgeScoreSheet = { judgeId: 31, entryId: 201, state: "DRAFT", scores: {}, total: null };
// 45.5 + 17.0 + 13.5 + 9.0 + 4.5 = 89.5
const firstScores = { pitch: "45.5", stage: "17.0", appearance: "13.5", entrance: "9.0", song: "4.5" };
// 46.5 + 17.0 + 13.5 + 9.0 + 4.5 = 90.5
const secondScores = { ...firstScores, pitch: " 46.5 " };

function mustDecide(...args: Parameters<typeof decideScoreSheetCommand>) {
  const decision = decideScoreSheetCommand(...args);
  if (!decision.ok) throw new Error(decision.reasons.map((reason) => reason.message).join("；"));
  return decision;
}

describe("locking and unlocking a 评分表", () => {
  it("locks the sheet when the judge submits, and records the submission", () => {
    const decision = mustDecide(draft, { kind: "SUBMIT", scores: firstScores }, judge, context);
    expect(decision.sheet).toEqual({ judgeId: 31, entryId: 201, state: "LOCKED", scores: firstScores, total: "89.5" });
    expect(decision.audit).toEqual({
      action: "SUBMIT",
      judgeId: 31,
      entryId: 201,
      actorUserId: 31,
      reason: null,
      before: { state: "DRAFT", scores: {}, total: null },
      after: { state: "LOCKED", scores: firstScores, total: "89.5" },
    });
  });

  it("refuses a second submission while locked", () => {
    const locked = mustDecide(draft, { kind: "SUBMIT", scores: firstScores }, judge, context).sheet;
    const again = decideScoreSheetCommand(locked, { kind: "SUBMIT", scores: secondScores }, judge, context);
    expect(again).toEqual({
      ok: false,
      reasons: [{ code: "SCORE_SHEET_LOCKED", message: "评分已提交并锁定；如需修改，请联系主办部门解锁" }],
    });
  });

  it("lets the organizer unlock with a reason, then audits the new score the judge submits", () => {
    const locked = mustDecide(draft, { kind: "SUBMIT", scores: firstScores }, judge, context).sheet;
    const unlock = mustDecide(
      locked,
      { kind: "UNLOCK", reason: " 评委误将音准分录入为 45.5，应为 46.5 " },
      organizer,
      context,
    );
    expect(unlock.sheet.state).toBe("UNLOCKED");
    expect(unlock.audit).toEqual({
      action: "UNLOCK",
      judgeId: 31,
      entryId: 201,
      actorUserId: 5,
      reason: "评委误将音准分录入为 45.5，应为 46.5",
      before: { state: "LOCKED", scores: firstScores, total: "89.5" },
      after: { state: "UNLOCKED", scores: firstScores, total: "89.5" },
    });
    const resubmit = mustDecide(unlock.sheet, { kind: "SUBMIT", scores: secondScores }, judge, context);
    expect(resubmit.audit.action).toBe("RESUBMIT");
    expect(resubmit.audit.before).toEqual({ state: "UNLOCKED", scores: firstScores, total: "89.5" });
    expect(resubmit.audit.after).toEqual({ state: "LOCKED", scores: { ...firstScores, pitch: "46.5" }, total: "90.5" });
  });

  it("gives every reason an unlock is refused", () => {
    const refused = decideScoreSheetCommand(draft, { kind: "UNLOCK", reason: "  " }, judge, {
      ...context,
      roundClosed: true,
    });
    expect(!refused.ok && refused.reasons.map((reason) => reason.code)).toEqual([
      "ROUND_CLOSED",
      "UNLOCK_NOT_ORGANIZER",
      "SCORE_SHEET_NOT_LOCKED",
      "UNLOCK_REASON_REQUIRED",
    ]);
  });

  it("gives every reason a submission is refused, including each criterion's problem", () => {
    const refused = decideScoreSheetCommand(
      draft,
      { kind: "SUBMIT", scores: { ...firstScores, song: "5.5" } },
      otherJudge,
      {
        ...context,
        roundClosed: true,
      },
    );
    expect(!refused.ok && refused.reasons.map((reason) => reason.code)).toEqual([
      "ROUND_CLOSED",
      "NOT_THE_SHEETS_JUDGE",
      "SCORE_ABOVE_MAX",
    ]);
    const byOrganizer = decideScoreSheetCommand(draft, { kind: "SUBMIT", scores: firstScores }, organizer, context);
    expect(!byOrganizer.ok && byOrganizer.reasons.map((reason) => reason.code)).toEqual(["NOT_THE_SHEETS_JUDGE"]);
  });
});

describe("seeing other judges' scores", () => {
  it("hides them from a judge until the judge's own sheet is locked", () => {
    expect(maySeeOtherJudgesScores(judge, null)).toBe(false);
    expect(maySeeOtherJudgesScores(judge, { state: "DRAFT" })).toBe(false);
    expect(maySeeOtherJudgesScores(judge, { state: "UNLOCKED" })).toBe(false);
    expect(maySeeOtherJudgesScores(judge, { state: "LOCKED" })).toBe(true);
    expect(maySeeOtherJudgesScores(organizer, null)).toBe(true);
    expect(maySeeOtherJudgesScores({ ...judge, role: "WORKER" }, { state: "LOCKED" })).toBe(false);
  });
});
