import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import type { Actor } from "../roles.ts";
import type { JudgementMarksRule } from "./judgement-marks.ts";
import {
  decideJudgementSubmission,
  decideJudgementUnlock,
  flaggedAspects,
  type JudgementSheet,
  judgementEntryView,
  judgementRoundResults,
  settleJudgementSheets,
  validateJudgementMarksInput,
} from "./judgement-marks-sheet.ts";

const rule: JudgementMarksRule = {
  aspects: [
    { key: "weld", name: "焊缝外观成形" },
    { key: "tidy", name: "工位整洁与安全" },
  ],
};
const judges = [
  { judgeId: 11, name: "张工" },
  { judgeId: 12, name: "李工" },
  { judgeId: 13, name: "王工" },
];
const judge = (userId: number): Actor => ({ userId, role: "JUDGE", scopePath: "/", workerId: null });
const organizer: Actor = { userId: 1, role: "ORGANIZER", scopePath: "/", workerId: null };
const sheet = (judgeId: number, state: JudgementSheet["state"], weld?: number, tidy?: number): JudgementSheet => ({
  judgeId,
  state,
  marks: weld === undefined ? {} : { weld: String(weld), tidy: String(tidy) },
});

describe("a judge's marks", () => {
  it("accepts whole marks 0 to 3 and totals them", () => {
    const valid = validateJudgementMarksInput(rule, { weld: " 2 ", tidy: "03" });
    expect(valid).toEqual({ ok: true, value: { marks: { weld: "2", tidy: "3" }, total: Fraction.of(5) } });
  });

  it("refuses, per aspect in Chinese, a missing mark, 4, 1.5, -1 and an unknown aspect", () => {
    const refused = validateJudgementMarksInput(rule, { weld: "4", tidy: "1.5", speed: "2" });
    expect(refused).toEqual({
      ok: false,
      errors: [
        {
          field: "weld",
          code: "JUDGEMENT_MARK_INVALID",
          message: "「焊缝外观成形」的评价分「4」无效，应为 0、1、2、3 中的一个整数",
        },
        {
          field: "tidy",
          code: "JUDGEMENT_MARK_INVALID",
          message: "「工位整洁与安全」的评价分「1.5」无效，应为 0、1、2、3 中的一个整数",
        },
        { field: "speed", code: "JUDGEMENT_MARK_UNKNOWN_ASPECT", message: "评价分表中没有「speed」这一项" },
      ],
    });
    const missing = validateJudgementMarksInput(rule, { weld: "-1", tidy: null });
    expect(missing.ok ? [] : missing.errors.map((error) => [error.field, error.code, error.message])).toEqual([
      ["weld", "JUDGEMENT_MARK_INVALID", "「焊缝外观成形」的评价分「-1」无效，应为 0、1、2、3 中的一个整数"],
      ["tidy", "JUDGEMENT_MARK_MISSING", "请为「工位整洁与安全」打评价分"],
    ]);
  });
});

