import { describe, expect, it } from "vitest";
import { checkMatchSchedule, type ScheduledMatch } from "./match-schedule.ts";

const minute = 60_000;
const nine = Date.UTC(2015, 8, 26, 1, 0); // 09:00 China time
const time = (startsAt: number) => `${new Date(startsAt + 8 * 60 * minute).toISOString().slice(11, 16)}`;
const player = (key: string) => ({ key, name: `选手${key}` });

const booked: ScheduledMatch[] = [
  { label: "A 组第 1 场", court: "1号场", startsAt: nine, players: [player("1"), player("2")] },
  { label: "B 组第 1 场", court: "2号场", startsAt: nine, players: [player("3"), player("4")] },
  { label: "C 组第 1 场", court: null, startsAt: null, players: [player("5"), player("6")] },
];

describe("checking a match's court and time against the schedule", () => {
  it("accepts a free court with free players, and the same court half an hour later", () => {
    const match = { label: "x", court: "3号场", startsAt: nine, players: [player("5"), player("7")] };
    expect(checkMatchSchedule(match, booked, time)).toEqual([]);
    expect(checkMatchSchedule({ ...match, court: "1号场", startsAt: nine + 30 * minute }, booked, time)).toEqual([]);
  });

  it("refuses a court already taken within 30 minutes, and a player already playing, listing each", () => {
    const match = { label: "x", court: " 1号场 ", startsAt: nine + 20 * minute, players: [player("1"), player("3")] };
    expect(checkMatchSchedule(match, booked, time)).toEqual([
      {
        code: "MATCH_COURT_DOUBLE_BOOKED",
        message: "1号场 在 09:00 已安排A 组第 1 场，同一场地 30 分钟内不能安排两场比赛",
      },
      {
        code: "MATCH_PLAYER_DOUBLE_BOOKED",
        message: "选手1 在 09:00 已有比赛（A 组第 1 场），同一选手 30 分钟内不能安排两场比赛",
      },
      {
        code: "MATCH_PLAYER_DOUBLE_BOOKED",
        message: "选手3 在 09:00 已有比赛（B 组第 1 场），同一选手 30 分钟内不能安排两场比赛",
      },
    ]);
  });

  it("needs a court and a time, and a positive slot", () => {
    const match = { label: "x", court: " ", startsAt: Number.NaN, players: [] };
    expect(checkMatchSchedule(match, booked, time).map((reason) => reason.code)).toEqual([
      "MATCH_COURT_REQUIRED",
      "MATCH_TIME_REQUIRED",
    ]);
    expect(() => checkMatchSchedule({ ...match, court: "1", startsAt: nine }, [], time, 0)).toThrow(RangeError);
  });
});
