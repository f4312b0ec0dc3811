import { describe, expect, it } from "vitest";
import { entryFormProblems, entryShapeOf, lookupTerm, memberCount, type WorkerChoice } from "./member-list.ts";

const mate = (workerId: string): WorkerChoice => ({
  workerId,
  name: `队员${workerId}`,
  maskedIdNumber: "210702********1234",
  organizationName: "华辰精密工会",
});

describe("entryShapeOf", () => {
  it("tells a pair (two exactly) from a team, an individual and a project", () => {
    expect(entryShapeOf({ entrantType: "TEAM", minMembers: 2, maxMembers: 2 })).toBe("pair");
    expect(entryShapeOf({ entrantType: "TEAM", minMembers: 4, maxMembers: null })).toBe("team");
    expect(entryShapeOf({ entrantType: "INDIVIDUAL", minMembers: null, maxMembers: null })).toBe("individual");
    expect(entryShapeOf({ entrantType: "PROJECT", minMembers: 1, maxMembers: 10 })).toBe("project");
  });
});

describe("memberCount", () => {
  it("counts members against the bounds, the registrant included", () => {
    expect(memberCount(2, { min: 4, max: 6 })).toEqual({ kind: "tooFew", missing: 2 });
    expect(memberCount(5, { min: 4, max: 6 })).toEqual({ kind: "enough", roomFor: 1 });
    expect(memberCount(6, { min: 4, max: 6 })).toEqual({ kind: "full" });
    expect(memberCount(8, { min: 4, max: 6 })).toEqual({ kind: "tooMany", extra: 2 });
    expect(memberCount(40, { min: 4, max: null })).toEqual({ kind: "enough", roomFor: null });
  });
});

describe("entryFormProblems", () => {
  const base = {
    bounds: { min: 3, max: 4 },
    selfWorkerId: "1",
    partner: null,
    teamMates: [] as WorkerChoice[],
    teamName: "",
    leaderWorkerId: null,
  };

  it("asks a pair for a partner and nothing else", () => {
    expect(entryFormProblems({ ...base, shape: "pair", bounds: { min: 2, max: 2 } })).toEqual([
      { field: "partner", key: "activities.register.partnerRequired" },
    ]);
    expect(entryFormProblems({ ...base, shape: "pair", bounds: { min: 2, max: 2 }, partner: mate("2") })).toEqual([]);
  });

  it("checks a team's name, member count and leader together", () => {
    expect(entryFormProblems({ ...base, shape: "team", teamMates: [mate("2")], leaderWorkerId: "9" })).toEqual([
      { field: "name", key: "activities.register.teamNameRequired" },
      { field: "members", key: "activities.register.membersTooFew", values: { missing: 1 } },
      { field: "leader", key: "activities.register.leaderRequired" },
    ]);
    expect(
      entryFormProblems({
        ...base,
        shape: "team",
        teamName: "钳工一队",
        teamMates: [mate("2"), mate("3"), mate("4"), mate("5")],
      }),
    ).toEqual([{ field: "members", key: "activities.register.membersTooMany", values: { extra: 1 } }]);
    expect(
      entryFormProblems({
        ...base,
        shape: "team",
        teamName: "钳工一队",
        teamMates: [mate("2"), mate("3")],
        leaderWorkerId: "3",
      }),
    ).toEqual([]);
  });

  it("refuses the same worker twice, the registrant included", () => {
    const problems = entryFormProblems({ ...base, shape: "team", teamName: "队", teamMates: [mate("1"), mate("2")] });
    expect(problems).toContainEqual({ field: "members", key: "activities.register.memberRepeated" });
  });

  it("asks nothing of an individual entry", () => {
    expect(entryFormProblems({ ...base, shape: "individual" })).toEqual([]);
  });
});

describe("lookupTerm", () => {
  it("waits for two characters and trims", () => {
    expect(lookupTerm(" 王")).toBeNull();
    expect(lookupTerm(" 王秀 ")).toBe("王秀");
  });
});
