import { ageOn, formatChineseDate } from "../china-time.ts";
import type { Reason } from "../errors.ts";
import { isWithinSubtree } from "../organization-tree.ts";
import { isLiveRegistrationState, registrationStateLabels } from "../places/registration-state.ts";
import { genderLabels, positionCategoryLabels, skillGradeLabels } from "../worker.ts";
import {
  defaultSeriousAccidentYears,
  type EligibilityAgeRange,
  type EligibilityCandidate,
  type EligibilityContext,
  type EligibilityEntry,
  type EligibilityOutcome,
  type EligibilityReferenceDate,
  type EligibilityRules,
} from "./eligibility-rules.ts";
import { recentSeriousAccidents, seriousAccidentWindowStart } from "./serious-accident-window.ts";
import { isSkillGradeAtLeast } from "./skill-grade-order.ts";

/**
 * May this candidate enter? Every rule that refuses gives its own reason, in words a worker reads
 * before filling anything in, with the numbers that decided it ("报名截止日 2015年9月30日 时您
 * 47 岁"), so that nobody has to ask why. Several rule sets (the activity's, the category's) apply
 * together; a reason two of them share is given once.
 *
 * Rules are expected to have passed validateEligibilityRules; a rule that needs the reference date
 * without one is a programmer error.
 */
export function checkEligibility(
  candidate: EligibilityCandidate,
  rules: EligibilityRules | readonly EligibilityRules[],
  context: EligibilityContext,
): EligibilityOutcome {
  const ruleSets: readonly EligibilityRules[] = isRuleList(rules) ? rules : [rules];
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  for (const ruleSet of ruleSets) {
    for (const reason of eligibilityReasons(candidate, ruleSet, context)) {
      const key = `${reason.code}\u0000${reason.message}`;
      if (!seen.has(key)) reasons.push(reason);
      seen.add(key);
    }
  }
  return reasons.length === 0 ? { eligible: true } : { eligible: false, reasons };
}

function isRuleList(rules: EligibilityRules | readonly EligibilityRules[]): rules is readonly EligibilityRules[] {
  return Array.isArray(rules);
}

function eligibilityReasons(
  candidate: EligibilityCandidate,
  rules: EligibilityRules,
  context: EligibilityContext,
): Reason[] {
  const reasons: Reason[] = [];
  if (rules.ageRange) reasons.push(...ageReasons(candidate, rules.ageRange, referenceOf(rules, "ageRange")));
  if (rules.unionMembershipRequired && !candidate.unionMember) {
    reasons.push({
      code: "UNION_MEMBERSHIP_REQUIRED",
      message: "本项目仅限工会会员参加，系统中没有您的工会会员登记，请联系所在单位工会核实",
    });
  }
  if (rules.minimumSkillGrade) {
    const minimum = rules.minimumSkillGrade;
    const grade = candidate.skillGrade;
    if (grade === null || !isSkillGradeAtLeast(grade, minimum)) {
      reasons.push({
        code: "SKILL_GRADE_TOO_LOW",
        message: `职业技能等级不符：本项目要求${skillGradeLabels[minimum]}及以上，${
          grade === null ? "您尚未登记职业技能等级" : `您登记的等级是${skillGradeLabels[grade]}`
        }`,
      });
    }
  }
  const own = positionCategoryLabels[candidate.positionCategory];
  const allowed = rules.allowedPositionCategories;
  if (allowed && !allowed.includes(candidate.positionCategory)) {
    reasons.push({
      code: "POSITION_CATEGORY_NOT_ALLOWED",
      message: `岗位类别不符：本项目仅限${allowed.map((category) => positionCategoryLabels[category]).join("、")}参加，您登记的岗位类别是${own}`,
    });
  }
  const excluded = rules.excludedPositionCategories;
  if (excluded?.includes(candidate.positionCategory)) {
    reasons.push({
      code: "POSITION_CATEGORY_EXCLUDED",
      message: `岗位类别不符：本项目不接受${own}参加，您登记的岗位类别是${own}`,
    });
  }
  if (rules.gender && candidate.gender !== rules.gender) {
    reasons.push({ code: "GENDER_NOT_ALLOWED", message: `性别不符：本项目仅限${genderLabels[rules.gender]}职工参加` });
  }
  if (rules.trades && !rules.trades.includes(candidate.trade.trim())) {
    const trade = candidate.trade.trim();
    reasons.push({
      code: "TRADE_NOT_ALLOWED",
      message: `工种不符：本项目仅限${rules.trades.join("、")}参加，${trade === "" ? "您尚未登记工种" : `您登记的工种是${trade}`}`,
    });
  }
  const home = rules.homeOrganization;
  if (home && !isWithinSubtree(candidate.organizationPath, home.rootPath)) {
    reasons.push({
      code: "HOME_ORGANIZATION_OUTSIDE",
      message: `所在单位不符：本项目仅限${home.name}所属单位的职工参加，您所在的${candidate.organizationName}不在其中`,
    });
  }
  if (rules.entriesPerWorker) reasons.push(...entryReasons(rules.entriesPerWorker === "ONE_PER_ACTIVITY", context));
  for (const honour of rules.excludedHonours ?? []) {
    if (candidate.honoursHeld.includes(honour.code)) {
      reasons.push({
        code: "HONOUR_ALREADY_HELD",
        message: `您已获得“${honour.name}”称号，已获得同一荣誉的不能再参评`,
      });
    }
  }
  if (rules.seriousAccidentExclusion) {
    const years = rules.seriousAccidentExclusion.withinYears ?? defaultSeriousAccidentYears;
    const reference = referenceOf(rules, "seriousAccidentExclusion");
    const recent = recentSeriousAccidents(candidate.unitSeriousAccidentDates, reference.date, years);
    if (recent.length > 0) {
      const dates = recent.map(formatChineseDate).join("、");
      const start = formatChineseDate(seriousAccidentWindowStart(reference.date, years));
      reasons.push({
        code: "UNIT_SERIOUS_SAFETY_ACCIDENT",
        message: `所在单位 ${dates} 发生过重大安全事故，在${reference.name} ${formatChineseDate(reference.date)} 前 ${years} 年内（${start}以来），按规定不能参评`,
      });
    }
  }
  return reasons;
}

