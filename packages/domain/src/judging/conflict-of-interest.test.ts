import { describe, expect, it } from "vitest";
import {
  isJudgeConflicted,
  type JudgedEntry,
  type JudgeProfile,
  judgeExclusionReasons,
  validateJudgeRecusal,
} from "./conflict-of-interest.ts";

const guta = "/00000001/00000004/"; // 古塔区总工会
const gutaEnterprise = "/00000001/00000004/00000017/"; // a grassroots union under it
const sibling41 = "/00000001/00000041/"; // an organization whose id merely starts with 4

const judge = (organizationPath: string | null, categories = ["合唱"]): JudgeProfile => ({
  judgeId: 7,
  name: "刘敏",
  organizationPath,
  categories,
});
const entry = (organizationPath: string): JudgedEntry => ({
  entryId: 301,
  name: "古塔区职工合唱团",
  category: "合唱",
  organizationPath,
});

describe("conflict of interest (回避)", () => {
  it("conflicts a judge with entries from their own organization and from below it", () => {
    expect(isJudgeConflicted(judge(guta), entry(guta))).toBe(true);
    expect(isJudgeConflicted(judge(guta), entry(gutaEnterprise))).toBe(true);
  });

  it("does not conflict a judge with entries above them, beside them, or when they have no organization", () => {
    expect(isJudgeConflicted(judge(gutaEnterprise), entry(guta))).toBe(false);
    expect(isJudgeConflicted(judge(guta), entry(sibling41))).toBe(false);
    expect(isJudgeConflicted(judge(null), entry(guta))).toBe(false);
  });

  it("gives every reason a judge may not score an entry", () => {
    const reasons = judgeExclusionReasons(judge(guta, ["独唱"]), entry(gutaEnterprise), [
      { judgeId: 7, entryId: 301, reason: " 与指挥是亲属 " },
      { judgeId: 8, entryId: 301, reason: "他人的回避" },
      { judgeId: 7, entryId: 302, reason: "别的参赛对象" },
    ]);
    expect(reasons).toEqual([
      { code: "JUDGE_NOT_ON_CATEGORY_PANEL", message: "评委刘敏不在「合唱」的评委组中，不能评「古塔区职工合唱团」" },
      {
        code: "JUDGE_CONFLICT_OF_INTEREST",
        message: "评委刘敏与「古塔区职工合唱团」同属一个单位或是其上级单位，须回避",
      },
      { code: "JUDGE_RECUSED", message: "评委刘敏已声明回避「古塔区职工合唱团」：与指挥是亲属" },
    ]);
    expect(judgeExclusionReasons(judge(null), entry(guta))).toEqual([]);
  });

  it("requires a reason for a declared recusal", () => {
    expect(validateJudgeRecusal({ judgeId: 7, entryId: 301, reason: "  " })).toEqual([
      { code: "RECUSAL_REASON_REQUIRED", message: "声明回避时请填写回避原因" },
    ]);
    expect(validateJudgeRecusal({ judgeId: 7, entryId: 301, reason: "曾指导该队排练" })).toEqual([]);
  });
});
