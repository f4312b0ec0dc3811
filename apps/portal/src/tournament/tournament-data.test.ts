import { describe, expect, it } from "vitest";
import {
  activityOfRound,
  type BracketMatch,
  bracketLayout,
  drawnEvents,
  gameByGame,
  type KnockoutRound,
  scheduleOrder,
  winningSide,
} from "./tournament-data.ts";

const side = (id: string) => ({ registrationId: id, name: `选手${id}`, unitName: "锦州港工会" });
const match = (slot: string, overrides: Partial<BracketMatch> = {}): BracketMatch => ({
  id: slot,
  slot,
  bye: false,
  scoreText: null,
  entrantA: null,
  entrantB: null,
  winner: null,
  ...overrides,
});

describe("bracketLayout", () => {
  it("gives each first-round match two rows and centres every later match between the two that feed it", () => {
    const rounds: KnockoutRound[] = [
      { round: 3, name: "决赛", matches: [match("R2-1")] },
      { round: 1, name: "1/4 决赛", matches: [match("R8-3"), match("R8-1"), match("R8-4"), match("R8-2")] },
      { round: 2, name: "半决赛", matches: [match("R4-2"), match("R4-1")] },
    ];
    const layout = bracketLayout(rounds);
    expect(layout.rows).toBe(8);
    expect(layout.columns.map((column) => column.name)).toEqual(["1/4 决赛", "半决赛", "决赛"]);
    const cells = layout.columns.map((column) =>
      column.cells.map((cell) => [cell.match.slot, cell.rowStart, cell.rowSpan]),
    );
    expect(cells).toEqual([
      [
        ["R8-1", 1, 2],
        ["R8-2", 3, 2],
        ["R8-3", 5, 2],
        ["R8-4", 7, 2],
      ],
      [
        ["R4-1", 1, 4],
        ["R4-2", 5, 4],
      ],
      [["R2-1", 1, 8]],
    ]);
  });

  it("sorts slots by number, not as text (R16-10 after R16-9)", () => {
    const matches = Array.from({ length: 10 }, (_, index) => match(`R32-${10 - index}`));
    const layout = bracketLayout([{ round: 1, name: "1/16 决赛", matches }]);
    expect(layout.columns[0]?.cells.map((cell) => cell.match.slot).slice(-2)).toEqual(["R32-9", "R32-10"]);
  });

  it("lays a lone final and an empty bracket out without gaps", () => {
    expect(bracketLayout([{ round: 1, name: "决赛", matches: [match("R2-1")] }])).toMatchObject({
      rows: 2,
      columns: [{ cells: [{ rowStart: 1, rowSpan: 2 }] }],
    });
    expect(bracketLayout([])).toEqual({ rows: 2, columns: [] });
  });
});

describe("gameByGame and winningSide", () => {
  it("lists the games from side A's view and names the winning side", () => {
    expect(
      gameByGame([
        { a: 21, b: 19 },
        { a: 18, b: 21 },
        { a: 21, b: 15 },
      ]),
    ).toEqual(["21:19", "18:21", "21:15"]);
    expect(gameByGame(null)).toBeNull();
    expect(gameByGame([])).toBeNull();
    const played = { entrantA: side("1"), entrantB: side("2") };
    expect(winningSide({ ...played, winner: { registrationId: "2" } })).toBe("B");
    expect(winningSide({ ...played, winner: { registrationId: "1" } })).toBe("A");
    expect(winningSide({ ...played, winner: null })).toBeNull();
  });
});

describe("scheduleOrder", () => {
  const at = (slot: string, stage: string, scheduledAt: string | null, court: string | null = null) => ({
    slot,
    stage,
    scheduledAt,
    court,
  });

  it("puts timed matches first by time and court, then the rest: groups, then the knockout round by round, slots in number order", () => {
    const ordered = scheduleOrder([
      at("R2-1", "KNOCKOUT", null),
      at("R4-2", "KNOCKOUT", null),
      at("R4-1", "KNOCKOUT", null),
      at("A-10", "GROUP", null),
      at("A-2", "GROUP", null),
      at("B-1", "GROUP", "2015-09-26T02:00:00.000Z", "2号场"),
      at("A-1", "GROUP", "2015-09-26T02:00:00.000Z", "1号场"),
      at("A-3", "GROUP", "2015-09-26T01:00:00.000Z", "3号场"),
    ]);
    expect(ordered.map((match) => match.slot)).toEqual(["A-3", "A-1", "B-1", "A-2", "A-10", "R4-1", "R4-2", "R2-1"]);
  });
});

describe("drawnEvents", () => {
  const events = [
    { id: "31", name: "男单" },
    { id: "32", name: "女单" },
    { id: "33", name: "混双" },
  ];

  it("keeps the events with a draw in the activity's order, and all while the draws are unknown", () => {
    expect(drawnEvents(events, ["33", "31"]).map((event) => event.name)).toEqual(["男单", "混双"]);
    expect(drawnEvents(events, [])).toEqual([]);
    expect(drawnEvents(events, undefined)).toEqual(events);
  });
});

describe("activityOfRound", () => {
  it("finds the activity whose match rounds include the round", () => {
    const activities = [
      { id: "1", name: "合唱比赛", categories: [], tournamentRounds: [] },
      {
        id: "2",
        name: "羽毛球比赛",
        categories: [{ id: "31", name: "男单" }],
        tournamentRounds: [{ id: "12", name: "比赛对阵" }],
      },
    ];
    expect(activityOfRound(activities, "12")).toEqual({ activity: activities[1], roundName: "比赛对阵" });
    expect(activityOfRound(activities, "99")).toBeNull();
  });
});
