import { describe, expect, it } from "vitest";
import { checkEligibility } from "./check-eligibility.ts";
import type { EligibilityCandidate, EligibilityContext, EligibilityRules } from "./eligibility-rules.ts";

const deadline = { date: "2015-09-30", name: "报名截止日" };
const lingHai = { rootPath: "/00000001/00000006/", name: "凌海市总工会" };

// A front-line welder of a grassroots union under 凌海市 (path /1/6/37/), born 1980-04-12.
const welder: EligibilityCandidate = {
  birthDate: "1980-04-12",
  gender: "MALE",
  unionMember: true,
  skillGrade: "GRADE_3",
  positionCategory: "FRONT_LINE",
  trade: "焊工",
  organizationPath: "/00000001/00000006/00000037/",
  organizationName: "凌海市大有农场工会",
  honoursHeld: [],
  unitSeriousAccidentDates: [],
};
const noEntries: EligibilityContext = { categoryId: "WELDING", existingEntries: [] };

function reasonsOf(candidate: EligibilityCandidate, rules: EligibilityRules | EligibilityRules[], context = noEntries) {
  const outcome = checkEligibility(candidate, rules, context);
  return outcome.eligible ? [] : outcome.reasons;
}

describe("age on the reference date", () => {
  const rules: EligibilityRules = { referenceDate: deadline, ageRange: { min: 18, max: 45 } };

  it("admits a worker who turns 46 the day after the deadline", () => {
    // Born 1969-10-01. On 2015-09-30 the birthday (10-01) has not come: 2015 − 1969 − 1 = 45 ≤ 45.
    expect(checkEligibility({ ...welder, birthDate: "1969-10-01" }, rules, noEntries)).toEqual({ eligible: true });
  });

  it("refuses a worker who turns 46 on the deadline itself", () => {
    // Born 1969-09-30. On 2015-09-30 the birthday counts as reached: 2015 − 1969 = 46 > 45.
    expect(checkEligibility({ ...welder, birthDate: "1969-09-30" }, rules, noEntries)).toEqual({
      eligible: false,
      reasons: [
        { code: "AGE_OUT_OF_RANGE", message: "年龄不符：报名截止日 2015年9月30日 时您 46 岁，本项目要求 18–45 岁" },
      ],
    });
  });

  it("states the age as counted, e.g. 47", () => {
    // Born 1968-05-20; birthday passed by 09-30: 2015 − 1968 = 47.
    expect(reasonsOf({ ...welder, birthDate: "1968-05-20" }, rules)).toEqual([
      { code: "AGE_OUT_OF_RANGE", message: "年龄不符：报名截止日 2015年9月30日 时您 47 岁，本项目要求 18–45 岁" },
    ]);
  });

  it("admits a worker turning 18 on the deadline, not one turning 18 the day after", () => {
    // 1997-09-30 → 2015 − 1997 = 18; 1997-10-01 → 2015 − 1997 − 1 = 17.
    expect(reasonsOf({ ...welder, birthDate: "1997-09-30" }, rules)).toEqual([]);
    expect(reasonsOf({ ...welder, birthDate: "1997-10-01" }, rules)).toEqual([
      { code: "AGE_OUT_OF_RANGE", message: "年龄不符：报名截止日 2015年9月30日 时您 17 岁，本项目要求 18–45 岁" },
    ]);
  });

  it("words one-sided ranges", () => {
    // Born 1980-04-12 → 35 on 2015-09-30.
    expect(reasonsOf(welder, { referenceDate: deadline, ageRange: { min: 40, max: null } })[0]?.message).toBe(
      "年龄不符：报名截止日 2015年9月30日 时您 35 岁，本项目要求年满 40 岁",
    );
    expect(reasonsOf(welder, { referenceDate: deadline, ageRange: { min: null, max: 35 } })).toEqual([]);
    expect(reasonsOf(welder, { referenceDate: deadline, ageRange: { min: null, max: 34 } })[0]?.message).toBe(
      "年龄不符：报名截止日 2015年9月30日 时您 35 岁，本项目要求不超过 34 岁",
    );
  });

  it("treats a rule that needs the reference date without one as a programmer error", () => {
    expect(() => checkEligibility(welder, { ageRange: { min: 18, max: 45 } }, noEntries)).toThrow(RangeError);
    expect(() => checkEligibility(welder, { seriousAccidentExclusion: {} }, noEntries)).toThrow(RangeError);
  });
});

