import { type EligibilityRules, registrationDeadlineReferenceName } from "../eligibility/index.ts";
import type { ActivityConfiguration } from "./activity-configuration.ts";
import type { ActivitySchedule } from "./activity-schedule.ts";

/**
 * The rule sets a candidate for a category is checked against (eligibility's checkEligibility):
 * the activity's, then the category's. A rule set without its own reference date counts ages and
 * the accident window from the registration deadline (报名截止日) of the schedule.
 */
export function activityEligibilityRules(
  configuration: Pick<ActivityConfiguration, "eligibility" | "categories">,
  categoryId: string,
  schedule: Pick<ActivitySchedule, "registrationClosesOn">,
): EligibilityRules[] {
  const category = configuration.categories.find((candidate) => candidate.categoryId === categoryId);
  if (category === undefined) throw new RangeError(`no category ${categoryId} in this activity`);
  const deadline = schedule.registrationClosesOn;
  const withReferenceDate = (rules: EligibilityRules): EligibilityRules =>
    rules.referenceDate !== undefined || deadline === null
      ? rules
      : { ...rules, referenceDate: { date: deadline, name: registrationDeadlineReferenceName } };
  return [withReferenceDate(configuration.eligibility), withReferenceDate(category.eligibility)];
}
