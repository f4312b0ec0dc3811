import { describe, expect, it } from "vitest";
import { compositionCandidateFacts, everyCompositionCandidateFacts } from "./composition-candidate.ts";

describe("compositionCandidateFacts", () => {
  const worker = {
    positionCategory: "FRONT_LINE" as const,
    gender: "FEMALE" as const,
    migrantWorker: true,
    skillGrade: null,
  };
  const unit = { ownership: "NON_PUBLIC" as const, grassrootsClass: "D" as const };

  it("counts a worker of 35 or younger on the reference date as young", () => {
    // Born 1979-05-01: on 2015-04-30 the 36th birthday has not come, so 35 → young.
    expect(compositionCandidateFacts({ ...worker, birthDate: "1979-05-01" }, unit, "2015-04-30")).toEqual({
      positionCategory: "FRONT_LINE",
      gender: "FEMALE",
      youngWorker: true,
      nonPublicEnterprise: true,
      migrantWorker: true,
      skillGrade: null,
      grassrootsClass: "D",
    });
    // Born 1979-04-30: 36 on 2015-04-30 → not young.
    const older = compositionCandidateFacts(
      { ...worker, birthDate: "1979-04-30" },
      { ownership: "STATE_OWNED", grassrootsClass: null },
      "2015-04-30",
    );
    expect(older.youngWorker).toBe(false);
    expect(older.nonPublicEnterprise).toBe(false);
  });
});

describe("everyCompositionCandidateFacts", () => {
  it("lists every combination once: 4 × 2 × 2 × 2 × 2 × 6 × 5 = 1920", () => {
    const all = everyCompositionCandidateFacts();
    expect(all).toHaveLength(1920);
    expect(new Set(all.map((facts) => JSON.stringify(facts))).size).toBe(1920);
  });
});