function referenceOf(rules: EligibilityRules, rule: string): EligibilityReferenceDate {
  if (!rules.referenceDate) throw new RangeError(`the ${rule} rule needs a reference date`);
  return rules.referenceDate;
}

function ageReasons(
  candidate: EligibilityCandidate,
  range: EligibilityAgeRange,
  reference: EligibilityReferenceDate,
): Reason[] {
  const age = ageOn(candidate.birthDate, reference.date);
  const tooYoung = range.min !== null && age < range.min;
  const tooOld = range.max !== null && age > range.max;
  if (!tooYoung && !tooOld) return [];
  const requirement = ageRangeText(range);
  return [
    {
      code: "AGE_OUT_OF_RANGE",
      message: `年龄不符：${reference.name} ${formatChineseDate(reference.date)} 时您 ${age} 岁，本项目要求${/^\d/.test(requirement) ? " " : ""}${requirement}`,
    },
  ];
}

/** "18–45 岁", "年满 18 岁", "不超过 45 岁". */
export function ageRangeText(range: EligibilityAgeRange): string {
  if (range.min !== null && range.max !== null) return `${range.min}–${range.max} 岁`;
  if (range.min !== null) return `年满 ${range.min} 岁`;
  return `不超过 ${range.max} 岁`;
}

function entryReasons(onePerActivity: boolean, context: EligibilityContext): Reason[] {
  const live = context.existingEntries.filter(
    (entry) => isLiveRegistrationState(entry.state) && entry.registrationId !== context.registrationId,
  );
  const reasons: Reason[] = [];
  const same = live.filter((entry) => entry.categoryId === context.categoryId);
  if (same.length > 0) {
    reasons.push({
      code: "ALREADY_ENTERED_CATEGORY",
      message: `不能重复报名：您已报名${entryList(same)}`,
    });
  }
  const others = live.filter((entry) => entry.categoryId !== context.categoryId);
  if (onePerActivity && others.length > 0) {
    reasons.push({
      code: "ALREADY_ENTERED_ACTIVITY",
      message: `每人限报一个项目：您已报名${entryList(others)}，如要改报，请先撤销原报名`,
    });
  }
  return reasons;
}

function entryList(entries: readonly EligibilityEntry[]): string {
  return entries.map((entry) => `“${entry.categoryName}”（${registrationStateLabels[entry.state]}）`).join("、");
}