describe("submitting, resolving and locking together", () => {
  it("keeps sheets open while judges are missing, flags a spread above 1, and locks all once resolved", () => {
    // 张工 submits weld 0, tidy 3: alone, nothing to compare; waiting for 李工 and 王工.
    const first = decideJudgementSubmission({
      rule,
      judges,
      sheets: [],
      judgeId: 11,
      marks: { weld: "0", tidy: "3" },
      actor: judge(11),
    });
    expect(first.ok && first.action).toBe("SUBMIT");
    expect(first.ok && first.total.equals(Fraction.of(3))).toBe(true);
    const afterFirst = first.ok ? first.sheets : [];
    expect(afterFirst).toEqual([sheet(11, "SUBMITTED", 0, 3)]);

    // 李工 2/3 and 王工 3/3: weld marks 0, 2, 3 → spread 3 − 0 = 3 > 1, flagged; tidy 3, 3, 3 → 0.
    const second = decideJudgementSubmission({
      rule,
      judges,
      sheets: [...afterFirst, sheet(13, "SUBMITTED", 3, 3)],
      judgeId: 12,
      marks: { weld: "2", tidy: "3" },
      actor: judge(12),
    });
    const flaggedSheets = second.ok ? second.sheets : [];
    expect(flaggedSheets.map((s) => s.state)).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED"]);
    expect(flaggedAspects(rule, flaggedSheets)).toEqual([
      {
        aspectKey: "weld",
        name: "焊缝外观成形",
        spread: 3,
        marks: [
          { judgeId: 11, mark: 0 },
          { judgeId: 12, mark: 2 },
          { judgeId: 13, mark: 3 },
        ],
      },
    ]);

    // 张工 talks it over and changes 0 to 2: weld 2, 2, 3 → spread 1, all three lock together.
    const revised = decideJudgementSubmission({
      rule,
      judges,
      sheets: flaggedSheets,
      judgeId: 11,
      marks: { weld: "2", tidy: "3" },
      actor: judge(11),
    });
    expect(revised.ok && revised.action).toBe("REVISE");
    expect(revised.ok ? revised.sheets.map((s) => s.state) : []).toEqual(["LOCKED", "LOCKED", "LOCKED"]);
  });

  it("refuses another judge, a locked sheet and bad marks, all at once", () => {
    const refused = decideJudgementSubmission({
      rule,
      judges,
      sheets: [sheet(11, "LOCKED", 2, 2)],
      judgeId: 11,
      marks: { weld: "4", tidy: "2" },
      actor: judge(12),
    });
    expect(refused.ok ? [] : refused.reasons.map((reason) => reason.code)).toEqual([
      "NOT_THE_SHEETS_JUDGE",
      "SCORE_SHEET_LOCKED",
      "JUDGEMENT_MARK_INVALID",
    ]);
    const organizerRefused = decideJudgementSubmission({
      rule,
      judges,
      sheets: [],
      judgeId: 11,
      marks: { weld: "1", tidy: "1" },
      actor: organizer,
    });
    expect(organizerRefused.ok).toBe(false);
  });

  it("after an unlock, a resubmission with a new gap reopens the others' locked sheets", () => {
    const locked = [sheet(11, "LOCKED", 2, 3), sheet(12, "UNLOCKED", 2, 3), sheet(13, "LOCKED", 3, 3)];
    // 李工 resubmits weld 0: 0, 2, 3 → spread 3, every sheet is open again.
    const reopened = decideJudgementSubmission({
      rule,
      judges,
      sheets: locked,
      judgeId: 12,
      marks: { weld: "0", tidy: "3" },
      actor: judge(12),
    });
    expect(reopened.ok && reopened.action).toBe("RESUBMIT");
    expect(reopened.ok ? reopened.sheets.map((s) => s.state) : []).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED"]);
    // Resubmitting weld 2 instead: no gap, all locked again.
    const relocked = decideJudgementSubmission({
      rule,
      judges,
      sheets: locked,
      judgeId: 12,
      marks: { weld: "2", tidy: "3" },
      actor: judge(12),
    });
    expect(relocked.ok ? relocked.sheets.map((s) => s.state) : []).toEqual(["LOCKED", "LOCKED", "LOCKED"]);
    // While someone is unlocked and nothing is flagged, the others stay as they are.
    expect(settleJudgementSheets(rule, judges, locked).map((s) => s.state)).toEqual(["LOCKED", "UNLOCKED", "LOCKED"]);
  });

  it("the organizer unlocks a locked sheet with a reason, nobody else and nothing else", () => {
    expect(decideJudgementUnlock(sheet(11, "LOCKED", 2, 2), organizer, "评委误填")).toEqual([]);
    expect(decideJudgementUnlock(sheet(11, "SUBMITTED", 2, 2), judge(11), " ").map((reason) => reason.code)).toEqual([
      "UNLOCK_NOT_ORGANIZER",
      "SCORE_SHEET_NOT_LOCKED",
      "UNLOCK_REASON_REQUIRED",
    ]);
  });
});

