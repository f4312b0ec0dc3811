import { describe, expect, it } from "vitest";
import {
  performanceContestDefaultTieBreaks,
  type RankingTieBreak,
  rankingTieBreakLabel,
  skillsContestDefaultTieBreaks,
  validateRankingTieBreaks,
} from "./ranking-tie-break.ts";
import { type RoundDefinition, skillsContestDefaultRounds } from "./round-definition.ts";

const choirRounds: RoundDefinition[] = [
  { key: "performance", name: "现场表演", kind: "CRITERIA_SCORING", weight: "100", maxResult: "100" },
];

describe("validateRankingTieBreaks", () => {
  it("accepts the defaults", () => {
    expect(validateRankingTieBreaks(skillsContestDefaultTieBreaks, skillsContestDefaultRounds)).toEqual([]);
    expect(validateRankingTieBreaks(performanceContestDefaultTieBreaks("performance"), choirRounds)).toEqual([]);
    expect(validateRankingTieBreaks([], skillsContestDefaultRounds)).toEqual([]);
  });

  it("reports every problem: unknown round, untrimmed mean of an exam, repeats, steps after SHARED_PLACE, unknown kinds", () => {
    const tieBreaks = [
      { kind: "HIGHER_ROUND_RESULT", roundKey: "oral" },
      { kind: "HIGHER_UNTRIMMED_MEAN", roundKey: "theory" },
      { kind: "HIGHER_ROUND_RESULT", roundKey: "oral" },
      { kind: "SHARED_PLACE" },
      { kind: "HIGHER_ROUND_RESULT", roundKey: "practical" },
      { kind: "COIN_TOSS" },
    ] as RankingTieBreak[];
    expect(validateRankingTieBreaks(tieBreaks, skillsContestDefaultRounds)).toEqual([
      { code: "TIE_BREAK_UNKNOWN_ROUND", message: "第 1 项并列比较引用了不存在的轮次“oral”" },
      {
        code: "TIE_BREAK_UNTRIMMED_MEAN_NOT_JUDGED",
        message: "第 2 项并列比较比较全体评委平均分，但轮次“理论”不是评委评分轮次",
      },
      { code: "TIE_BREAK_DUPLICATE", message: "第 3 项并列比较与前面的比较项重复" },
      { code: "TIE_BREAK_UNKNOWN_ROUND", message: "第 3 项并列比较引用了不存在的轮次“oral”" },
      { code: "TIE_BREAK_AFTER_SHARED_PLACE", message: "第 5 项并列比较排在“并列名次”之后，不会生效" },
      { code: "TIE_BREAK_AFTER_SHARED_PLACE", message: "第 6 项并列比较排在“并列名次”之后，不会生效" },
      { code: "TIE_BREAK_UNKNOWN_KIND", message: "第 6 项并列比较的比较方式无法识别" },
    ]);
  });
});

describe("rankingTieBreakLabel", () => {
  it("says what is compared", () => {
    expect(
      rankingTieBreakLabel({ kind: "HIGHER_ROUND_RESULT", roundKey: "practical" }, skillsContestDefaultRounds),
    ).toBe("实操成绩");
    expect(rankingTieBreakLabel({ kind: "HIGHER_UNTRIMMED_MEAN", roundKey: "performance" }, choirRounds)).toBe(
      "现场表演全体评委平均分",
    );
    expect(rankingTieBreakLabel({ kind: "HIGHER_ROUND_RESULT", roundKey: "oral" }, [])).toBe("oral成绩");
  });
});
