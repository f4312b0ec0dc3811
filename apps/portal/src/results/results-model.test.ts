import { describe, expect, it } from "vitest";
import { interpolate } from "../i18n/define-messages.ts";
import type { MessageKey } from "../i18n/dictionary.ts";
import { resultsMessages } from "./messages.ts";
import {
  categoriesOf,
  entriesOnNotice,
  groupByYear,
  noticeStage,
  type PublishedActivity,
  placeLabel,
  type ResultRow,
  rankingOf,
  roundLabel,
  roundScoresOf,
} from "./results-model.ts";

const zh = (key: MessageKey, values?: Record<string, string | number>) =>
  interpolate((resultsMessages.zh as Record<string, string>)[key] ?? key, values);
const en = (key: MessageKey, values?: Record<string, string | number>) =>
  interpolate((resultsMessages.en as Record<string, string>)[key] ?? key, values);

const activity = (id: string, year: number, state: string): PublishedActivity => ({
  id,
  code: `JZ-${year}-${id}`,
  name: `活动${id}`,
  state,
  stateLabel: state === "FINAL" ? "已发布" : "结果公示",
  departmentName: "文化宫",
  year,
});

const result = (fields: Partial<ResultRow> & Pick<ResultRow, "id">): ResultRow => ({
  registrationId: fields.id,
  entrantName: `选手${fields.id}`,
  organizationName: "古塔区某工会",
  categoryId: "1",
  categoryName: "车工",
  trackKey: "CITY",
  trackName: "市级",
  total: null,
  totalText: null,
  place: null,
  sharedPlace: false,
  award: { names: [], advancesToProvincial: false },
  details: null,
  ...fields,
});