describe("what each viewer sees", () => {
  const sheets = [sheet(11, "SUBMITTED", 0, 3), sheet(12, "SUBMITTED", 2, 3)];

  it("a judge who has not submitted sees nothing of the others", () => {
    const view = judgementEntryView(rule, judges, sheets, { kind: "JUDGE", judgeId: 13 });
    expect(view.othersVisible).toBe(false);
    expect(view.needsResolution).toBe(false);
    expect(view.waitingForJudgeIds).toEqual([13]);
    expect(view.aspects[0]).toEqual({
      aspectKey: "weld",
      name: "焊缝外观成形",
      ownMark: null,
      spread: null,
      needsResolution: false,
      marks: [],
      mean: null,
    });
  });

  it("a judge who has submitted sees the spread and the submitted marks; no mean until all are in", () => {
    const view = judgementEntryView(rule, judges, sheets, { kind: "JUDGE", judgeId: 11 });
    // weld 0 and 2 → spread 2 > 1 → to resolve; tidy 3 and 3 → 0.
    expect(view.aspects.map((a) => [a.ownMark, a.spread, a.needsResolution, a.mean])).toEqual([
      [0, 2, true, null],
      [3, 0, false, null],
    ]);
    expect(view.needsResolution).toBe(true);
    expect(view.locked).toBe(false);
  });

  it("the organizer sees everything, with each aspect's mean once all have submitted", () => {
    const all = [sheet(11, "LOCKED", 2, 3), sheet(12, "LOCKED", 2, 3), sheet(13, "LOCKED", 3, 3)];
    const view = judgementEntryView(rule, judges, all, { kind: "MANAGER" });
    // weld (2 + 2 + 3) / 3 = 7/3; tidy 9 / 3 = 3.
    expect(view.aspects.map((a) => [a.ownMark, a.spread, a.mean?.toString()])).toEqual([
      [null, 1, "7/3"],
      [null, 0, "3"],
    ]);
    expect(view.locked).toBe(true);
    expect(judgementEntryView(rule, [], [], { kind: "MANAGER" }).locked).toBe(false);
    // A sheet submitted before an aspect was added has no mark for it: that aspect is not compared.
    const older: JudgementSheet = { judgeId: 11, state: "SUBMITTED", marks: { weld: "1" } };
    expect(
      flaggedAspects(rule, [older, sheet(12, "SUBMITTED", 3, 3)]).map((a) => [a.aspectKey, a.marks.length]),
    ).toEqual([["weld", 2]]);
  });
});

describe("closing a judgement-marks round", () => {
  it("sums the aspects' means: (2,2,3) and (3,3,3) → 7/3 + 3 = 16/3 ≈ 5.33", () => {
    const outcome = judgementRoundResults(rule, [
      {
        entryId: 2,
        name: "乙",
        judges,
        sheets: [sheet(11, "LOCKED", 1, 1), sheet(12, "LOCKED", 1, 2), sheet(13, "LOCKED", 2, 2)],
      },
      {
        entryId: 1,
        name: "甲",
        judges,
        sheets: [sheet(11, "LOCKED", 2, 3), sheet(12, "LOCKED", 2, 3), sheet(13, "LOCKED", 3, 3)],
      },
    ]);
    expect(outcome.ok).toBe(true);
    const entries = outcome.ok ? outcome.entries : [];
    expect(entries.map((entry) => [entry.entryId, entry.result.toString(), entry.result.toFixed(2)])).toEqual([
      [1, "16/3", "5.33"],
      // 乙: weld (1 + 1 + 2) / 3 = 4/3, tidy (1 + 2 + 2) / 3 = 5/3 → 9/3 = 3.
      [2, "3", "3.00"],
    ]);
    expect(entries[0]?.aspects[0]).toEqual({
      aspectKey: "weld",
      name: "焊缝外观成形",
      marks: [
        { judgeId: 11, mark: 2 },
        { judgeId: 12, mark: 2 },
        { judgeId: 13, mark: 3 },
      ],
      spread: 1,
      mean: Fraction.of(7, 3),
    });
  });

  it("is refused, naming the entry, for missing judges and sheets, an unlocked sheet and spreads to resolve", () => {
    const outcome = judgementRoundResults(rule, [
      { entryId: 1, name: "甲", judges: [], sheets: [] },
      {
        entryId: 2,
        name: "乙",
        judges,
        sheets: [sheet(11, "SUBMITTED", 0, 3), sheet(12, "UNLOCKED", 2, 3), sheet(13, "SUBMITTED", 3, 3)],
      },
      {
        entryId: 3,
        name: "丙",
        judges,
        sheets: [sheet(11, "SUBMITTED", 0, 3), sheet(12, "SUBMITTED", 2, 3), sheet(13, "SUBMITTED", 3, 3)],
      },
      { entryId: 4, name: "丁", judges: judges.slice(0, 2), sheets: [sheet(11, "LOCKED", 2, 2)] },
    ]);
    expect(outcome.ok ? [] : outcome.reasons).toEqual([
      { code: "ENTRY_WITHOUT_JUDGES", message: "「甲」还没有分配评委" },
      { code: "SCORE_SHEET_UNLOCKED", message: "评委李工对「乙」的评价分已解锁，尚未重新提交" },
      { code: "JUDGEMENT_SPREAD_TOO_WIDE", message: "「乙」的「焊缝外观成形」评委打分相差 3 分，须由评委协商一致" },
      {
        code: "JUDGEMENT_SPREAD_TOO_WIDE",
        message:
          "「丙」：「焊缝外观成形」评委打分相差 3 分（张工 0 分、李工 2 分、王工 3 分），超过 1 分，须由评委协商一致后才能锁定",
      },
      { code: "JUDGE_NOT_SUBMITTED", message: "评委李工尚未提交「丁」的评价分" },
    ]);
  });
});
