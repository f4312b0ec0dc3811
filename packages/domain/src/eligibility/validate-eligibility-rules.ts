import { isCalendarDate } from "../china-time.ts";
import type { FieldError } from "../errors.ts";
import type { Gender } from "../id-number.ts";
import { type PositionCategory, positionCategoryLabels, skillGradeLabels } from "../worker.ts";
import {
  type EligibilityHonour,
  type EligibilityRules,
  eligibilityAgeBounds,
  entriesPerWorkerLabels,
  maximumSeriousAccidentYears,
} from "./eligibility-rules.ts";

const positionCategories = Object.keys(positionCategoryLabels) as PositionCategory[];
const genders: readonly Gender[] = ["MALE", "FEMALE"];

/**
 * Checks the rules an organizer set and reports every problem at once: bounds out of order, a rule
 * that would let nobody in, a date missing where a rule counts from it. Store what
 * cleanEligibilityRules makes of them (trimmed text, no repeated list items).
 */
export function validateEligibilityRules(rules: EligibilityRules): FieldError[] {
  return checkedEligibilityRules(rules).errors;
}

/** The rules with trimmed text and repeated list items removed; meaningful once they validate. */
export function cleanEligibilityRules(rules: EligibilityRules): EligibilityRules {
  return checkedEligibilityRules(rules).cleaned;
}

function checkedEligibilityRules(rules: EligibilityRules): { errors: FieldError[]; cleaned: EligibilityRules } {
  const errors: FieldError[] = [];
  const cleaned: EligibilityRules = { ...rules };

  const reference = rules.referenceDate;
  if (reference) {
    if (!isCalendarDate(reference.date)) {
      errors.push({
        field: "referenceDate.date",
        code: "REFERENCE_DATE_INVALID",
        message: `计算日期“${reference.date}”不是有效日期`,
      });
    }
    const name = reference.name.trim();
    if (name === "") {
      errors.push({ field: "referenceDate.name", code: "REQUIRED", message: "请填写计算日期的名称，如“报名截止日”" });
    }
    cleaned.referenceDate = { date: reference.date, name };
  } else if (rules.ageRange || rules.seriousAccidentExclusion) {
    errors.push({
      field: "referenceDate",
      code: "REFERENCE_DATE_REQUIRED",
      message: "设置了年龄范围或安全事故限制，须指定按哪一天计算（如报名截止日）",
    });
  }

  if (rules.ageRange) errors.push(...ageRangeErrors(rules.ageRange.min, rules.ageRange.max));

  if (rules.minimumSkillGrade !== undefined && !(rules.minimumSkillGrade in skillGradeLabels)) {
    errors.push({ field: "minimumSkillGrade", code: "UNKNOWN_VALUE", message: "请从列表中选择职业技能等级" });
  }

  const allowed = rules.allowedPositionCategories;
  const excluded = rules.excludedPositionCategories;
  if (allowed && excluded) {
    errors.push({
      field: "excludedPositionCategories",
      code: "POSITION_CATEGORY_RULES_BOTH",
      message: "岗位类别请在“仅限”和“不接受”中选一种方式设置",
    });
  }
  if (allowed) {
    if (allowed.length === 0) {
      errors.push({
        field: "allowedPositionCategories",
        code: "POSITION_CATEGORY_NONE_ALLOWED",
        message: "“仅限”的岗位类别至少选择一项",
      });
    }
    if (allowed.some((category) => !positionCategories.includes(category))) {
      errors.push({ field: "allowedPositionCategories", code: "UNKNOWN_VALUE", message: "请从列表中选择岗位类别" });
    }
    cleaned.allowedPositionCategories = [...new Set(allowed)];
  }
  if (excluded) {
    if (excluded.some((category) => !positionCategories.includes(category))) {
      errors.push({ field: "excludedPositionCategories", code: "UNKNOWN_VALUE", message: "请从列表中选择岗位类别" });
    }
    if (positionCategories.every((category) => excluded.includes(category))) {
      errors.push({
        field: "excludedPositionCategories",
        code: "POSITION_CATEGORY_ALL_EXCLUDED",
        message: "不能把所有岗位类别都设为不接受，否则无人可以报名",
      });
    }
    cleaned.excludedPositionCategories = [...new Set(excluded)];
  }

  if (rules.gender !== undefined && !genders.includes(rules.gender)) {
    errors.push({ field: "gender", code: "UNKNOWN_VALUE", message: "请选择男或女" });
  }

  if (rules.trades) {
    const trades = rules.trades.map((trade) => trade.trim());
    if (trades.length === 0) {
      errors.push({ field: "trades", code: "TRADES_EMPTY", message: "限定工种时至少填写一个工种" });
    }
    if (trades.some((trade) => trade === "")) {
      errors.push({ field: "trades", code: "REQUIRED", message: "工种名称不能为空" });
    }
    cleaned.trades = [...new Set(trades)];
  }

  const home = rules.homeOrganization;
  if (home) {
    if (!/^(\/\d{8})+\/$/.test(home.rootPath)) {
      errors.push({
        field: "homeOrganization.rootPath",
        code: "ORGANIZATION_PATH_FORMAT",
        message: "请从组织列表中选择限定的上级工会",
      });
    }
    const name = home.name.trim();
    if (name === "")
      errors.push({ field: "homeOrganization.name", code: "REQUIRED", message: "请填写限定的上级工会名称" });
    cleaned.homeOrganization = { rootPath: home.rootPath, name };
  }

  if (rules.entriesPerWorker !== undefined && !(rules.entriesPerWorker in entriesPerWorkerLabels)) {
    errors.push({ field: "entriesPerWorker", code: "UNKNOWN_VALUE", message: "请选择每人限报的方式" });
  }

  if (rules.excludedHonours) {
    const { honours, honourErrors } = cleanHonours(rules.excludedHonours);
    errors.push(...honourErrors);
    cleaned.excludedHonours = honours;
  }

  const years = rules.seriousAccidentExclusion?.withinYears;
  if (years !== undefined && (!Number.isInteger(years) || years < 1 || years > maximumSeriousAccidentYears)) {
    errors.push({
      field: "seriousAccidentExclusion.withinYears",
      code: "ACCIDENT_YEARS_RANGE",
      message: `安全事故的追溯年限应为 1–${maximumSeriousAccidentYears} 的整数`,
    });
  }

  return { errors, cleaned };
}

