import { describe, expect, it } from "vitest";
import { bracketLayout, slotNumber } from "./bracketLayout.ts";
import type { Bracket, BracketMatch, Entrant, KnockoutLine } from "./tournamentApi.ts";

const person = (id: string, name: string): Entrant => ({ registrationId: id, name, unitName: "锦州港" });
const match = (slot: string, rest: Partial<BracketMatch> = {}): BracketMatch => ({
  id: slot,
  slot,
  bye: false,
  entrantA: null,
  entrantB: null,
  winner: null,
  scoreText: null,
  ...rest,
});
const line = (number: number, rest: Partial<KnockoutLine> = {}): KnockoutLine => ({
  line: number,
  source: null,
  seed: null,
  bye: false,
  entrant: null,
  ...rest,
});

describe("the knockout bracket on a grid", () => {
  it("reads the match number from the slot", () => {
    expect(slotNumber("R8-3")).toBe(3);
    expect(slotNumber("R2-1")).toBe(1);
    expect(slotNumber("A-1")).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("puts each match between the two it is fed by, group places waiting on their lines", () => {
    const bracket: Bracket = {
      size: 4,
      rounds: [
        // Given out of order: the layout sorts by slot.
        { round: 2, name: "决赛", matches: [match("R2-1")] },
        { round: 1, name: "半决赛", matches: [match("R4-2"), match("R4-1")] },
      ],
    };
    const lines = [
      line(1, { source: "A 组第 1 名", seed: 1 }),
      line(2, { source: "B 组第 2 名" }),
      line(3, { source: "A 组第 2 名" }),
      line(4, { source: "B 组第 1 名", seed: 2 }),
    ];
    const grid = bracketLayout(bracket, lines);
    expect(grid).toMatchObject({ columns: 2, rows: 4, roundNames: ["半决赛", "决赛"] });
    expect(grid.cells.map((cell) => [cell.match.slot, cell.column, cell.rowStart, cell.rowSpan])).toEqual([
      ["R4-1", 1, 1, 2],
      ["R4-2", 1, 3, 2],
      ["R2-1", 2, 1, 4],
    ]);
    expect(grid.cells[0]?.sideA).toEqual({ kind: "source", source: "A 组第 1 名", seed: 1 });
    expect(grid.cells[1]?.sideB).toEqual({ kind: "source", source: "B 组第 1 名", seed: 2 });
    expect(grid.cells[2]?.sideA).toEqual({ kind: "winnerOf", slot: "R4-1" });
    expect(grid.cells[2]?.sideB).toEqual({ kind: "winnerOf", slot: "R4-2" });
  });

  it("shows a bye, the seed on its line, and marks the winner", () => {
    const top = person("1", "王强");
    const x = person("2", "李明");
    const y = person("3", "赵刚");
    const bracket: Bracket = {
      size: 4,
      rounds: [
        {
          round: 1,
          name: "半决赛",
          matches: [
            match("R4-1", { bye: true, entrantA: top, winner: top }),
            match("R4-2", { entrantA: x, entrantB: y, winner: y, scoreText: "19:21, 15:21" }),
          ],
        },
        { round: 2, name: "决赛", matches: [match("R2-1", { entrantA: top, entrantB: y })] },
      ],
    };
    const lines = [
      line(1, { seed: 1, entrant: top }),
      line(2, { bye: true }),
      line(3, { entrant: x }),
      line(4, { entrant: y }),
    ];
    const [first, second, final] = bracketLayout(bracket, lines).cells;
    expect(first?.sideA).toEqual({ kind: "entrant", entrant: top, seed: 1, winner: true });
    expect(first?.sideB).toEqual({ kind: "bye" });
    expect(second?.sideA).toMatchObject({ kind: "entrant", winner: false });
    expect(second?.sideB).toMatchObject({ kind: "entrant", entrant: y, winner: true });
    expect(final?.sideA).toEqual({ kind: "entrant", entrant: top, seed: null, winner: false });
  });

  it("spans eight lines with three rounds", () => {
    const bracket: Bracket = {
      size: 8,
      rounds: [
        { round: 1, name: "1/4 决赛", matches: [1, 2, 3, 4].map((n) => match(`R8-${n}`)) },
        { round: 2, name: "半决赛", matches: [match("R4-1"), match("R4-2")] },
        { round: 3, name: "决赛", matches: [match("R2-1")] },
      ],
    };
    const grid = bracketLayout(bracket, []);
    expect(grid.cells.filter((cell) => cell.column === 2).map((cell) => [cell.rowStart, cell.rowSpan])).toEqual([
      [1, 4],
      [5, 4],
    ]);
    expect(grid.cells.find((cell) => cell.column === 3)).toMatchObject({ rowStart: 1, rowSpan: 8 });
    expect(grid.cells[0]?.sideA).toEqual({ kind: "unknown" });
  });
});
