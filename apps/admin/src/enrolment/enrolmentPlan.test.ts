import { describe, expect, it } from "vitest";
import { enrolRequests, entrantRuleOf, needsTeamName, selectionProblems } from "./enrolmentPlan.ts";

const configuration = {
  categories: [
    { categoryId: "LATHE", entrant: { type: "INDIVIDUAL", members: { min: 1, max: 1 } } },
    { categoryId: "MD", entrant: { type: "TEAM", members: { min: 2, max: 2 } } },
    { categoryId: "CHOIR", entrant: { type: "TEAM", members: { min: 20, max: null } } },
    { categoryId: "UNIT", entrant: { type: "UNIT", members: null } },
  ],
};

describe("entrantRuleOf", () => {
  it("reads the member bounds of the category from the configuration", () => {
    expect(entrantRuleOf(configuration, "LATHE", "INDIVIDUAL")).toEqual({ type: "INDIVIDUAL", min: 1, max: 1 });
    expect(entrantRuleOf(configuration, "MD", "TEAM")).toEqual({ type: "TEAM", min: 2, max: 2 });
    expect(entrantRuleOf(configuration, "CHOIR", "TEAM")).toEqual({ type: "TEAM", min: 20, max: null });
    expect(entrantRuleOf(configuration, "UNIT", "UNIT")).toEqual({ type: "UNIT", min: 0, max: 0 });
  });

  it("falls back to the category's entrant type when the configuration does not name it", () => {
    expect(entrantRuleOf({}, "X", "TEAM")).toEqual({ type: "TEAM", min: 2, max: null });
    expect(entrantRuleOf(null, "X", "INDIVIDUAL")).toEqual({ type: "INDIVIDUAL", min: 1, max: 1 });
  });
});

describe("selectionProblems and enrolRequests", () => {
  const individual = entrantRuleOf(configuration, "LATHE", "INDIVIDUAL");
  const pair = entrantRuleOf(configuration, "MD", "TEAM");
  const choir = entrantRuleOf(configuration, "CHOIR", "TEAM");

  it("makes one entry per worker in an individual category", () => {
    const selection = { workerIds: ["3", "5"], leaderWorkerId: null, teamName: "" };
    expect(selectionProblems(individual, selection)).toEqual([]);
    expect(enrolRequests(individual, selection)).toEqual([
      { workerIds: ["3"], leaderWorkerId: null, name: null },
      { workerIds: ["5"], leaderWorkerId: null, name: null },
    ]);
  });

  it("asks for a worker first", () => {
    expect(selectionProblems(individual, { workerIds: [], leaderWorkerId: null, teamName: "" })).toEqual([
      { key: "noWorker" },
    ]);
  });

  it("makes one pair entry of exactly two, without a team name, the leader defaulting to the first", () => {
    expect(needsTeamName(pair)).toBe(false);
    expect(selectionProblems(pair, { workerIds: ["3"], leaderWorkerId: null, teamName: "" })).toEqual([
      { key: "teamSizeExactly", args: { size: 2, count: 1 } },
    ]);
    const selection = { workerIds: ["3", "5"], leaderWorkerId: "9", teamName: " " };
    expect(selectionProblems(pair, selection)).toEqual([]);
    expect(enrolRequests(pair, selection)).toEqual([{ workerIds: ["3", "5"], leaderWorkerId: "3", name: null }]);
  });

  it("asks a larger team for its size and name, and keeps the chosen leader", () => {
    const small = { workerIds: ["1", "2"], leaderWorkerId: "2", teamName: "" };
    expect(selectionProblems(choir, small)).toEqual([
      { key: "teamSizeAtLeast", args: { min: 20, count: 2 } },
      { key: "teamName" },
    ]);
    expect(enrolRequests(choir, { ...small, teamName: " 华辰合唱团 " })).toEqual([
      { workerIds: ["1", "2"], leaderWorkerId: "2", name: "华辰合唱团" },
    ]);
    expect(
      selectionProblems({ type: "TEAM", min: 3, max: 5 }, { workerIds: ["1"], leaderWorkerId: null, teamName: "x" }),
    ).toEqual([{ key: "teamSizeBetween", args: { min: 3, max: 5, count: 1 } }]);
  });

  it("enters a unit by its organization, its name by default", () => {
    const unit = { type: "UNIT" as const, min: 0, max: 0 };
    const none = { workerIds: [], leaderWorkerId: null, teamName: "" };
    expect(selectionProblems(unit, none)).toEqual([{ key: "noUnit" }]);
    expect(enrolRequests(unit, none)).toEqual([]);
    const picked = { ...none, organizationId: "12" };
    expect(selectionProblems(unit, picked)).toEqual([]);
    expect(enrolRequests(unit, picked)).toEqual([
      { workerIds: [], organizationId: "12", leaderWorkerId: null, name: null },
    ]);
    expect(enrolRequests(unit, { ...picked, teamName: "数控班组" })[0]?.name).toBe("数控班组");
  });

  it("leaves projects to the workers who declare them", () => {
    const none = { workerIds: [], leaderWorkerId: null, teamName: "" };
    expect(selectionProblems({ type: "PROJECT", min: 1, max: 10 }, none)).toEqual([{ key: "projectsByWorkers" }]);
    expect(enrolRequests({ type: "PROJECT", min: 1, max: 10 }, none)).toEqual([]);
  });
});
