// Worked examples for contests judged by a panel: a choir contest (trimmed mean, tie broken by the
// untrimmed mean) and the "和谐与力量" speaker selection (a tie for first place, with and without
// shared awards).
import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { type AwardScheme, awardTiersByCount, performanceContestDefaultAwardScheme } from "./award-scheme.ts";
import { cityAwardTrack } from "./award-track.ts";
import { assignAwards } from "./awards.ts";
import { type RankingEntrant, rankEntries } from "./ranking.ts";
import { performanceContestDefaultTieBreaks } from "./ranking-tie-break.ts";
import type { RoundDefinition } from "./round-definition.ts";

const d = Fraction.fromDecimal;

function team(
  entryId: number,
  name: string,
  roundKey: string,
  trimmedMean: Fraction,
  untrimmedMean: Fraction,
): RankingEntrant {
  return {
    entryId,
    name,
    organizationName: `${name}所在单位工会`,
    organizationPath: "/00000001/00000002/00000011/",
    categoryKey: "MAIN",
    roundResults: { [roundKey]: trimmedMean },
    untrimmedMeans: { [roundKey]: untrimmedMean },
  };
}

describe("choir contest: equal trimmed means, broken by the untrimmed mean", () => {
  // Criteria maxima 50 + 20 + 15 + 10 + 5 = 100; five judges, so k = 1 (drop one highest, one lowest).
  const rounds: RoundDefinition[] = [
    { key: "performance", name: "现场表演", kind: "CRITERIA_SCORING", weight: "100", maxResult: "100" },
  ];
  const entrants = [
    // judges 92.0, 90.5, 91.0, 89.5, 95.0: drop 95.0 and 89.5 → (90.5 + 91.0 + 92.0) / 3 = 273.5 / 3 = 547/6;
    // untrimmed (92.0 + 90.5 + 91.0 + 89.5 + 95.0) / 5 = 458.0 / 5 = 91.6
    team(1, "渤海装备合唱团", "performance", Fraction.of(547, 6), d("91.6")),
    // judges 91.0, 91.5, 91.0, 88.0, 92.5: drop 92.5 and 88.0 → (91.0 + 91.5 + 91.0) / 3 = 273.5 / 3 = 547/6;
    // untrimmed (91.0 + 91.5 + 91.0 + 88.0 + 92.5) / 5 = 454.0 / 5 = 90.8
    team(2, "锦州港合唱团", "performance", Fraction.of(547, 6), d("90.8")),
    // judges 85, 86, 87, 88, 89: (86 + 87 + 88) / 3 = 87; untrimmed 435 / 5 = 87
    team(3, "凌河区教师合唱团", "performance", d("87"), d("87")),
  ];
  const outcome = rankEntries({
    category: { key: "MAIN", name: "合唱" },
    track: cityAwardTrack,
    rounds,
    tieBreaks: performanceContestDefaultTieBreaks("performance"),
    entrants,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
  const ranking = outcome.value;

  it("ranks 渤海装备合唱团 first on the higher untrimmed mean (91.6 > 90.8)", () => {
    // total = 100% × 100 × (547/6) ÷ 100 = 547/6 = 91.1666… → "91.17"
    expect(ranking.ranked.map((entry) => [entry.place, entry.name, entry.totalText, entry.explanation])).toEqual([
      [1, "渤海装备合唱团", "91.17", "与 锦州港合唱团 总分相同，现场表演全体评委平均分较高，列第 1 名"],
      [2, "锦州港合唱团", "91.17", "与 渤海装备合唱团 总分相同，现场表演全体评委平均分较低，列第 2 名"],
      [3, "凌河区教师合唱团", "87.00", "总分 87.00，列第 3 名"],
    ]);
  });

  it("awards 1 first and 2 second prizes by count", () => {
    const awards = assignAwards(ranking, performanceContestDefaultAwardScheme);
    if (!awards.ok) throw new Error(JSON.stringify(awards.reasons));
    // first places 1–1, second 2–3, third 4–6 (no one there)
    expect(awards.value.awards.map((award) => [award.name, award.awardNames])).toEqual([
      ["渤海装备合唱团", ["一等奖"]],
      ["锦州港合唱团", ["二等奖"]],
      ["凌河区教师合唱团", ["二等奖"]],
    ]);
  });
});

describe("speaker selection: a tie that straddles the end of the first-prize range", () => {
  const rounds: RoundDefinition[] = [
    { key: "speech", name: "演讲", kind: "CRITERIA_SCORING", weight: "100", maxResult: "100" },
  ];
  const outcome = rankEntries({
    category: { key: "MAIN", name: "演讲" },
    track: cityAwardTrack,
    rounds,
    tieBreaks: performanceContestDefaultTieBreaks("speech"),
    entrants: [
      team(1, "刘畅", "speech", d("90.2"), d("90")),
      team(2, "孙悦", "speech", d("90.2"), d("90")), // equal on both: shared first place
      team(3, "周琳", "speech", d("88.6"), d("88.4")),
      team(4, "吴昊", "speech", d("87.1"), d("87")),
      team(5, "郑爽", "speech", d("85"), d("85.2")),
    ],
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
  const ranking = outcome.value;
  // 1 first (places 1–1), 1 second (2–2), 2 third (3–4)
  const scheme: AwardScheme = {
    tiers: awardTiersByCount([1, 1, 2]),
    championTitle: false,
    excellenceAward: false,
    sharedAwards: true,
  };

  it("places: 1, 1, 3, 4, 5", () => {
    expect(ranking.ranked.map((entry) => [entry.placeLabel, entry.name])).toEqual([
      ["并列第 1 名", "刘畅"],
      ["并列第 1 名", "孙悦"],
      ["第 3 名", "周琳"],
      ["第 4 名", "吴昊"],
      ["第 5 名", "郑爽"],
    ]);
    expect(ranking.ranked[0]?.explanation).toBe("与 孙悦 总分相同，演讲全体评委平均分也相同，并列第 1 名");
  });

  it("with shared awards, both get first prize and the skipped place 2 leaves 二等奖 unawarded", () => {
    const awards = assignAwards(ranking, scheme);
    if (!awards.ok) throw new Error(JSON.stringify(awards.reasons));
    expect(awards.value.awards.map((award) => [award.place, award.name, award.awardNames])).toEqual([
      [1, "刘畅", ["一等奖"]],
      [1, "孙悦", ["一等奖"]],
      [3, "周琳", ["三等奖"]], // second prize covers place 2 only, which nobody holds
      [4, "吴昊", ["三等奖"]],
      [5, "郑爽", []],
    ]);
  });

  it("without shared awards, blocks until the organizer separates the tie, then resolves", () => {
    const noSharing = { ...scheme, sharedAwards: false };
    const blocked = assignAwards(ranking, noSharing);
    expect(blocked).toEqual({
      ok: false,
      reasons: [
        {
          code: "AWARD_TIE_NEEDS_SEPARATION",
          message:
            "并列第 1 名的 刘畅、孙悦 占第 1–2 名，跨越一等奖（第 1–1 名）的末位，本活动不设并列奖项，须由主办部门裁定先后并记录理由后，奖项才能确定",
        },
      ],
      blockingTies: [expect.objectContaining({ place: 1, lastPlace: 2, entryIds: [1, 2], names: ["刘畅", "孙悦"] })],
    });

    const reason = "经评委会复议，孙悦的演讲内容更贴合“和谐与力量”主题";
    const resolved = assignAwards(ranking, noSharing, [{ orderedEntryIds: [2, 1], reason }]);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.reasons));
    expect(resolved.value.awards.map((award) => [award.placeLabel, award.name, award.awardNames])).toEqual([
      ["第 1 名", "孙悦", ["一等奖"]],
      ["第 2 名", "刘畅", ["二等奖"]],
      ["第 3 名", "周琳", ["三等奖"]],
      ["第 4 名", "吴昊", ["三等奖"]],
      ["第 5 名", "郑爽", []],
    ]);
    expect(resolved.value.ranking.ranked[1]?.explanation).toBe(
      `与 孙悦 总分相同，演讲全体评委平均分也相同，经主办部门裁定列第 2 名（理由：${reason}）`,
    );
  });
});
