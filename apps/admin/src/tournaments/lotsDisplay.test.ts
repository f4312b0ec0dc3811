import { describe, expect, it } from "vitest";
import { entrantNames, entryLabel, lotsView, moveSeed, parseLotNumber } from "./lotsDisplay.ts";
import type { TournamentDraw } from "./tournamentApi.ts";

const who = (id: string, name: string) => ({ registrationId: id, name, unitName: "锦州港" });

const draw = {
  seeds: [{ seed: 1, entrant: who("10", "王强") }],
  groups: [
    { name: "A", members: [who("10", "王强"), who("12", "赵刚")] },
    { name: "B", members: [who("11", "李明"), who("13", "孙亮")] },
  ],
  knockoutLines: [{ line: 1, source: "A 组第 1 名", seed: 1, bye: false, entrant: null }],
  lots: { lotNumber: 20150919, unseededOrder: [12, 11, 13, 99], seedSections: [[], [2, 1]], lineOrder: [3, 2] },
} as unknown as TournamentDraw;

describe("the lots of a draw, readable", () => {
  it("names every entrant the draw holds", () => {
    expect([...entrantNames(draw).entries()]).toEqual([
      ["10", "王强"],
      ["12", "赵刚"],
      ["11", "李明"],
      ["13", "孙亮"],
    ]);
  });

  it("turns drawn registration ids into names and keeps the line and seeding lots", () => {
    expect(lotsView(draw)).toEqual({
      unseededOrder: ["赵刚", "李明", "孙亮", "#99"],
      seedSections: [[2, 1]],
      lineOrder: [3, 2],
    });
  });

  it("names an entry by its team name or its players, leader first", () => {
    expect(
      entryLabel({
        id: "1",
        name: null,
        members: [
          { name: "乙", isLeader: false },
          { name: "甲", isLeader: true },
        ],
      }),
    ).toBe("甲 / 乙");
    expect(entryLabel({ id: "2", name: "锦州港队", members: [] })).toBe("锦州港队");
  });

  it("moves a seed up and down, never off the list", () => {
    expect(moveSeed(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveSeed(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveSeed(["a", "b"], 0, -1)).toEqual(["a", "b"]);
  });

  it("reads the lot number: blank for the computer, a whole number in range, else an error", () => {
    expect(parseLotNumber(" ")).toEqual({ ok: true, value: null });
    expect(parseLotNumber("20150926")).toEqual({ ok: true, value: 20150926 });
    expect(parseLotNumber("2147483648")).toEqual({ ok: false });
    expect(parseLotNumber("-1")).toEqual({ ok: false });
    expect(parseLotNumber("12.5")).toEqual({ ok: false });
  });
});
