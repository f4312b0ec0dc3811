import { describe, expect, it } from "vitest";
import { slotOrder } from "./scheduleOrder.ts";
import type { MatchRow } from "./tournamentApi.ts";

const match = (slot: string): MatchRow => ({
  id: slot,
  slot,
  stage: slot.startsWith("R") ? "KNOCKOUT" : "GROUP",
  stageName: "",
  matchNumber: 0,
  court: null,
  scheduledAt: null,
  bye: false,
  entrantA: null,
  entrantB: null,
  winner: null,
  games: null,
  scoreText: null,
  version: 0,
});

describe("the schedule's order", () => {
  it("lists groups by name and number, then the knockout round by round", () => {
    const slots = ["R2-1", "B-2", "A-10", "R4-2", "A-2", "R8-1", "R4-1", "B-1", "A-1"];
    expect(
      slots
        .map(match)
        .sort(slotOrder)
        .map((row) => row.slot),
    ).toEqual(["A-1", "A-2", "A-10", "B-1", "B-2", "R8-1", "R4-1", "R4-2", "R2-1"]);
  });
});
