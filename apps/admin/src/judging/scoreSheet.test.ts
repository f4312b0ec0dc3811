import { describe, expect, it } from "vitest";
import {
  checkMarks,
  checkSheet,
  firstErrorKey,
  nextFocusIndex,
  sheetMaximum,
  sheetScores,
  valuesFromMarks,
  valuesFromScores,
} from "./scoreSheet.ts";

// The skills-contest template's practical sheet (DOMAIN.md, activity templates).
const practical = [
  { key: "quality", name: "工件精度与质量", max: "60" },
  { key: "procedure", name: "操作规范", max: "20" },
  { key: "safety", name: "安全文明生产", max: "10" },
  { key: "time", name: "完成时间", max: "10" },
];

describe("checkSheet", () => {
  it("totals a valid sheet exactly, as decimal text", () => {
    const check = checkSheet(practical, "0.1", { quality: "55.5", procedure: "18", safety: "9.3", time: "9.1" });
    expect(check).toEqual({ errors: {}, total: "91.9" });
  });

  it("reports a score above the criterion's maximum in the API's words", () => {
    const check = checkSheet(practical, "0.1", { quality: "65", procedure: "18", safety: "9", time: "9" });
    expect(check.total).toBeNull();
    expect(check.errors).toEqual({ quality: "「工件精度与质量」的分数不能高于满分 60" });
  });

  it("reports every problem: missing, negative, off the step, not a number", () => {
    const check = checkSheet(practical, "0.1", { quality: "", procedure: "-1", safety: "9.25", time: "abc" });
    expect(check.errors.quality).toBe("请为「工件精度与质量」打分");
    expect(check.errors.procedure).toBe("「操作规范」的分数不能低于 0");
    expect(check.errors.safety).toBe("「安全文明生产」的分数须以 0.1 分为单位");
    expect(check.errors.time).toBe("「完成时间」的分数「abc」不是有效的数字");
  });

  it("joins two problems of one criterion", () => {
    const check = checkSheet(practical, "0.1", { quality: "60.05", procedure: "1", safety: "1", time: "1" });
    expect(check.errors.quality).toBe(
      "「工件精度与质量」的分数不能高于满分 60；「工件精度与质量」的分数须以 0.1 分为单位",
    );
  });

  it("uses the round's step (a committee vote: whole votes) and the default 0.1 without one", () => {
    const vote = [{ key: "favour", name: "表决（1 = 赞成，0 = 不赞成）", max: "1" }];
    expect(checkSheet(vote, "1", { favour: "0.5" }).errors.favour).toBe(
      "「表决（1 = 赞成，0 = 不赞成）」的分数须以 1 分为单位",
    );
    expect(checkSheet(vote, "1", { favour: "1" }).total).toBe("1");
    expect(
      checkSheet(practical, null, { quality: "1.05", procedure: "1", safety: "1", time: "1" }).errors.quality,
    ).toBe("「工件精度与质量」的分数须以 0.1 分为单位");
  });
});

describe("sheet helpers", () => {
  it("sends the scores in the sheet's order, trimmed", () => {
    expect(sheetScores(practical, { time: " 9 ", quality: "50", procedure: "18", safety: "9" })).toEqual([
      { criterionKey: "quality", score: "50" },
      { criterionKey: "procedure", score: "18" },
      { criterionKey: "safety", score: "9" },
      { criterionKey: "time", score: "9" },
    ]);
  });

  it("refills the boxes from a submitted sheet", () => {
    expect(valuesFromScores([{ criterionKey: "quality", score: "55.5" }])).toEqual({ quality: "55.5" });
    expect(valuesFromScores(undefined)).toEqual({});
  });

  it("moves Enter to the next box, then the submit button, and Shift+Enter back", () => {
    expect(nextFocusIndex(0, 4, false)).toBe(1);
    expect(nextFocusIndex(3, 4, false)).toBe(4);
    expect(nextFocusIndex(4, 4, false)).toBe(4);
    expect(nextFocusIndex(2, 4, true)).toBe(1);
    expect(nextFocusIndex(0, 4, true)).toBe(0);
  });

  it("finds the first criterion in error in the sheet's order", () => {
    expect(firstErrorKey(practical, { time: "x", procedure: "y" })).toBe("procedure");
    expect(firstErrorKey(practical, {})).toBeNull();
  });

  it("sums the maxima for the full marks", () => {
    expect(sheetMaximum(practical)).toBe("100");
    expect(
      sheetMaximum([
        { key: "a", name: "A", max: "7.5" },
        { key: "b", name: "B", max: "2.5" },
      ]),
    ).toBe("10");
  });
});

describe("judgement marks (评价分)", () => {
  const aspects = [
    { key: "craft", name: "工艺规范", max: "3" },
    { key: "finish", name: "成品外观", max: "3" },
  ];

  it("accepts whole marks 0–3 and sums them", () => {
    expect(checkMarks(aspects, { craft: "2", finish: "3" })).toEqual({ errors: {}, total: "5" });
  });

  it("refuses a mark that is not 0, 1, 2 or 3, and a missing one, in the API's words", () => {
    const check = checkMarks(aspects, { craft: "1.5", finish: "" });
    expect(check.total).toBeNull();
    expect(check.errors).toEqual({
      craft: "「工艺规范」的评价分「1.5」无效，应为 0、1、2、3 中的一个整数",
      finish: "请为「成品外观」打评价分",
    });
    expect(checkMarks(aspects, { craft: "4", finish: "0" }).errors.craft).toContain("无效");
  });

  it("refills the boxes from the judge's own marks", () => {
    expect(
      valuesFromMarks([
        { aspectKey: "craft", ownMark: 0 },
        { aspectKey: "finish", ownMark: null },
      ]),
    ).toEqual({ craft: "0" });
  });
});
