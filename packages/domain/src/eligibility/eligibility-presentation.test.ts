import { describe, expect, it } from "vitest";
import { ageRangeText } from "./check-eligibility.ts";
import { describeEligibilityRules } from "./describe-eligibility-rules.ts";
import { eligibilityRuleParts } from "./eligibility-rule-parts.ts";
import type { EligibilityRules } from "./eligibility-rules.ts";
import { recentSeriousAccidents, seriousAccidentWindowStart } from "./serious-accident-window.ts";
import { isSkillGradeAtLeast, skillGradesFromLowest } from "./skill-grade-order.ts";

const rules: EligibilityRules = {
  referenceDate: { date: "2015-09-30", name: "报名截止日" },
  ageRange: { min: 18, max: 45 },
  unionMembershipRequired: true,
  minimumSkillGrade: "GRADE_3",
  allowedPositionCategories: ["FRONT_LINE"],
  gender: "FEMALE",
  trades: ["焊工", "电工"],
  homeOrganization: { rootPath: "/00000001/00000006/", name: "凌海市总工会" },
  entriesPerWorker: "ONE_PER_ACTIVITY",
  excludedHonours: [{ code: "MBW", name: "最美劳动者" }],
  seriousAccidentExclusion: {},
};

describe("describeEligibilityRules", () => {
  it("lists the conditions a worker reads before registering", () => {
    expect(describeEligibilityRules(rules)).toEqual([
      "年龄：报名截止日 2015年9月30日 时 18–45 岁",
      "须为工会会员",
      "职业技能等级：三级/高级工及以上",
      "岗位类别：仅限一线职工",
      "性别：仅限女职工",
      "工种：仅限焊工、电工",
      "所在单位：仅限凌海市总工会所属单位",
      "每人限报一个项目",
      "已获得“最美劳动者”称号的不能参评",
      // 2015-09-30 − 3 years = 2012-09-30.
      "所在单位近 3 年内（2012年9月30日以来）发生过重大安全事故的，不能参评",
    ]);
  });

  it("says nothing for no rules, and handles exclusions and a missing date", () => {
    expect(describeEligibilityRules({})).toEqual([]);
    expect(
      describeEligibilityRules({
        ageRange: { min: null, max: 35 },
        excludedPositionCategories: ["ENTERPRISE_HEAD"],
        entriesPerWorker: "ONE_PER_CATEGORY",
        seriousAccidentExclusion: { withinYears: 5 },
      }),
    ).toEqual([
      "年龄：不超过 35 岁",
      "岗位类别：企业负责人不能参加",
      "同一项目每人限报一次",
      "所在单位近 5 年内发生过重大安全事故的，不能参评",
    ]);
  });
});

describe("eligibilityRuleParts", () => {
  it("splits the rules one by one, dated where they count from the date", () => {
    const parts = eligibilityRuleParts(rules);
    expect(parts).toHaveLength(10);
    expect(parts[0]).toEqual({ referenceDate: rules.referenceDate, ageRange: { min: 18, max: 45 } });
    expect(parts[1]).toEqual({ unionMembershipRequired: true });
    expect(parts.at(-1)).toEqual({ referenceDate: rules.referenceDate, seriousAccidentExclusion: {} });
    expect(eligibilityRuleParts({ unionMembershipRequired: false, ageRange: { min: 1, max: null } })).toEqual([
      { ageRange: { min: 1, max: null } },
    ]);
  });
});

describe("the accident window", () => {
  it("starts on the same date N years before, 29 February falling back to the 28th", () => {
    expect(seriousAccidentWindowStart("2015-09-30", 3)).toBe("2012-09-30");
    expect(seriousAccidentWindowStart("2016-02-29", 3)).toBe("2013-02-28");
    expect(seriousAccidentWindowStart("2016-02-29", 4)).toBe("2012-02-29");
  });

  it("keeps accidents on or after the first day, sorted", () => {
    expect(recentSeriousAccidents(["2015-01-01", "2012-09-29", "2012-09-30"], "2015-09-30", 3)).toEqual([
      "2012-09-30",
      "2015-01-01",
    ]);
  });
});

describe("skill grade order and age wording", () => {
  it("orders 五级 lowest and 一级 highest", () => {
    expect(skillGradesFromLowest[0]).toBe("GRADE_5");
    expect(isSkillGradeAtLeast("GRADE_1", "GRADE_5")).toBe(true);
    expect(isSkillGradeAtLeast("GRADE_5", "GRADE_4")).toBe(false);
    expect(isSkillGradeAtLeast("GRADE_2", "GRADE_2")).toBe(true);
  });

  it("words ranges", () => {
    expect(ageRangeText({ min: 18, max: 45 })).toBe("18–45 岁");
    expect(ageRangeText({ min: 18, max: null })).toBe("年满 18 岁");
    expect(ageRangeText({ min: null, max: 35 })).toBe("不超过 35 岁");
  });
});
