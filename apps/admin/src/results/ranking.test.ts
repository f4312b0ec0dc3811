import { describe, expect, it } from "vitest";
import { moveEntry, rankingTables, roundScoreLines, separationReason, sharedPlaceGroups } from "./ranking.ts";
import type { ResultRow } from "./resultsApi.ts";

function row(id: number, name: string, place: number | null, extra: Partial<ResultRow> = {}): ResultRow {
  return {
    id: String(id),
    registrationId: String(100 + id),
    entrantName: name,
    organizationName: "古塔区某厂工会",
    categoryId: "1",
    categoryName: "车工",
    trackKey: "CITY",
    trackName: "市级",
    total: null,
    totalText: null,
    place,
    placeLabel: place === null ? null : `第 ${place} 名`,
    sharedPlace: false,
    explanation: "",
    award: { tierName: null, titles: [], names: [], advancesToProvincial: false },
    details: null,
    ...extra,
  };
}

describe("ranking tables", () => {
  it("puts the city track before county tracks, categories by name, places ascending and unranked last", () => {
    const tables = rankingTables([
      row(1, "甲", null),
      row(2, "乙", 2),
      row(3, "丙", 1, { trackKey: "COUNTY-JZ-GT", trackName: "县(市)区级（古塔区）" }),
      row(4, "丁", 1),
      row(5, "戊", 1, { categoryId: "2", categoryName: "钳工" }),
    ]);
    expect(tables.map((table) => [table.categoryName, table.trackKey])).toEqual([
      ["车工", "CITY"],
      ["车工", "COUNTY-JZ-GT"],
      ["钳工", "CITY"],
    ]);
    expect(tables[0]?.rows.map((r) => r.entrantName)).toEqual(["丁", "乙", "甲"]);
  });

  it("finds the groups sharing a place, not single or unranked entrants", () => {
    const rows = [
      row(1, "甲", 1),
      row(2, "乙", 2, { sharedPlace: true }),
      row(3, "丙", 2, { sharedPlace: true }),
      row(4, "丁", 4),
      row(5, "戊", null),
    ];
    expect(sharedPlaceGroups(rows).map((group) => group.map((r) => r.entrantName))).toEqual([["乙", "丙"]]);
  });

  it("names and weights each round's score from the configuration", () => {
    const details = {
      roundScores: [
        { roundKey: "theory", resultText: "80.00", weightedText: "24.00" },
        { roundKey: "practical", resultText: "90.00", weightedText: "63.00" },
        { roundKey: "extra", resultText: "1.00", weightedText: "0.50" },
      ],
    };
    const rounds = [
      { key: "theory", name: "理论考试", weight: "30" },
      { key: "practical", name: "实际操作", weight: "70" },
    ];
    expect(roundScoreLines(details, rounds)).toEqual([
      { roundKey: "theory", roundName: "理论考试", weight: "30", resultText: "80.00", weightedText: "24.00" },
      { roundKey: "practical", roundName: "实际操作", weight: "70", resultText: "90.00", weightedText: "63.00" },
      { roundKey: "extra", roundName: "extra", weight: null, resultText: "1.00", weightedText: "0.50" },
    ]);
    expect(roundScoreLines(null, rounds)).toEqual([]);
    expect(roundScoreLines({ unrankedReasons: [] }, rounds)).toEqual([]);
  });

  it("reads the organizer's separation reason", () => {
    expect(separationReason({ organizerSeparationReason: "复核工件" })).toBe("复核工件");
    expect(separationReason({ organizerSeparationReason: null })).toBeNull();
    expect(separationReason("x")).toBeNull();
  });

  it("moves an entry up or down, never out of the list", () => {
    expect(moveEntry(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveEntry(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moveEntry(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveEntry(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});
