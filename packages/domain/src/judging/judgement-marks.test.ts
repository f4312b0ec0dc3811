import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import {
  evaluateJudgementMarks,
  type JudgementMark,
  type JudgementMarksRule,
  validateJudgementMarksRule,
} from "./judgement-marks.ts";

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
const marks = (weld: number[], tidy: number[]): JudgementMark[] => [
  ...weld.map((mark, index) => ({ judgeId: 11 + index, aspectKey: "weld", mark })),
  ...tidy.map((mark, index) => ({ judgeId: 11 + index, aspectKey: "tidy", mark })),
];

describe("WorldSkills judgement marks", () => {
  it("flags an aspect whose marks lie more than one apart, and blocks locking until the judges resolve it", () => {
    const evaluation = evaluateJudgementMarks({ rule, judges, marks: marks([1, 3, 2], [2, 2, 3]) });
    const [weld, tidy] = evaluation.aspects;
    // weld: 3 − 1 = 2 > 1 → flagged; mean (1 + 3 + 2) / 3 = 6 / 3 = 2
    expect(weld?.spread).toBe(2);
    expect(weld?.needsResolution).toBe(true);
    expect(weld?.result?.equals(Fraction.of(2))).toBe(true);
    // tidy: 3 − 2 = 1, not above 1; mean (2 + 2 + 3) / 3 = 7/3 = 2.333… → "2.33"
    expect(tidy?.spread).toBe(1);
    expect(tidy?.needsResolution).toBe(false);
    expect(tidy?.result?.equals(Fraction.of(7, 3))).toBe(true);
    expect(tidy?.result?.toFixed(2)).toBe("2.33");
    expect(evaluation.lockBlockers).toEqual([
      {
        code: "JUDGEMENT_SPREAD_TOO_WIDE",
        message:
          "「焊缝外观成形」评委打分相差 2 分（张工 1 分、李工 3 分、王工 2 分），超过 1 分，须由评委协商一致后才能锁定",
      },
    ]);
  });

  it("lets the marks be locked once the judges have agreed", () => {
    // after talking it over, 张工 raises 1 to 2: spread 3 − 2 = 1; mean (2 + 3 + 2) / 3 = 7/3
    const evaluation = evaluateJudgementMarks({ rule, judges, marks: marks([2, 3, 2], [2, 2, 3]) });
    expect(evaluation.lockBlockers).toEqual([]);
    expect(evaluation.aspects[0]?.result?.equals(Fraction.of(7, 3))).toBe(true);
  });

  it("uses the organizer's own spread limit and panel size", () => {
    const strict = evaluateJudgementMarks({
      rule: { ...rule, maxSpread: 0, judgeCount: 2 },
      judges: judges.slice(0, 2),
      marks: marks([3, 3], [2, 3]),
    });
    expect(strict.lockBlockers.map((reason) => reason.code)).toEqual(["JUDGEMENT_SPREAD_TOO_WIDE"]);
  });

  it("reports every mark that is missing, invalid, doubled or out of place", () => {
    const evaluation = evaluateJudgementMarks({
      rule,
      judges: judges.slice(0, 2),
      marks: [
        { judgeId: 11, aspectKey: "weld", mark: 4 },
        { judgeId: 12, aspectKey: "weld", mark: 1.5 },
        { judgeId: 11, aspectKey: "tidy", mark: 2 },
        { judgeId: 11, aspectKey: "tidy", mark: 3 },
        { judgeId: 13, aspectKey: "weld", mark: 2 },
        { judgeId: 12, aspectKey: "speed", mark: 2 },
      ],
    });
    expect(evaluation.lockBlockers.map((reason) => reason.code)).toEqual([
      "JUDGEMENT_PANEL_SIZE",
      "JUDGEMENT_MARK_FROM_UNASSIGNED_JUDGE",
      "JUDGEMENT_MARK_UNKNOWN_ASPECT",
      "JUDGEMENT_MARK_INVALID",
      "JUDGEMENT_MARK_INVALID",
      "JUDGEMENT_MARK_DUPLICATE",
      "JUDGEMENT_MARK_MISSING",
    ]);
    expect(evaluation.lockBlockers.map((reason) => reason.message)).toEqual([
      "评价分需要 3 名评委，现在分配了 2 名",
      "有一条打分来自未分配的评委（编号 13）",
      "评价要点「speed」不在本轮的评价要点中",
      "评委张工给「焊缝外观成形」的 4 分无效，应为 0、1、2、3 中的一个整数",
      "评委李工给「焊缝外观成形」的 1.5 分无效，应为 0、1、2、3 中的一个整数",
      "评委张工给「工位整洁与安全」打了不止一次分",
      "评委李工尚未给「工位整洁与安全」打分",
    ]);
    expect(evaluation.aspects.map((aspect) => [aspect.spread, aspect.result])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(evaluateJudgementMarks({ rule, judges: [], marks: [] }).aspects[0]?.result).toBeNull();
  });
});

describe("judgement marks rule", () => {
  it("accepts the default rule and reports every problem of a bad one", () => {
    expect(validateJudgementMarksRule(rule)).toEqual([]);
    expect(validateJudgementMarksRule({ aspects: [] }).map((reason) => reason.code)).toEqual(["ASPECTS_EMPTY"]);
    const bad: JudgementMarksRule = {
      aspects: [
        { key: "a", name: "" },
        { key: "a", name: "乙" },
        { key: "", name: "丙" },
      ],
      judgeCount: 1,
      maxSpread: 4,
    };
    expect(validateJudgementMarksRule(bad).map((reason) => reason.code)).toEqual([
      "ASPECT_NAME_EMPTY",
      "ASPECT_KEY_DUPLICATE",
      "ASPECT_KEY_EMPTY",
      "JUDGEMENT_JUDGE_COUNT_INVALID",
      "JUDGEMENT_MAX_SPREAD_INVALID",
    ]);
  });
});
