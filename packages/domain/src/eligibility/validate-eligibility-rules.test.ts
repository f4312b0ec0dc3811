import { describe, expect, it } from "vitest";
import type { EligibilityRules } from "./eligibility-rules.ts";
import { cleanEligibilityRules, validateEligibilityRules } from "./validate-eligibility-rules.ts";

const deadline = { date: "2015-09-30", name: "报名截止日" };

function codes(rules: EligibilityRules): [string, string][] {
  return validateEligibilityRules(rules).map((error) => [error.field, error.code]);
}

describe("validateEligibilityRules", () => {
  it("accepts no rules at all, and a full sensible set", () => {
    expect(validateEligibilityRules({})).toEqual([]);
    expect(
      validateEligibilityRules({
        referenceDate: deadline,
        ageRange: { min: 18, max: 45 },
        unionMembershipRequired: true,
        minimumSkillGrade: "GRADE_3",
        excludedPositionCategories: ["ENTERPRISE_HEAD"],
        gender: "FEMALE",
        trades: ["焊工"],
        homeOrganization: { rootPath: "/00000001/00000006/", name: "凌海市总工会" },
        entriesPerWorker: "ONE_PER_CATEGORY",
        excludedHonours: [{ code: "CITY_MODEL_WORKER", name: "市劳动模范" }],
        seriousAccidentExclusion: { withinYears: 3 },
      }),
    ).toEqual([]);
  });

  it("accepts equal bounds (exactly one age) and one-sided ranges", () => {
    expect(codes({ referenceDate: deadline, ageRange: { min: 45, max: 45 } })).toEqual([]);
    expect(codes({ referenceDate: deadline, ageRange: { min: null, max: 35 } })).toEqual([]);
  });

  it("reports min > max with both numbers", () => {
    expect(validateEligibilityRules({ referenceDate: deadline, ageRange: { min: 46, max: 45 } })).toEqual([
      { field: "ageRange.max", code: "AGE_RANGE_INVERTED", message: "年龄下限（46 岁）不能大于上限（45 岁）" },
    ]);
  });

  it("reports every problem at once", () => {
    expect(
      codes({
        ageRange: { min: 15.5, max: 101 },
        seriousAccidentExclusion: { withinYears: 0 },
        allowedPositionCategories: [],
        excludedPositionCategories: ["FRONT_LINE", "TECHNICAL", "MANAGER", "ENTERPRISE_HEAD"],
        trades: [" "],
        homeOrganization: { rootPath: "/1/6/", name: " " },
        excludedHonours: [
          { code: "A", name: "甲" },
          { code: "A", name: "甲" },
          { code: "", name: "乙" },
        ],
      }),
    ).toEqual([
      ["referenceDate", "REFERENCE_DATE_REQUIRED"],
      ["ageRange.min", "AGE_BOUND_RANGE"],
      ["ageRange.max", "AGE_BOUND_RANGE"],
      ["excludedPositionCategories", "POSITION_CATEGORY_RULES_BOTH"],
      ["allowedPositionCategories", "POSITION_CATEGORY_NONE_ALLOWED"],
      ["excludedPositionCategories", "POSITION_CATEGORY_ALL_EXCLUDED"],
      ["trades", "REQUIRED"],
      ["homeOrganization.rootPath", "ORGANIZATION_PATH_FORMAT"],
      ["homeOrganization.name", "REQUIRED"],
      ["excludedHonours.1", "HONOUR_DUPLICATE"],
      ["excludedHonours.2", "REQUIRED"],
      ["seriousAccidentExclusion.withinYears", "ACCIDENT_YEARS_RANGE"],
    ]);
  });

  it("rejects an empty age range, a bad reference date, and unknown values", () => {
    expect(
      codes({
        referenceDate: { date: "2015-02-30", name: "" },
        ageRange: { min: null, max: null },
        minimumSkillGrade: "GRADE_9" as never,
        allowedPositionCategories: ["CLERK" as never],
        gender: "OTHER" as never,
        trades: [],
        entriesPerWorker: "TWO" as never,
      }),
    ).toEqual([
      ["referenceDate.date", "REFERENCE_DATE_INVALID"],
      ["referenceDate.name", "REQUIRED"],
      ["ageRange", "AGE_RANGE_EMPTY"],
      ["minimumSkillGrade", "UNKNOWN_VALUE"],
      ["allowedPositionCategories", "UNKNOWN_VALUE"],
      ["gender", "UNKNOWN_VALUE"],
      ["trades", "TRADES_EMPTY"],
      ["entriesPerWorker", "UNKNOWN_VALUE"],
    ]);
    expect(codes({ excludedPositionCategories: ["BOSS" as never] })).toEqual([
      ["excludedPositionCategories", "UNKNOWN_VALUE"],
    ]);
  });

  it("needs a reference date for the accident window as well", () => {
    expect(codes({ seriousAccidentExclusion: {} })).toEqual([["referenceDate", "REFERENCE_DATE_REQUIRED"]]);
  });

  it("words every message in Chinese", () => {
    const errors = validateEligibilityRules({ ageRange: { min: 50, max: 20 }, trades: [] });
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("cleanEligibilityRules", () => {
  it("trims text and drops repeats", () => {
    expect(
      cleanEligibilityRules({
        referenceDate: { date: "2015-09-30", name: " 报名截止日 " },
        allowedPositionCategories: ["FRONT_LINE", "FRONT_LINE"],
        excludedPositionCategories: ["MANAGER", "MANAGER"],
        trades: [" 焊工", "焊工 ", "电工"],
        homeOrganization: { rootPath: "/00000001/00000006/", name: " 凌海市总工会 " },
        excludedHonours: [
          { code: " CITY_MODEL_WORKER ", name: " 市劳动模范 " },
          { code: "CITY_MODEL_WORKER", name: "市劳动模范" },
        ],
      }),
    ).toEqual({
      referenceDate: { date: "2015-09-30", name: "报名截止日" },
      allowedPositionCategories: ["FRONT_LINE"],
      excludedPositionCategories: ["MANAGER"],
      trades: ["焊工", "电工"],
      homeOrganization: { rootPath: "/00000001/00000006/", name: "凌海市总工会" },
      excludedHonours: [{ code: "CITY_MODEL_WORKER", name: "市劳动模范" }],
    });
  });
});
