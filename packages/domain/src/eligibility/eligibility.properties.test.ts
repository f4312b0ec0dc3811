import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Reason } from "../errors.ts";
import { registrationStates } from "../places/registration-state.ts";
import type { PositionCategory, SkillGrade } from "../worker.ts";
import { checkEligibility } from "./check-eligibility.ts";
import { eligibilityRuleParts } from "./eligibility-rule-parts.ts";
import type { EligibilityCandidate, EligibilityContext, EligibilityRules } from "./eligibility-rules.ts";
import { validateEligibilityRules } from "./validate-eligibility-rules.ts";

const positionCategories: PositionCategory[] = ["FRONT_LINE", "TECHNICAL", "MANAGER", "ENTERPRISE_HEAD"];
const skillGrades: SkillGrade[] = ["GRADE_5", "GRADE_4", "GRADE_3", "GRADE_2", "GRADE_1"];
const paths = ["/00000001/00000006/00000037/", "/00000001/00000002/00000011/", "/00000001/00000040/"];
const trades = ["焊工", "电工", "钳工"];

const calendarDate = (from: string, to: string) =>
  fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

const candidateArbitrary: fc.Arbitrary<EligibilityCandidate> = fc.record({
  birthDate: calendarDate("1955-01-01", "2000-12-31"),
  gender: fc.constantFrom("MALE" as const, "FEMALE" as const),
  unionMember: fc.boolean(),
  skillGrade: fc.option(fc.constantFrom(...skillGrades)),
  positionCategory: fc.constantFrom(...positionCategories),
  trade: fc.constantFrom(...trades, ""),
  organizationPath: fc.constantFrom(...paths),
  organizationName: fc.constant("某基层工会"),
  honoursHeld: fc.subarray(["CITY_MODEL_WORKER", "MBW", "PIONEER"]),
  unitSeriousAccidentDates: fc.array(calendarDate("2005-01-01", "2016-12-31"), { maxLength: 3 }),
});

const rulesArbitrary: fc.Arbitrary<EligibilityRules> = fc
  .record(
    {
      referenceDate: fc.record({ date: calendarDate("2014-01-01", "2016-12-31"), name: fc.constant("报名截止日") }),
      ageRange: fc
        .tuple(fc.option(fc.integer({ min: 16, max: 70 })), fc.option(fc.integer({ min: 16, max: 70 })))
        .filter(([min, max]) => (min !== null || max !== null) && (min === null || max === null || min <= max))
        .map(([min, max]) => ({ min, max })),
      unionMembershipRequired: fc.boolean(),
      minimumSkillGrade: fc.constantFrom(...skillGrades),
      allowedPositionCategories: fc.subarray(positionCategories, { minLength: 1 }),
      excludedPositionCategories: fc.subarray(positionCategories, { maxLength: 3 }),
      gender: fc.constantFrom("MALE" as const, "FEMALE" as const),
      trades: fc.subarray(trades, { minLength: 1 }),
      homeOrganization: fc.constantFrom(
        { rootPath: "/00000001/00000006/", name: "凌海市总工会" },
        { rootPath: "/00000001/", name: "市总工会" },
      ),
      entriesPerWorker: fc.constantFrom("ONE_PER_ACTIVITY" as const, "ONE_PER_CATEGORY" as const),
      excludedHonours: fc.subarray([
        { code: "CITY_MODEL_WORKER", name: "市劳动模范" },
        { code: "MBW", name: "最美劳动者" },
      ]),
      seriousAccidentExclusion: fc.record({ withinYears: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  )
  // A few rules at a time, so that eligible candidates are common too.
  .chain((rules) =>
    fc
      .subarray(Object.keys(rules) as (keyof EligibilityRules)[], { maxLength: 4 })
      .map((keys): EligibilityRules => Object.fromEntries(keys.map((key) => [key, rules[key]]))),
  )
  .map((rules) =>
    rules.ageRange || rules.seriousAccidentExclusion ? { referenceDate: dateOf(rules), ...rules } : rules,
  )
  .filter((rules) => validateEligibilityRules(rules).length === 0);

function dateOf(rules: EligibilityRules) {
  return rules.referenceDate ?? { date: "2015-09-30", name: "报名截止日" };
}

const contextArbitrary: fc.Arbitrary<EligibilityContext> = fc.record({
  categoryId: fc.constantFrom("MS", "WS"),
  registrationId: fc.option(fc.integer({ min: 1, max: 4 })),
  existingEntries: fc.array(
    fc.record({
      registrationId: fc.integer({ min: 1, max: 4 }),
      categoryId: fc.constantFrom("MS", "WS", "XD"),
      categoryName: fc.constant("某项目"),
      state: fc.constantFrom(...registrationStates),
    }),
    { maxLength: 3 },
  ),
});

function reasonsOf(outcome: ReturnType<typeof checkEligibility>): Reason[] {
  return outcome.eligible ? [] : outcome.reasons;
}

const keyOf = (reason: Reason) => `${reason.code}|${reason.message}`;

describe("eligibility is the conjunction of its parts", () => {
  it("is eligible exactly when every rule alone is, and refuses with exactly the parts' reasons", () => {
    fc.assert(
      fc.property(candidateArbitrary, rulesArbitrary, contextArbitrary, (candidate, rules, context) => {
        const whole = checkEligibility(candidate, rules, context);
        const parts = eligibilityRuleParts(rules).map((part) => checkEligibility(candidate, part, context));
        expect(whole.eligible).toBe(parts.every((part) => part.eligible));
        for (const part of parts) if (!part.eligible) expect(whole.eligible).toBe(false);
        const fromParts = new Set(parts.flatMap(reasonsOf).map(keyOf));
        expect(new Set(reasonsOf(whole).map(keyOf))).toEqual(fromParts);
      }),
    );
  });

  it("an eligible answer carries no reasons; a refusal carries at least one, in Chinese with a stable code", () => {
    fc.assert(
      fc.property(candidateArbitrary, rulesArbitrary, contextArbitrary, (candidate, rules, context) => {
        const outcome = checkEligibility(candidate, rules, context);
        if (outcome.eligible) {
          expect(Object.keys(outcome)).toEqual(["eligible"]);
          return;
        }
        expect(outcome.reasons.length).toBeGreaterThan(0);
        for (const reason of outcome.reasons) {
          expect(reason.code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
          expect(reason.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
    );
  });

  it("composes rule sets as a conjunction: adding a set never admits anyone it refuses", () => {
    fc.assert(
      fc.property(
        candidateArbitrary,
        rulesArbitrary,
        rulesArbitrary,
        contextArbitrary,
        (candidate, first, second, context) => {
          const both = checkEligibility(candidate, [first, second], context);
          const alone = [checkEligibility(candidate, first, context), checkEligibility(candidate, second, context)];
          expect(both.eligible).toBe(alone.every((outcome) => outcome.eligible));
          const expected = [...new Set(alone.flatMap(reasonsOf).map(keyOf))];
          expect(reasonsOf(both).map(keyOf)).toEqual(expected);
        },
      ),
    );
  });
});
