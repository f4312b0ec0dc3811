// The worked example the organizers of the 2nd "状元杯" contest can follow by hand: 8 ranked
// entrants in 车工 from three counties, theory 30% + practical 70%, city- and county-level tracks.
import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { skillsContestDefaultAwardScheme } from "./award-scheme.ts";
import { type AwardTrack, cityAwardTrack, countyAwardTrack } from "./award-track.ts";
import { type AwardResult, assignAwards } from "./awards.ts";
import { recommendForProvincialContest } from "./provincial-recommendation.ts";
import { type CategoryRanking, type RankingEntrant, rankEntries } from "./ranking.ts";
import { skillsContestDefaultTieBreaks } from "./ranking-tie-break.ts";
import { skillsContestDefaultRounds } from "./round-definition.ts";

const d = Fraction.fromDecimal;

const guta = { code: "GTQ", name: "古塔区", path: "/00000001/00000002/" };
const linghe = { code: "LHQ", name: "凌河区", path: "/00000001/00000003/" };
const taihe = { code: "THQ", name: "太和区", path: "/00000001/00000004/" };

const lathe = { key: "LATHE", name: "车工" };

function entrant(
  entryId: number,
  name: string,
  organizationName: string,
  organizationPath: string,
  theory: Fraction | undefined,
  practical: Fraction | undefined,
): RankingEntrant {
  const roundResults: Record<string, Fraction> = {};
  if (theory) roundResults.theory = theory;
  if (practical) roundResults.practical = practical;
  return { entryId, name, organizationName, organizationPath, categoryKey: lathe.key, roundResults };
}

// Total = 30% × theory + 70% × practical (both rounds out of 100, so normalizing changes nothing).
const latheEntrants: RankingEntrant[] = [
  // 0.3 × 92 + 0.7 × 95 = 27.6 + 66.5 = 94.1
  entrant(1, "张伟", "锦州机床厂工会", `${guta.path}00000011/`, d("92"), d("95")),
  // 0.3 × 80 + 0.7 × 90 = 24 + 63 = 87
  entrant(2, "王芳", "凌河汽车配件厂工会", `${linghe.path}00000021/`, d("80"), d("90")),
  // 0.3 × 94 + 0.7 × 84 = 28.2 + 58.8 = 87 — equal to 王芳; practical 84 < 90
  entrant(3, "李强", "古塔轴承厂工会", `${guta.path}00000012/`, d("94"), d("84")),
  // 0.3 × 85 + 0.7 × 85 = 25.5 + 59.5 = 85
  entrant(4, "刘洋", "太和农机厂工会", `${taihe.path}00000031/`, d("85"), d("85")),
  // identical to 刘洋 in every round: total, practical and theory all equal — a shared place
  entrant(5, "陈静", "凌河汽车配件厂工会", `${linghe.path}00000021/`, d("85"), d("85")),
  // practical = three judges' trimmed mean (85.2 + 85.3 + 85.5) / 3 = 256 / 3 = 85.333…
  // 0.3 × 78 + 0.7 × 256/3 = 23.4 + 179.2/3 = 23.4 + 59.7333… = 83.1333… → shown "83.13"
  entrant(6, "杨磊", "锦州机床厂工会", `${guta.path}00000011/`, d("78"), Fraction.of(256, 3)),
  // 0.3 × 79 + 0.7 × 84.9 = 23.7 + 59.43 = 83.13 → also shown "83.13", but exactly less than 杨磊
  entrant(7, "赵敏", "太和农机厂工会", `${taihe.path}00000031/`, d("79"), d("84.9")),
  // 0.3 × 70 + 0.7 × 75 = 21 + 52.5 = 73.5
  entrant(8, "黄涛", "古塔轴承厂工会", `${guta.path}00000012/`, d("70"), d("75")),
  // sat the theory exam, absent from the practical: not ranked
  entrant(9, "孙丽", "凌河汽车配件厂工会", `${linghe.path}00000021/`, d("88"), undefined),
];

