import { formatChineseDate } from "../china-time.ts";
import { genderLabels, positionCategoryLabels, skillGradeLabels } from "../worker.ts";
import { ageRangeText } from "./check-eligibility.ts";
import { defaultSeriousAccidentYears, type EligibilityRules, entriesPerWorkerLabels } from "./eligibility-rules.ts";
import { seriousAccidentWindowStart } from "./serious-accident-window.ts";

/**
 * The conditions as a worker reads them on the registration page before filling anything in, one
 * line per rule, in the same order and with the same numbers as checkEligibility's reasons.
 */
export function describeEligibilityRules(rules: EligibilityRules): string[] {
  const lines: string[] = [];
  const reference = rules.referenceDate;
  const on = reference ? `${reference.name} ${formatChineseDate(reference.date)} 时` : "";
  if (rules.ageRange) {
    const range = ageRangeText(rules.ageRange);
    lines.push(`年龄：${on}${on !== "" && /^\d/.test(range) ? " " : ""}${range}`);
  }
  if (rules.unionMembershipRequired) lines.push("须为工会会员");
  if (rules.minimumSkillGrade) lines.push(`职业技能等级：${skillGradeLabels[rules.minimumSkillGrade]}及以上`);
  if (rules.allowedPositionCategories) {
    lines.push(`岗位类别：仅限${rules.allowedPositionCategories.map((c) => positionCategoryLabels[c]).join("、")}`);
  }
  if (rules.excludedPositionCategories?.length) {
    lines.push(
      `岗位类别：${rules.excludedPositionCategories.map((c) => positionCategoryLabels[c]).join("、")}不能参加`,
    );
  }
  if (rules.gender) lines.push(`性别：仅限${genderLabels[rules.gender]}职工`);
  if (rules.trades) lines.push(`工种：仅限${rules.trades.join("、")}`);
  if (rules.homeOrganization) lines.push(`所在单位：仅限${rules.homeOrganization.name}所属单位`);
  if (rules.entriesPerWorker) lines.push(entriesPerWorkerLabels[rules.entriesPerWorker]);
  for (const honour of rules.excludedHonours ?? []) lines.push(`已获得“${honour.name}”称号的不能参评`);
  if (rules.seriousAccidentExclusion) {
    const years = rules.seriousAccidentExclusion.withinYears ?? defaultSeriousAccidentYears;
    const since = reference ? `（${formatChineseDate(seriousAccidentWindowStart(reference.date, years))}以来）` : "";
    lines.push(`所在单位近 ${years} 年内${since}发生过重大安全事故的，不能参评`);
  }
  return lines;
}
