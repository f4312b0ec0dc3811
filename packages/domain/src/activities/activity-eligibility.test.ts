import { describe, expect, it } from "vitest";
import { checkEligibility, type EligibilityCandidate } from "../eligibility/index.ts";
import { activityEligibilityRules } from "./activity-eligibility.ts";
import { activityTemplate } from "./activity-templates.ts";

// A 劳模 candidate whose unit had a serious accident on 2012-05-20, nominated in 2015.
const candidate: EligibilityCandidate = {
  birthDate: "1970-03-01",
  gender: "MALE",
  unionMember: true,
  skillGrade: "GRADE_2",
  positionCategory: "FRONT_LINE",
  trade: "钳工",
  organizationPath: "/00000001/00000002/00000012/",
  organizationName: "锦州某机械厂工会",
  honoursHeld: [],
  unitSeriousAccidentDates: ["2012-05-20"],
};

describe("activityEligibilityRules", () => {
  const modelWorkers = activityTemplate("MODEL_WORKER_SELECTION");

  it("counts from the registration deadline when the rules name no date", () => {
    const rules = activityEligibilityRules(modelWorkers, "MODEL_WORKER", { registrationClosesOn: "2015-04-10" });
    expect(rules[0]?.referenceDate).toEqual({ date: "2015-04-10", name: "报名截止日" });
    expect(rules[1]?.referenceDate).toEqual({ date: "2015-04-10", name: "报名截止日" });
  });

  it("with the model-worker template: an accident 2 years 11 months before the deadline excludes", () => {
    // The three years before 2015-04-10 start on 2012-04-10; 2012-05-20 is inside them.
    const rules = activityEligibilityRules(modelWorkers, "MODEL_WORKER", { registrationClosesOn: "2015-04-10" });
    const outcome = checkEligibility(candidate, rules, { categoryId: "MODEL_WORKER", existingEntries: [] });
    expect(outcome.eligible).toBe(false);
    expect(outcome.eligible ? [] : outcome.reasons.map((reason) => reason.code)).toEqual([
      "UNIT_SERIOUS_SAFETY_ACCIDENT",
    ]);
    // A deadline of 2015-06-10 starts the window on 2012-06-10, after the accident.
    const later = activityEligibilityRules(modelWorkers, "MODEL_WORKER", { registrationClosesOn: "2015-06-10" });
    expect(checkEligibility(candidate, later, { categoryId: "MODEL_WORKER", existingEntries: [] })).toEqual({
      eligible: true,
    });
  });

  it("with the skills template: a 钳工 may not enter 车工", () => {
    const skills = activityTemplate("SKILLS_CONTEST");
    const lathe = activityEligibilityRules(skills, "LATHE", { registrationClosesOn: "2015-09-30" });
    const outcome = checkEligibility(candidate, lathe, { categoryId: "LATHE", existingEntries: [] });
    expect(outcome.eligible ? [] : outcome.reasons.map((reason) => reason.code)).toEqual(["TRADE_NOT_ALLOWED"]);
    const fitter = activityEligibilityRules(skills, "FITTER", { registrationClosesOn: "2015-09-30" });
    expect(checkEligibility(candidate, fitter, { categoryId: "FITTER", existingEntries: [] })).toEqual({
      eligible: true,
    });
  });

  it("keeps a date the organizer set, and leaves the rules as they are without a deadline", () => {
    const configuration = activityTemplate("MODEL_WORKER_SELECTION");
    configuration.eligibility = {
      ...configuration.eligibility,
      referenceDate: { date: "2015-05-01", name: "评选年度" },
    };
    const rules = activityEligibilityRules(configuration, "MODEL_WORKER", { registrationClosesOn: "2015-04-10" });
    expect(rules[0]?.referenceDate).toEqual({ date: "2015-05-01", name: "评选年度" });
    expect(activityEligibilityRules(configuration, "MODEL_WORKER", { registrationClosesOn: null })[1]).toEqual({});
  });

  it("a category the activity does not have is a programmer error", () => {
    expect(() => activityEligibilityRules(modelWorkers, "NONE", { registrationClosesOn: null })).toThrow(RangeError);
  });
});
