import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import type { Actor } from "../roles.ts";
import { type CriteriaScoringRule, choirCriteria } from "./criteria-scoring-rule.ts";
import { checkJudgeExcusal, type JudgeExcusal, type RoundJudgingState, roundClosingBlockers } from "./round-closing.ts";
import { aggregateRoundEntryScores } from "./round-entry-scores.ts";
import type { JudgeScoreSheet } from "./score-sheet-lock.ts";

const rule: CriteriaScoringRule = { criteria: choirCriteria, aggregation: { method: "TRIMMED_MEAN" } };
const judges = [
  { judgeId: 1, name: "赵一" },
  { judgeId: 2, name: "钱二" },
  { judgeId: 3, name: "孙三" },
  { judgeId: 4, name: "李四" },
  { judgeId: 5, name: "周五" },
];
const entries = [
  { entryId: 201, name: "铁路合唱团" },
  { entryId: 202, name: "石化合唱团" },
];
const assignments = entries.flatMap((entry) =>
  judges.map((judge) => ({ entryId: entry.entryId, judgeId: judge.judgeId })),
);
const locked = (
  judgeId: number,
  entryId: number,
  total: string,
): Pick<JudgeScoreSheet, "judgeId" | "entryId" | "state" | "total"> => ({
  judgeId,
  entryId,
  state: "LOCKED",
  total,
});
// 孙三 (judge 3) fell ill after scoring 石化合唱团 and never submitted 铁路合唱团.
const sheets = [
  locked(1, 201, "88.5"),
  locked(2, 201, "90.2"),
  { judgeId: 3, entryId: 201, state: "DRAFT" as const, total: null },
  locked(4, 201, "86.9"),
  locked(5, 201, "91.4"),
  locked(1, 202, "85.0"),
  locked(2, 202, "87.5"),
  locked(3, 202, "86.0"),
  locked(4, 202, "89.0"),
  locked(5, 202, "84.0"),
];
const state = (overrides: Partial<RoundJudgingState> = {}): RoundJudgingState => ({
  rule,
  judges,
  entries,
  assignments,
  sheets,
  excusals: [],
  ...overrides,
});
const excused: JudgeExcusal = { judgeId: 3, entryId: null, reason: "突发疾病住院" };

