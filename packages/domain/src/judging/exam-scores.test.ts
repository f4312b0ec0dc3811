import { describe, expect, it } from "vitest";
import { examRoundClosingBlockers, validateExamScoreRows } from "./exam-scores.ts";

const entries = [
  { registrationId: 11, name: "张三" },
  { registrationId: 12, name: "李四" },
  { registrationId: 13, name: "王五" },
];
const context = { maxResult: "100", entries };

describe("imported exam scores (理论成绩)", () => {
  it("accepts every row from 0 to the maximum, exactly", () => {
    const outcome = validateExamScoreRows(
      [
        { registrationId: 11, score: "86.5" },
        { registrationId: "12", score: 100 },
        { registrationId: 13, score: " 0 " },
      ],
      context,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.map((score) => [score.registrationId, score.text, score.score.toString()])).toEqual([
      [11, "86.5", "173/2"],
      [12, "100", "100"],
      [13, "0", "0"],
    ]);
  });

  it("reports every bad row by its number, and nothing is accepted", () => {
    const outcome = validateExamScoreRows(
      [
        { registrationId: 11, score: "120" },
        { registrationId: 99, score: "80" },
        { registrationId: 11, score: "abc" },
        { registrationId: null, score: "" },
        { registrationId: 12, score: "-1" },
        { registrationId: 13, score: null },
        { registrationId: "abc", score: "60" },
      ],
      { ...context, firstRowNumber: 2 },
    );
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: "rows[0].score", code: "EXAM_SCORE_ABOVE_MAX", message: "第 2 行：「张三」的成绩 120 超过满分 100" },
        {
          field: "rows[1].registrationId",
          code: "EXAM_ENTRY_UNKNOWN",
          message: "第 3 行：报名编号 99 不是本轮的参赛对象",
        },
        {
          field: "rows[2].registrationId",
          code: "EXAM_ENTRY_DUPLICATE",
          message: "第 4 行：「张三」的成绩与第 2 行重复",
        },
        {
          field: "rows[2].score",
          code: "EXAM_SCORE_NOT_A_NUMBER",
          message: "第 4 行：「张三」的成绩「abc」不是有效的数字",
        },
        { field: "rows[3].registrationId", code: "EXAM_ENTRY_MISSING", message: "第 5 行：缺少报名编号" },
        { field: "rows[3].score", code: "EXAM_SCORE_MISSING", message: "第 5 行：缺少成绩" },
        { field: "rows[4].score", code: "EXAM_SCORE_BELOW_ZERO", message: "第 6 行：「李四」的成绩不能低于 0" },
        { field: "rows[5].score", code: "EXAM_SCORE_MISSING", message: "第 7 行：缺少「王五」的成绩" },
        {
          field: "rows[6].registrationId",
          code: "EXAM_ENTRY_INVALID",
          message: "第 8 行：报名编号「abc」不是有效的编号",
        },
      ],
    });
  });

  it("refuses an empty list", () => {
    expect(validateExamScoreRows([], context)).toEqual({
      ok: false,
      errors: [{ field: "rows", code: "EXAM_ROWS_EMPTY", message: "没有要导入的成绩" }],
    });
  });

  it("needs a readable maximum", () => {
    expect(() => validateExamScoreRows([], { maxResult: "x", entries })).toThrow(RangeError);
  });

  it("closes an exam round only when every entry has its score", () => {
    expect(examRoundClosingBlockers(entries, new Set([11, 12, 13]))).toEqual([]);
    expect(examRoundClosingBlockers(entries, new Set([12]))).toEqual([
      { code: "EXAM_SCORE_NOT_IMPORTED", message: "「张三」还没有导入成绩" },
      { code: "EXAM_SCORE_NOT_IMPORTED", message: "「王五」还没有导入成绩" },
    ]);
    expect(examRoundClosingBlockers([], new Set())).toEqual([
      { code: "ROUND_WITHOUT_ENTRIES", message: "本轮没有参赛对象" },
    ]);
  });
});