function ageRangeErrors(min: number | null, max: number | null): FieldError[] {
  const errors: FieldError[] = [];
  if (min === null && max === null) {
    errors.push({ field: "ageRange", code: "AGE_RANGE_EMPTY", message: "年龄范围至少填写下限或上限之一" });
  }
  const bounds: [string, string, number | null][] = [
    ["ageRange.min", "下限", min],
    ["ageRange.max", "上限", max],
  ];
  for (const [field, name, value] of bounds) {
    if (
      value !== null &&
      (!Number.isInteger(value) || value < eligibilityAgeBounds.min || value > eligibilityAgeBounds.max)
    ) {
      errors.push({
        field,
        code: "AGE_BOUND_RANGE",
        message: `年龄${name}应为 ${eligibilityAgeBounds.min}–${eligibilityAgeBounds.max} 的整数`,
      });
    }
  }
  if (min !== null && max !== null && min > max) {
    errors.push({
      field: "ageRange.max",
      code: "AGE_RANGE_INVERTED",
      message: `年龄下限（${min} 岁）不能大于上限（${max} 岁）`,
    });
  }
  return errors;
}

function cleanHonours(honours: readonly EligibilityHonour[]): {
  honours: EligibilityHonour[];
  honourErrors: FieldError[];
} {
  const honourErrors: FieldError[] = [];
  const seen = new Set<string>();
  const cleaned: EligibilityHonour[] = [];
  honours.forEach((honour, index) => {
    const code = honour.code.trim();
    const name = honour.name.trim();
    if (code === "" || name === "") {
      honourErrors.push({ field: `excludedHonours.${index}`, code: "REQUIRED", message: "请选择荣誉称号" });
    } else if (seen.has(code)) {
      honourErrors.push({
        field: `excludedHonours.${index}`,
        code: "HONOUR_DUPLICATE",
        message: `荣誉称号“${name}”重复了`,
      });
    } else {
      cleaned.push({ code, name });
    }
    seen.add(code);
  });
  return { honours: cleaned, honourErrors };
}
