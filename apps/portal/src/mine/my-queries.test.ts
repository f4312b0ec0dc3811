import { describe, expect, it } from "vitest";
import { inPlayingOrder, type MyMatch, sidesOf } from "./my-queries.ts";

const entrant = (registrationId: string, name: string) => ({ registrationId, name, unitName: "锦州石化" });

describe("a worker's match", () => {
  it("finds the opponent and the outcome from the worker's registrations", () => {
    const match = {
      entrantA: entrant("7", "李明 / 王强"),
      entrantB: entrant("9", "张伟 / 刘洋"),
      winner: entrant("9", ""),
    };
    expect(sidesOf(match, new Set(["7"]))).toEqual({
      mine: match.entrantA,
      opponent: match.entrantB,
      outcome: "lost",
    });
    expect(sidesOf(match, new Set(["9"])).outcome).toBe("won");
    expect(sidesOf({ ...match, winner: null }, new Set(["9"])).outcome).toBeNull();
  });

  it("has no opponent yet while the other side of a knockout match is undecided", () => {
    expect(sidesOf({ entrantA: null, entrantB: entrant("7", "李明"), winner: null }, new Set(["7"]))).toEqual({
      mine: entrant("7", "李明"),
      opponent: null,
      outcome: null,
    });
  });

  it("lists upcoming matches soonest first, then played ones latest first, unscheduled last", () => {
    const match = (id: string, scheduledAt: string | null, scoreText: string | null): MyMatch => ({
      id,
      roundId: "1",
      categoryName: "男双",
      stageName: "A 组",
      scheduledAt,
      court: null,
      bye: false,
      scoreText,
      entrantA: null,
      entrantB: null,
      winner: null,
    });
    const ordered = inPlayingOrder([
      match("played-early", "2015-09-26T01:00:00Z", "21:10, 21:12"),
      match("unscheduled", null, null),
      match("next-week", "2015-10-03T01:00:00Z", null),
      match("tomorrow", "2015-09-29T01:00:00Z", null),
      match("played-late", "2015-09-27T01:00:00Z", "21:19, 18:21, 21:15"),
    ]);
    expect(ordered.map((one) => one.id)).toEqual([
      "tomorrow",
      "next-week",
      "unscheduled",
      "played-late",
      "played-early",
    ]);
  });
});