function rankLathe(track: AwardTrack): CategoryRanking {
  const outcome = rankEntries({
    category: lathe,
    track,
    rounds: skillsContestDefaultRounds,
    tieBreaks: skillsContestDefaultTieBreaks,
    entrants: latheEntrants,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
  return outcome.value;
}

function table(ranking: CategoryRanking) {
  return ranking.ranked.map((entry) => [entry.place, entry.placeLabel, entry.name, entry.totalText]);
}

function awardsTable(result: AwardResult) {
  return result.awards.map((award) => [award.place, award.name, award.awardNames]);
}

describe("车工, city-level track (everyone in the category)", () => {
  const ranking = rankLathe(cityAwardTrack);

  it("ranks on exact totals with the default tie-breaks: practical, then theory, then a shared place", () => {
    expect(table(ranking)).toEqual([
      [1, "第 1 名", "张伟", "94.10"],
      [2, "第 2 名", "王芳", "87.00"],
      [3, "第 3 名", "李强", "87.00"],
      [4, "并列第 4 名", "刘洋", "85.00"],
      [4, "并列第 4 名", "陈静", "85.00"],
      [6, "第 6 名", "杨磊", "83.13"], // place 5 is skipped by the shared 4th place
      [7, "第 7 名", "赵敏", "83.13"],
      [8, "第 8 名", "黄涛", "73.50"],
    ]);
    // 23.4 + 179.2/3 = (70.2 + 179.2)/3 = 249.4/3 = 1247/15 = 83.1333…
    expect(ranking.ranked[5]?.total).toEqual(Fraction.of(1247, 15));
    expect(ranking.ranked[6]?.total).toEqual(d("83.13"));
  });

  it("explains every place in words the public can check", () => {
    expect(ranking.ranked.map((entry) => entry.explanation)).toEqual([
      "总分 94.10，列第 1 名",
      "与 李强 总分相同，实操成绩较高，列第 2 名",
      "与 王芳 总分相同，实操成绩较低，列第 3 名",
      "与 陈静 总分相同，实操成绩也相同，理论成绩也相同，并列第 4 名",
      "与 刘洋 总分相同，实操成绩也相同，理论成绩也相同，并列第 4 名",
      "与 赵敏 总分四舍五入后同为 83.13，未四舍五入的总分较高，列第 6 名",
      "与 杨磊 总分四舍五入后同为 83.13，未四舍五入的总分较低，列第 7 名",
      "总分 73.50，列第 8 名",
    ]);
  });

  it("keeps each round's normalized and weighted parts for the results table", () => {
    const liQiang = ranking.ranked[2];
    expect(
      liQiang?.roundScores.map((score) => [score.roundKey, score.normalized.toFixed(2), score.weighted.toFixed(2)]),
    ).toEqual([
      ["theory", "94.00", "28.20"],
      ["practical", "84.00", "58.80"],
    ]);
  });

  it("leaves the entrant without a practical result unranked, with the reason, and out of N", () => {
    expect(ranking.ranked).toHaveLength(8);
    expect(ranking.unranked).toEqual([
      {
        entryId: 9,
        name: "孙丽",
        organizationName: "凌河汽车配件厂工会",
        reasons: [{ code: "ROUND_RESULT_MISSING", message: "缺少实操成绩，不参加排名" }],
      },
    ]);
    expect(ranking.warnings).toEqual([]);
  });

  it("awards by share of N = 8: first 10%, second 20%, third 30%, 状元 for first place", () => {
    const outcome = assignAwards(ranking, skillsContestDefaultAwardScheme);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
    // first:  8 × 10% = 0.8 → rounded down 0 → at least 1 → places 1–1
    // second: 8 × 20% = 1.6 → 1 → places 2–2
    // third:  8 × 30% = 2.4 → 2 → places 3–4
    expect(
      outcome.value.ranges.tiers.map((range) => [range.name, range.firstPlace, range.lastPlace, range.basis]),
    ).toEqual([
      ["一等奖", 1, 1, "8 人 × 10% = 0.8，向下取整为 0，至少 1 名，共 1 名"],
      ["二等奖", 2, 2, "8 人 × 20% = 1.6，向下取整为 1 名"],
      ["三等奖", 3, 4, "8 人 × 30% = 2.4，向下取整为 2 名"],
    ]);
    // 刘洋 and 陈静 share place 4, inside 三等奖's range 3–4: both get 三等奖 (three entries in a
    // two-place range, because a tie shares), and place 5, which their tie skips, is nobody's.
    expect(awardsTable(outcome.value)).toEqual([
      [1, "张伟", ["一等奖", "状元"]],
      [2, "王芳", ["二等奖"]],
      [3, "李强", ["三等奖"]],
      [4, "刘洋", ["三等奖"]],
      [4, "陈静", ["三等奖"]],
      [6, "杨磊", []],
      [7, "赵敏", []],
      [8, "黄涛", []],
    ]);
    // Top half: place ≤ 8 ÷ 2 = 4, and the tiers already reach place 4: no room for 优胜奖 even
    // when the activity offers it.
    const withExcellence = assignAwards(ranking, { ...skillsContestDefaultAwardScheme, excellenceAward: true });
    expect(withExcellence.ok && withExcellence.value.ranges.excellence).toBe(null);
  });

  it("gives 优胜奖 to the later places of the top half when the tiers are smaller", () => {
    const scheme = {
      ...skillsContestDefaultAwardScheme,
      tiers: skillsContestDefaultAwardScheme.tiers.map((tier) => ({
        ...tier,
        size: { by: "SHARE" as const, percent: "10" },
      })),
      excellenceAward: true,
    };
    const outcome = assignAwards(ranking, scheme);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
    // each tier: 8 × 10% = 0.8 → at least 1 → 一等奖 1, 二等奖 2, 三等奖 3;
    // 优胜奖: places after 3 up to 8 ÷ 2 = 4, i.e. place 4 — both entries sharing it.
    expect(outcome.value.ranges.excellence).toMatchObject({ firstPlace: 4, lastPlace: 4 });
    expect(awardsTable(outcome.value).slice(2, 6)).toEqual([
      [3, "李强", ["三等奖"]],
      [4, "刘洋", ["优胜奖"]],
      [4, "陈静", ["优胜奖"]],
      [6, "杨磊", []],
    ]);
  });

  it("without shared awards, blocks the tie at place 4 until the organizer separates it", () => {
    const scheme = { ...skillsContestDefaultAwardScheme, sharedAwards: false };
    const blocked = assignAwards(ranking, scheme);
    expect(blocked.ok).toBe(false);
    if (blocked.ok) return;
    // The tie occupies places 4–5 and 三等奖 ends at place 4.
    expect(blocked.reasons).toEqual([
      {
        code: "AWARD_TIE_NEEDS_SEPARATION",
        message:
          "并列第 4 名的 刘洋、陈静 占第 4–5 名，跨越三等奖（第 3–4 名）的末位，本活动不设并列奖项，须由主办部门裁定先后并记录理由后，奖项才能确定",
      },
    ]);
    expect(blocked.blockingTies.map((tie) => tie.entryIds)).toEqual([[4, 5]]);

    const reason = "经裁判长复核实操工件，陈静的工件尺寸精度更高";
    const resolved = assignAwards(ranking, scheme, [{ orderedEntryIds: [5, 4], reason }]);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.reasons));
    expect(awardsTable(resolved.value).slice(2, 6)).toEqual([
      [3, "李强", ["三等奖"]],
      [4, "陈静", ["三等奖"]],
      [5, "刘洋", []],
      [6, "杨磊", []],
    ]);
    expect(resolved.value.ranking.ranked[3]?.explanation).toBe(
      `与 刘洋 总分相同，实操成绩也相同，理论成绩也相同，经主办部门裁定列第 4 名（理由：${reason}）`,
    );
    expect(resolved.value.ranking.ranked[4]).toMatchObject({
      place: 5,
      placeLabel: "第 5 名",
      sharedPlace: false,
      organizerSeparationReason: reason,
    });
  });

  it("recommends places 1–3 to the provincial contest", () => {
    const outcome = recommendForProvincialContest(ranking);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
    expect(outcome.value.recommended.map((entry) => entry.name)).toEqual(["张伟", "王芳", "李强"]);
    expect(outcome.value.notes).toEqual([]);
  });

  it("recommends every entrant sharing a place within the quota, and says so", () => {
    const outcome = recommendForProvincialContest(ranking, 4);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
    expect(outcome.value.recommended.map((entry) => entry.name)).toEqual(["张伟", "王芳", "李强", "刘洋", "陈静"]);
    expect(outcome.value.notes).toEqual([
      {
        code: "PROVINCIAL_RECOMMENDATION_TIE_AT_CUTOFF",
        message: "并列第 4 名的 刘洋、陈静 均在前 4 名内，车工推荐参加省赛 5 人，多于名额 4 人",
      },
    ]);
  });
});

