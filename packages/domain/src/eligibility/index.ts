export { ageRangeText, checkEligibility } from "./check-eligibility.ts";
export { describeEligibilityRules } from "./describe-eligibility-rules.ts";
export { eligibilityRuleParts } from "./eligibility-rule-parts.ts";
export {
  defaultSeriousAccidentYears,
  type EligibilityAgeRange,
  type EligibilityCandidate,
  type EligibilityContext,
  type EligibilityEntry,
  type EligibilityHonour,
  type EligibilityOrganization,
  type EligibilityOutcome,
  type EligibilityReferenceDate,
  type EligibilityRules,
  type EntriesPerWorker,
  eligibilityAgeBounds,
  entriesPerWorkerLabels,
  maximumSeriousAccidentYears,
  registrationDeadlineReferenceName,
} from "./eligibility-rules.ts";
export { recentSeriousAccidents, seriousAccidentWindowStart } from "./serious-accident-window.ts";
export { isSkillGradeAtLeast, skillGradesFromLowest } from "./skill-grade-order.ts";
export { cleanEligibilityRules, validateEligibilityRules } from "./validate-eligibility-rules.ts";
