import { activityTemplate } from "@jinzhou/domain";
import { describe, expect, it } from "vitest";
import { configurationSteps, problemCountsByStep, stepOfField } from "./wizard-steps.ts";

describe("the wizard's steps per kind", () => {
  it("asks a choir contest for its rounds and tie-breaks but not for voting rules", () => {
    expect(configurationSteps(activityTemplate("PERFORMANCE_CONTEST"))).toEqual([
      "categories",
      "eligibility",
      "rounds",
      "tieBreaks",
      "awards",
      "publicNotice",
    ]);
  });

  it("asks 最美劳动者 for its public vote", () => {
    expect(configurationSteps(activityTemplate("MOST_BEAUTIFUL_WORKER"))).toContain("voting");
  });

  it("leaves rounds and tie-breaks out of a tournament, whose bracket gives the places", () => {
    expect(configurationSteps(activityTemplate("TOURNAMENT"))).toEqual([
      "categories",
      "eligibility",
      "awards",
      "publicNotice",
    ]);
  });
});

describe("where a problem is fixed", () => {
  it("sends each configuration path to its step", () => {
    expect(stepOfField("rounds[0].maxResult")).toBe("rounds");
    expect(stepOfField("rounds")).toBe("rounds");
    expect(stepOfField("categories[1].entrant.members.min")).toBe("categories");
    expect(stepOfField("configuration.categories")).toBe("categories");
    expect(stepOfField("provincialRecommendation.quota")).toBe("awards");
    expect(stepOfField("publicNotice.workingDays")).toBe("publicNotice");
    expect(stepOfField("name")).toBe("basics");
    expect(stepOfField("certificates.numberPrefix")).toBe("other");
  });

  it("counts the problems of each step", () => {
    expect(
      problemCountsByStep([
        { field: "rounds", code: "A", message: "a" },
        { field: "rounds[0].weight", code: "B", message: "b" },
        { field: "tieBreaks", code: "C", message: "c" },
      ]),
    ).toEqual({ rounds: 2, tieBreaks: 1 });
  });
});