describe("the 最美劳动者 worked example", () => {
  // Ordinary workers only (no enterprise heads), and units with a serious accident in the past
  // three years (the default) are out.
  const mostBeautifulWorker: EligibilityRules = {
    referenceDate: deadline,
    excludedPositionCategories: ["ENTERPRISE_HEAD"],
    seriousAccidentExclusion: {},
  };

  it("gives both reasons for an enterprise head whose unit had a serious accident two years ago", () => {
    // Window: 2015-09-30 − 3 years = 2012-09-30 onward; 2013-09-15 ≥ 2012-09-30, about two years ago.
    const head = { ...welder, positionCategory: "ENTERPRISE_HEAD" as const, unitSeriousAccidentDates: ["2013-09-15"] };
    expect(checkEligibility(head, mostBeautifulWorker, noEntries)).toEqual({
      eligible: false,
      reasons: [
        {
          code: "POSITION_CATEGORY_EXCLUDED",
          message: "岗位类别不符：本项目不接受企业负责人参加，您登记的岗位类别是企业负责人",
        },
        {
          code: "UNIT_SERIOUS_SAFETY_ACCIDENT",
          message:
            "所在单位 2013年9月15日 发生过重大安全事故，在报名截止日 2015年9月30日 前 3 年内（2012年9月30日以来），按规定不能参评",
        },
      ],
    });
  });

  it("admits a front-line worker from the same unit once the accident is older than the window", () => {
    // 2012-09-29 < 2012-09-30: outside; 2012-09-30 is the window's first day: inside.
    expect(reasonsOf({ ...welder, unitSeriousAccidentDates: ["2012-09-29"] }, mostBeautifulWorker)).toEqual([]);
    expect(reasonsOf({ ...welder, unitSeriousAccidentDates: ["2012-09-30"] }, mostBeautifulWorker)[0]?.code).toBe(
      "UNIT_SERIOUS_SAFETY_ACCIDENT",
    );
  });

  it("counts accidents recorded after the reference date, and lists every recent one", () => {
    const reasons = reasonsOf(
      { ...welder, unitSeriousAccidentDates: ["2015-10-08", "2011-01-01", "2014-03-02"] },
      { ...mostBeautifulWorker, seriousAccidentExclusion: { withinYears: 2 } },
    );
    // Two years back from 2015-09-30: 2013-09-30 onward; 2011-01-01 is outside.
    expect(reasons).toEqual([
      {
        code: "UNIT_SERIOUS_SAFETY_ACCIDENT",
        message:
          "所在单位 2014年3月2日、2015年10月8日 发生过重大安全事故，在报名截止日 2015年9月30日 前 2 年内（2013年9月30日以来），按规定不能参评",
      },
    ]);
  });

  it("offers the same candidate the front-line-only reading too", () => {
    const frontLineOnly: EligibilityRules = { allowedPositionCategories: ["FRONT_LINE", "TECHNICAL"] };
    expect(reasonsOf({ ...welder, positionCategory: "MANAGER" }, frontLineOnly)).toEqual([
      {
        code: "POSITION_CATEGORY_NOT_ALLOWED",
        message: "岗位类别不符：本项目仅限一线职工、专业技术人员参加，您登记的岗位类别是管理人员",
      },
    ]);
    expect(reasonsOf({ ...welder, positionCategory: "TECHNICAL" }, frontLineOnly)).toEqual([]);
  });
});

describe("the other rules", () => {
  it("requires union membership", () => {
    expect(reasonsOf({ ...welder, unionMember: false }, { unionMembershipRequired: true })).toEqual([
      {
        code: "UNION_MEMBERSHIP_REQUIRED",
        message: "本项目仅限工会会员参加，系统中没有您的工会会员登记，请联系所在单位工会核实",
      },
    ]);
    expect(reasonsOf({ ...welder, unionMember: false }, { unionMembershipRequired: false })).toEqual([]);
  });

  it("requires a minimum skill grade, counting 五级 lowest and 一级 highest", () => {
    const rules: EligibilityRules = { minimumSkillGrade: "GRADE_3" };
    expect(reasonsOf({ ...welder, skillGrade: "GRADE_3" }, rules)).toEqual([]);
    expect(reasonsOf({ ...welder, skillGrade: "GRADE_1" }, rules)).toEqual([]);
    expect(reasonsOf({ ...welder, skillGrade: "GRADE_4" }, rules)).toEqual([
      {
        code: "SKILL_GRADE_TOO_LOW",
        message: "职业技能等级不符：本项目要求三级/高级工及以上，您登记的等级是四级/中级工",
      },
    ]);
    expect(reasonsOf({ ...welder, skillGrade: null }, rules)[0]?.message).toBe(
      "职业技能等级不符：本项目要求三级/高级工及以上，您尚未登记职业技能等级",
    );
  });

  it("limits gender and trade", () => {
    expect(reasonsOf(welder, { gender: "FEMALE" })).toEqual([
      { code: "GENDER_NOT_ALLOWED", message: "性别不符：本项目仅限女职工参加" },
    ]);
    expect(reasonsOf(welder, { gender: "MALE" })).toEqual([]);
    expect(reasonsOf({ ...welder, trade: " 焊工 " }, { trades: ["焊工", "电工"] })).toEqual([]);
    expect(reasonsOf({ ...welder, trade: "钳工" }, { trades: ["焊工", "电工"] })).toEqual([
      { code: "TRADE_NOT_ALLOWED", message: "工种不符：本项目仅限焊工、电工参加，您登记的工种是钳工" },
    ]);
    expect(reasonsOf({ ...welder, trade: " " }, { trades: ["焊工"] })[0]?.message).toBe(
      "工种不符：本项目仅限焊工参加，您尚未登记工种",
    );
  });

  it("limits the home organization to a subtree", () => {
    expect(reasonsOf(welder, { homeOrganization: lingHai })).toEqual([]);
    const guta = { ...welder, organizationPath: "/00000001/00000002/00000011/", organizationName: "锦州石化工会" };
    expect(reasonsOf(guta, { homeOrganization: lingHai })).toEqual([
      {
        code: "HOME_ORGANIZATION_OUTSIDE",
        message: "所在单位不符：本项目仅限凌海市总工会所属单位的职工参加，您所在的锦州石化工会不在其中",
      },
    ]);
  });

  it("refuses an honour already held, one reason per honour", () => {
    const rules: EligibilityRules = {
      excludedHonours: [
        { code: "CITY_MODEL_WORKER", name: "市劳动模范" },
        { code: "PROVINCE_MODEL_WORKER", name: "省劳动模范" },
      ],
    };
    expect(reasonsOf({ ...welder, honoursHeld: ["CITY_MODEL_WORKER", "MAY_DAY_MEDAL"] }, rules)).toEqual([
      { code: "HONOUR_ALREADY_HELD", message: "您已获得“市劳动模范”称号，已获得同一荣誉的不能再参评" },
    ]);
    expect(reasonsOf({ ...welder, honoursHeld: ["MAY_DAY_MEDAL"] }, rules)).toEqual([]);
  });
});