describe("车工, county-level tracks (only entrants from that county)", () => {
  // The title 状元 is the city contest's; county tracks award tiers only.
  const countyScheme = { ...skillsContestDefaultAwardScheme, championTitle: false };

  it("古塔区 ranks its four entrants; ties with other counties' entrants do not exist here", () => {
    const ranking = rankLathe(countyAwardTrack(guta));
    expect(ranking.track).toMatchObject({ level: "COUNTY", key: "COUNTY-GTQ", name: "县(市)区级（古塔区）" });
    expect(table(ranking)).toEqual([
      [1, "第 1 名", "张伟", "94.10"],
      [2, "第 2 名", "李强", "87.00"],
      [3, "第 3 名", "杨磊", "83.13"],
      [4, "第 4 名", "黄涛", "73.50"],
    ]);
    // 李强's tie with 王芳 (凌河区) and 杨磊's near-tie with 赵敏 (太和区) are not on this track.
    expect(ranking.ranked.map((entry) => entry.explanation)).toEqual([
      "总分 94.10，列第 1 名",
      "总分 87.00，列第 2 名",
      "总分 83.13，列第 3 名",
      "总分 73.50，列第 4 名",
    ]);
    const outcome = assignAwards(ranking, countyScheme);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
    // N = 4: first 4 × 10% = 0.4 → 1; second 4 × 20% = 0.8 → 1; third 4 × 30% = 1.2 → 1.
    expect(outcome.value.ranges.tiers.map((range) => [range.firstPlace, range.lastPlace])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(awardsTable(outcome.value)).toEqual([
      [1, "张伟", ["一等奖"]],
      [2, "李强", ["二等奖"]],
      [3, "杨磊", ["三等奖"]],
      [4, "黄涛", []],
    ]);
  });

  it("凌河区 ranks 王芳 and 陈静; 孙丽 is listed unranked; county tracks recommend nobody", () => {
    const ranking = rankLathe(countyAwardTrack(linghe));
    expect(table(ranking)).toEqual([
      [1, "第 1 名", "王芳", "87.00"],
      [2, "第 2 名", "陈静", "85.00"],
    ]);
    expect(ranking.unranked.map((entry) => entry.name)).toEqual(["孙丽"]);
    const outcome = assignAwards(ranking, countyScheme);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
    // N = 2: 0.2 → 1, 0.4 → 1, 0.6 → 1: ranges 1, 2, 3; place 3 does not exist, 三等奖 goes unawarded.
    expect(awardsTable(outcome.value)).toEqual([
      [1, "王芳", ["一等奖"]],
      [2, "陈静", ["二等奖"]],
    ]);
    expect(recommendForProvincialContest(ranking)).toEqual({
      ok: false,
      reasons: [
        {
          code: "PROVINCIAL_RECOMMENDATION_CITY_TRACK_ONLY",
          message: "推荐参加省赛按市级排名（本组别全部参赛选手）确定，不按县(市)区级排名",
        },
      ],
    });
  });

  it("太和区 ranks 刘洋 ahead of 赵敏", () => {
    expect(table(rankLathe(countyAwardTrack(taihe)))).toEqual([
      [1, "第 1 名", "刘洋", "85.00"],
      [2, "第 2 名", "赵敏", "83.13"],
    ]);
  });
});
