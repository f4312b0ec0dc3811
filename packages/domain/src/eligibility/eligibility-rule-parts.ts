import type { EligibilityRules } from "./eligibility-rules.ts";

/**
 * The rules one by one, each a rule set of its own (with the reference date where it counts from
 * it). Eligibility under the whole set is eligibility under every part; the admin shows each part
 * with a tick or the reason beside it.
 */
export function eligibilityRuleParts(rules: EligibilityRules): EligibilityRules[] {
  const { referenceDate, ...single } = rules;
  const dated = referenceDate ? { referenceDate } : {};
  const parts: EligibilityRules[] = [];
  for (const [key, value] of Object.entries(single) as [keyof typeof single, unknown][]) {
    if (value === undefined || value === false) continue;
    const needsDate = key === "ageRange" || key === "seriousAccidentExclusion";
    parts.push({ ...(needsDate ? dated : {}), [key]: value });
  }
  return parts;
}