describe("one entry per worker", () => {
  const singles = { registrationId: 7, categoryId: "MS", categoryName: "男子单打", state: "CONFIRMED" as const };
  const mixed = { registrationId: 8, categoryId: "XD", categoryName: "混合双打", state: "PENDING_UNIT" as const };

  it("per category: refuses a second live entry in the same category only", () => {
    const rules: EligibilityRules = { entriesPerWorker: "ONE_PER_CATEGORY" };
    expect(reasonsOf(welder, rules, { categoryId: "MS", existingEntries: [singles, mixed] })).toEqual([
      { code: "ALREADY_ENTERED_CATEGORY", message: "不能重复报名：您已报名“男子单打”（已确认）" },
    ]);
    expect(reasonsOf(welder, rules, { categoryId: "MD", existingEntries: [singles, mixed] })).toEqual([]);
  });

  it("per activity: refuses any other live entry, naming each", () => {
    const rules: EligibilityRules = { entriesPerWorker: "ONE_PER_ACTIVITY" };
    expect(reasonsOf(welder, rules, { categoryId: "MD", existingEntries: [singles, mixed] })).toEqual([
      {
        code: "ALREADY_ENTERED_ACTIVITY",
        message: "每人限报一个项目：您已报名“男子单打”（已确认）、“混合双打”（待单位审核），如要改报，请先撤销原报名",
      },
    ]);
  });

  it("does not count withdrawn or rejected entries, nor the registration being rechecked", () => {
    const rules: EligibilityRules = { entriesPerWorker: "ONE_PER_ACTIVITY" };
    const gone = [
      { ...singles, state: "WITHDRAWN" as const },
      { ...mixed, state: "REJECTED" as const },
    ];
    expect(reasonsOf(welder, rules, { categoryId: "MD", existingEntries: gone })).toEqual([]);
    expect(reasonsOf(welder, rules, { categoryId: "MS", registrationId: 7, existingEntries: [singles] })).toEqual([]);
    // A returned registration can still be resubmitted, so it counts.
    const returned = [{ ...singles, state: "RETURNED" as const }];
    expect(reasonsOf(welder, rules, { categoryId: "MS", existingEntries: returned })[0]?.message).toBe(
      "不能重复报名：您已报名“男子单打”（已退回）",
    );
  });
});

describe("rule sets together", () => {
  it("applies the activity's and the category's rules, giving a shared reason once", () => {
    const activity: EligibilityRules = {
      unionMembershipRequired: true,
      referenceDate: deadline,
      ageRange: { min: 18, max: 45 },
    };
    const womensSingles: EligibilityRules = { gender: "FEMALE", unionMembershipRequired: true };
    // Born 1968-05-20 → 47 on the deadline.
    const candidate = { ...welder, unionMember: false, birthDate: "1968-05-20" };
    expect(reasonsOf(candidate, [activity, womensSingles]).map((reason) => reason.code)).toEqual([
      "AGE_OUT_OF_RANGE",
      "UNION_MEMBERSHIP_REQUIRED",
      "GENDER_NOT_ALLOWED",
    ]);
    expect(checkEligibility(welder, [], noEntries)).toEqual({ eligible: true });
  });
});
