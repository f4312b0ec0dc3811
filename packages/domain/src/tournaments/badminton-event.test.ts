import { describe, expect, it } from "vitest";
import {
  badmintonEventLabels,
  badmintonEvents,
  checkBadmintonEntryPlayers,
  isBadmintonEvent,
  isDoublesEvent,
  playersPerBadmintonEntry,
} from "./badminton-event.ts";

describe("badminton events", () => {
  it("are the five events of the tournament, labelled as users know them", () => {
    expect(badmintonEvents.map((event) => badmintonEventLabels[event])).toEqual([
      "男单",
      "女单",
      "男双",
      "女双",
      "混双",
    ]);
    expect(isBadmintonEvent("MIXED_DOUBLES")).toBe(true);
    expect(isBadmintonEvent("TEAM")).toBe(false);
    expect(playersPerBadmintonEntry("WOMENS_SINGLES")).toBe(1);
    expect(isDoublesEvent("MENS_DOUBLES")).toBe(true);
    expect(isDoublesEvent("MENS_SINGLES")).toBe(false);
  });

  it("accepts entries whose players fit the event, in any order", () => {
    expect(checkBadmintonEntryPlayers("MENS_SINGLES", ["MALE"])).toEqual([]);
    expect(checkBadmintonEntryPlayers("WOMENS_DOUBLES", ["FEMALE", "FEMALE"])).toEqual([]);
    expect(checkBadmintonEntryPlayers("MIXED_DOUBLES", ["FEMALE", "MALE"])).toEqual([]);
  });

  it("refuses the wrong gender or number of players with the event's requirement", () => {
    expect(checkBadmintonEntryPlayers("MIXED_DOUBLES", ["MALE", "MALE"])).toEqual([
      { code: "BADMINTON_ENTRY_GENDER", message: "混双报名须为 1 名男选手和 1 名女选手" },
    ]);
    expect(checkBadmintonEntryPlayers("WOMENS_SINGLES", ["MALE"])[0]?.code).toBe("BADMINTON_ENTRY_GENDER");
    expect(checkBadmintonEntryPlayers("MENS_DOUBLES", ["MALE"])).toEqual([
      { code: "BADMINTON_ENTRY_PLAYER_COUNT", message: "男双报名须为 2 名男选手" },
    ]);
  });
});