describe("groupByYear", () => {
  it("puts the newest year first and the activities still on notice first within a year", () => {
    const groups = groupByYear([
      activity("1", 2025, "FINAL"),
      activity("2", 2026, "FINAL"),
      activity("3", 2026, "PUBLIC_NOTICE"),
      activity("4", 2026, "FINAL"),
    ]);
    expect(groups.map((group) => [group.year, group.activities.map((row) => row.id)])).toEqual([
      [2026, ["3", "2", "4"]],
      [2025, ["1"]],
    ]);
  });

  it("is empty without activities", () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe("placeLabel", () => {
  it("says 第 N 名, 并列第 N 名 for a shared place, and 不参加排名 without a place", () => {
    expect(placeLabel({ place: 1, sharedPlace: false }, zh)).toBe("第 1 名");
    expect(placeLabel({ place: 4, sharedPlace: true }, zh)).toBe("并列第 4 名");
    expect(placeLabel({ place: null, sharedPlace: false }, zh)).toBe("不参加排名");
  });

  it("speaks English too", () => {
    expect(placeLabel({ place: 4, sharedPlace: true }, en)).toBe("Joint No. 4");
  });
});

describe("rankingOf", () => {
  it("orders by the API's place, not by the two-decimal text, and lists the unranked last", () => {
    // 87.004 and 87.001 both read 87.00; the exact value put them 2nd and 3rd.
    const rows = [
      result({ id: "a", place: null }),
      result({ id: "b", place: 3, total: "87001/1000", totalText: "87.00" }),
      result({ id: "c", place: 2, total: "87004/1000", totalText: "87.00" }),
      result({ id: "d", place: 1, total: "94.1", totalText: "94.10" }),
      result({ id: "e", place: 1, trackKey: "COUNTY-JZ-GT" }),
      result({ id: "f", place: 1, categoryId: "2" }),
    ];
    const ranking = rankingOf(rows, "1", "CITY");
    expect(ranking.map((row) => row.id)).toEqual(["d", "c", "b", "a"]);
    expect(ranking.map((row) => placeLabel(row, zh))).toEqual(["第 1 名", "第 2 名", "第 3 名", "不参加排名"]);
    expect(ranking.map((row) => row.totalText)).toEqual(["94.10", "87.00", "87.00", null]);
  });

  it("keeps a shared place together, by name", () => {
    const rows = [
      result({ id: "x", place: 4, sharedPlace: true, entrantName: "戊" }),
      result({ id: "y", place: 4, sharedPlace: true, entrantName: "丁" }),
      result({ id: "z", place: 6, entrantName: "己" }),
    ];
    expect(rankingOf(rows, "1", "CITY").map((row) => [row.entrantName, placeLabel(row, zh)])).toEqual([
      ["丁", "并列第 4 名"],
      ["戊", "并列第 4 名"],
      ["己", "第 6 名"],
    ]);
  });
});

describe("categoriesOf", () => {
  it("lists each category once with its tracks, 市级 first", () => {
    const rows = [
      result({
        id: "1",
        categoryId: "2",
        categoryName: "钳工",
        trackKey: "COUNTY-JZ-GT",
        trackName: "县(市)区级（古塔区）",
      }),
      result({ id: "2", categoryId: "2", categoryName: "钳工" }),
      result({ id: "3", categoryId: "1", categoryName: "车工" }),
      result({ id: "4", categoryId: "2", categoryName: "钳工" }),
    ];
    expect(categoriesOf(rows)).toEqual([
      { id: "1", name: "车工", tracks: [{ key: "CITY", name: "市级" }] },
      {
        id: "2",
        name: "钳工",
        tracks: [
          { key: "CITY", name: "市级" },
          { key: "COUNTY-JZ-GT", name: "县(市)区级（古塔区）" },
        ],
      },
    ]);
  });
});

describe("entriesOnNotice", () => {
  it("lists an entrant ranked on two tracks once", () => {
    const rows = [
      result({ id: "1", registrationId: "7", entrantName: "甲" }),
      result({ id: "2", registrationId: "7", entrantName: "甲", trackKey: "COUNTY-JZ-GT" }),
      result({ id: "3", registrationId: "8", entrantName: "乙" }),
    ];
    expect(entriesOnNotice(rows).map((entry) => [entry.registrationId, entry.entrantName])).toEqual([
      ["7", "甲"],
      ["8", "乙"],
    ]);
  });
});

describe("roundScoresOf and roundLabel", () => {
  it("reads each round's score from the details, named as people call them", () => {
    const details = {
      roundScores: [
        { roundKey: "theory", result: "92", resultText: "92.00" },
        { roundKey: "practical", result: "95", resultText: "95.00" },
        { roundKey: "extra", result: "1" },
      ],
    };
    const scores = roundScoresOf(details);
    expect(scores).toEqual([
      { roundKey: "theory", text: "92.00" },
      { roundKey: "practical", text: "95.00" },
    ]);
    expect(scores.map((score, index) => roundLabel(score.roundKey, index, zh))).toEqual(["理论成绩", "实操成绩"]);
    expect(roundLabel("presentation", 2, zh)).toBe("第 3 轮");
  });

  it("finds nothing in details without round scores", () => {
    expect(roundScoresOf(null)).toEqual([]);
    expect(roundScoresOf({ unrankedReasons: [] })).toEqual([]);
    expect(roundScoresOf({ roundScores: "x" })).toEqual([]);
  });
});

describe("noticeStage", () => {
  const notice = { current: true, endDate: "2026-11-27" };
  it("is open through the end date, ended after it, final once published", () => {
    expect(noticeStage({ state: "PUBLIC_NOTICE" }, notice, "2026-11-27")).toBe("OPEN");
    expect(noticeStage({ state: "PUBLIC_NOTICE" }, notice, "2026-11-28")).toBe("ENDED");
    expect(noticeStage({ state: "FINAL" }, notice, "2026-11-28")).toBe("FINAL");
  });

  it("shows no notice when it was withdrawn or the activity is not public", () => {
    expect(noticeStage({ state: "PUBLIC_NOTICE" }, { ...notice, current: false }, "2026-11-20")).toBe("NONE");
    expect(noticeStage({ state: "PUBLIC_NOTICE" }, null, "2026-11-20")).toBe("NONE");
    expect(noticeStage(undefined, notice, "2026-11-20")).toBe("NONE");
  });
});