describe("closing a round", () => {
  it("cannot close while an assigned judge has not submitted", () => {
    expect(roundClosingBlockers(state())).toEqual([
      { code: "JUDGE_NOT_SUBMITTED", message: "评委孙三尚未提交「铁路合唱团」的评分" },
    ]);
    expect(aggregateRoundEntryScores(state())).toEqual({
      ok: false,
      reasons: [{ code: "JUDGE_NOT_SUBMITTED", message: "评委孙三尚未提交「铁路合唱团」的评分" }],
    });
  });

  it("aggregates an entry over the remaining judges once the organizer excuses the missing one", () => {
    const round = state({ excusals: [excused] });
    expect(roundClosingBlockers(round)).toEqual([]);
    const result = aggregateRoundEntryScores(round);
    if (!result.ok) throw new Error("round should close");
    const [railway, petrochemical] = result.entries;
    // 铁路合唱团: four scores, so the default trim is k = 0:
    // (88.5 + 90.2 + 86.9 + 91.4) / 4 = 357.0 / 4 = 89.25
    expect(railway?.excusedJudgeIds).toEqual([3]);
    expect(railway?.aggregate.judgeCount).toBe(4);
    expect(railway?.aggregate.trim).toBe(0);
    expect(railway?.aggregate.result.equals(Fraction.fromDecimal("89.25"))).toBe(true);
    // 石化合唱团: 孙三 had submitted, so five scores count and k = 1:
    // ascending 84.0 (5), 85.0 (1), 86.0 (3), 87.5 (2), 89.0 (4) → drop 84.0 and 89.0
    // (85.0 + 86.0 + 87.5) / 3 = 258.5 / 3 = 517/6 = 86.1666… → "86.17"
    expect(petrochemical?.excusedJudgeIds).toEqual([]);
    expect(petrochemical?.aggregate.result.equals(Fraction.of(517, 6))).toBe(true);
    expect(petrochemical?.aggregate.result.toFixed(2)).toBe("86.17");
    expect(result.normalization).toBeNull();
  });

  it("applies the contest's own trim to the remaining judges, and refuses it when too few remain", () => {
    const trimOne = aggregateRoundEntryScores(
      state({ rule: { ...rule, aggregation: { method: "TRIMMED_MEAN", trim: 1 } }, excusals: [excused] }),
    );
    // 铁路合唱团 with k = 1 over four: drop 86.9 and 91.4 → (88.5 + 90.2) / 2 = 178.7 / 2 = 89.35
    expect(trimOne.ok && trimOne.entries[0]?.aggregate.result.equals(Fraction.fromDecimal("89.35"))).toBe(true);
    const trimTwo = state({ rule: { ...rule, aggregation: { method: "TRIMMED_MEAN", trim: 2 } }, excusals: [excused] });
    // 2 × 2 = 4 ≥ 4 for 铁路合唱团; 石化合唱团 keeps five, 4 < 5.
    expect(roundClosingBlockers(trimTwo)).toEqual([
      { code: "TRIM_TOO_LARGE", message: "「铁路合唱团」只有 4 名评委的分数，去掉最高分和最低分各 2 个后没有剩余分数" },
    ]);
  });

  it("excuses a judge from one entry only when the excusal names it", () => {
    const round = state({ excusals: [{ judgeId: 3, entryId: 202, reason: "与该队有亲属关系" }] });
    expect(roundClosingBlockers(round).map((reason) => reason.code)).toEqual(["JUDGE_NOT_SUBMITTED"]);
  });

  it("returns every reason the round cannot close", () => {
    const round = state({
      entries: [...entries, { entryId: 203, name: "电力合唱团" }, { entryId: 204, name: "港务合唱团" }],
      assignments: [...assignments, { entryId: 204, judgeId: 4 }],
      sheets: [
        ...sheets.filter((sheet) => !(sheet.judgeId === 1 && sheet.entryId === 202)),
        { judgeId: 1, entryId: 202, state: "UNLOCKED", total: "85.0" },
      ],
      excusals: [
        { judgeId: 3, entryId: null, reason: "  " },
        { judgeId: 4, entryId: 204, reason: "出差" },
      ],
    });
    expect(roundClosingBlockers(round)).toEqual([
      { code: "EXCUSAL_REASON_REQUIRED", message: "免除评委孙三的评分没有填写原因，不能生效" },
      { code: "ENTRY_WITHOUT_JUDGES", message: "「电力合唱团」还没有分配评委" },
      { code: "ENTRY_WITHOUT_SCORES", message: "「港务合唱团」的评委都已免于评分，没有可汇总的分数" },
      { code: "SCORE_SHEET_UNLOCKED", message: "评委赵一对「石化合唱团」的评分已解锁，尚未重新提交" },
      { code: "JUDGE_NOT_SUBMITTED", message: "评委孙三尚未提交「铁路合唱团」的评分" },
    ]);
  });

  it("reports an invalid trim once, not per entry", () => {
    const round = state({ rule: { ...rule, aggregation: { method: "TRIMMED_MEAN", trim: -1 } }, excusals: [excused] });
    expect(roundClosingBlockers(round).map((reason) => reason.code)).toEqual(["TRIM_INVALID"]);
  });

  it("lists every entry a judge still owes in one reason", () => {
    const round = state({ sheets: sheets.filter((sheet) => sheet.judgeId !== 2) });
    expect(roundClosingBlockers(round)).toEqual([
      { code: "JUDGE_NOT_SUBMITTED", message: "评委钱二尚未提交「铁路合唱团」「石化合唱团」的评分" },
      { code: "JUDGE_NOT_SUBMITTED", message: "评委孙三尚未提交「铁路合唱团」的评分" },
    ]);
  });

  it("normalizes per judge over the round before aggregating when the rule asks for it", () => {
    // judge 1: 84, 86 and judge 2: 78, 92 normalize to 80, 90 each (see per-judge-normalization.test.ts)
    const round: RoundJudgingState = {
      rule: { criteria: choirCriteria, aggregation: { method: "MEAN" }, perJudgeNormalization: true },
      judges: judges.slice(0, 2),
      entries,
      assignments: [
        { entryId: 201, judgeId: 1 },
        { entryId: 201, judgeId: 2 },
        { entryId: 202, judgeId: 1 },
        { entryId: 202, judgeId: 2 },
      ],
      sheets: [locked(1, 201, "84"), locked(2, 201, "78"), locked(1, 202, "86"), locked(2, 202, "92")],
      excusals: [],
    };
    const result = aggregateRoundEntryScores(round);
    if (!result.ok) throw new Error("round should close");
    // raw means would be (84 + 78) / 2 = 81 and (86 + 92) / 2 = 89; normalized (80 + 80) / 2 = 80 and 90
    expect(result.entries.map((entry) => entry.aggregate.result.toString())).toEqual(["80", "90"]);
    expect(result.normalization?.judges.map((judge) => judge.factor?.toString())).toEqual(["5", "5/7"]);
  });

  it("refuses inconsistent records as programmer errors", () => {
    expect(() => roundClosingBlockers(state({ judges: judges.slice(1) }))).toThrow(RangeError);
    expect(() =>
      roundClosingBlockers(state({ sheets: [{ judgeId: 1, entryId: 201, state: "LOCKED", total: null }] })),
    ).toThrow(RangeError);
  });
});

describe("excusing a judge", () => {
  const organizer: Actor = { userId: 5, role: "ORGANIZER", scopePath: "/00000001/", workerId: null };
  it("needs the organizer and a reason", () => {
    expect(checkJudgeExcusal(organizer, excused)).toEqual([]);
    expect(checkJudgeExcusal({ ...organizer, role: "JUDGE" }, { ...excused, reason: "" })).toEqual([
      { code: "EXCUSAL_NOT_ORGANIZER", message: "只有主办部门可以免除评委的评分" },
      { code: "EXCUSAL_REASON_REQUIRED", message: "免除评委评分须填写原因" },
    ]);
  });
});
