import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { cityAwardTrack } from "./award-track.ts";
import { placeGroups, placeLabel, type RankingEntrant, type RankingInput, rankEntries } from "./ranking.ts";
import { type RankingTieBreak, skillsContestDefaultTieBreaks } from "./ranking-tie-break.ts";
import { type RoundDefinition, skillsContestDefaultRounds } from "./round-definition.ts";

const d = Fraction.fromDecimal;
const category = { key: "ELECTRICIAN", name: "电工" };
const path = "/00000001/00000002/00000011/";

function entrant(entryId: number, name: string, roundResults: Record<string, Fraction>): RankingEntrant {
  return {
    entryId,
    name,
    organizationName: "锦州机床厂工会",
    organizationPath: path,
    categoryKey: category.key,
    roundResults,
  };
}

function rank(overrides: Partial<RankingInput> & Pick<RankingInput, "entrants">) {
  const outcome = rankEntries({
    category,
    track: cityAwardTrack,
    rounds: skillsContestDefaultRounds,
    tieBreaks: skillsContestDefaultTieBreaks,
    ...overrides,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
  return outcome.value;
}

describe("rankEntries: the theory tie-break", () => {
  // With only theory and practical, equal totals and equal practical force equal theory, so the
  // theory step needs a third round to matter: here 技术答辩 (defence), 10%, out of 20.
  const rounds: RoundDefinition[] = [
    { key: "theory", name: "理论", kind: "EXAM", weight: "30", maxResult: "100" },
    { key: "practical", name: "实操", kind: "CRITERIA_SCORING", weight: "60", maxResult: "100" },
    { key: "defence", name: "技术答辩", kind: "CRITERIA_SCORING", weight: "10", maxResult: "20" },
  ];
  // 郑华: 0.3 × 70 + 0.6 × 85 + 0.1 × (100 × 16 / 20) = 21 + 51 + 8 = 80
  const zhengHua = entrant(1, "郑华", { theory: d("70"), practical: d("85"), defence: d("16") });
  // 周强: 0.3 × 90 + 0.6 × 80 + 0.1 × (100 × 10 / 20) = 27 + 48 + 5 = 80
  const zhouQiang = entrant(2, "周强", { theory: d("90"), practical: d("80"), defence: d("10") });
  // 吴刚: 0.3 × 80 + 0.6 × 80 + 0.1 × (100 × 16 / 20) = 24 + 48 + 8 = 80
  const wuGang = entrant(3, "吴刚", { theory: d("80"), practical: d("80"), defence: d("16") });

  it("breaks a tie of equal total and equal practical by the higher theory result", () => {
    const ranking = rank({ rounds, entrants: [wuGang, zhouQiang] });
    expect(ranking.ranked.map((entry) => [entry.name, entry.place, entry.totalText, entry.explanation])).toEqual([
      ["周强", 1, "80.00", "与 吴刚 总分相同，实操成绩也相同，理论成绩较高，列第 1 名"],
      ["吴刚", 2, "80.00", "与 周强 总分相同，实操成绩也相同，理论成绩较低，列第 2 名"],
    ]);
  });

  it("explains a three-way tie that practical splits only partly", () => {
    const ranking = rank({ rounds, entrants: [wuGang, zhouQiang, zhengHua] });
    expect(ranking.ranked.map((entry) => entry.explanation)).toEqual([
      "与 周强、吴刚 总分相同，实操成绩较高，列第 1 名",
      "与 郑华、吴刚 总分相同，实操成绩低于 郑华；与 吴刚 实操成绩相同，理论成绩较高，列第 2 名",
      "与 郑华、周强 总分相同，实操成绩低于 郑华；与 周强 实操成绩相同，理论成绩较低，列第 3 名",
    ]);
  });
});

describe("rankEntries: explanations", () => {
  it("names entries both above and below when one step orders three", () => {
    // 0.3 × 80 + 0.7 × 90 = 24 + 63 = 87; 0.3 × 87 + 0.7 × 87 = 26.1 + 60.9 = 87;
    // 0.3 × 94 + 0.7 × 84 = 28.2 + 58.8 = 87
    const ranking = rank({
      entrants: [
        entrant(1, "甲", { theory: d("80"), practical: d("90") }),
        entrant(2, "乙", { theory: d("87"), practical: d("87") }),
        entrant(3, "丙", { theory: d("94"), practical: d("84") }),
      ],
    });
    expect(ranking.ranked[1]?.explanation).toBe("与 甲、丙 总分相同，实操成绩低于 甲、高于 丙，列第 2 名");
  });

  it("explains places decided beyond the second decimal, and an exact tie among look-alikes", () => {
    const ranking = rank({
      entrants: [
        // 0.3 × 79 + 0.7 × 84.9 = 23.7 + 59.43 = 83.13
        entrant(1, "赵敏", { theory: d("79"), practical: d("84.9") }),
        // 0.3 × 72 + 0.7 × 87.9 = 21.6 + 61.53 = 83.13
        entrant(2, "钱进", { theory: d("72"), practical: d("87.9") }),
        // 0.3 × 78 + 0.7 × 256/3 = 1247/15 = 83.1333…
        entrant(3, "杨磊", { theory: d("78"), practical: Fraction.of(256, 3) }),
      ],
    });
    expect(ranking.ranked.map((entry) => [entry.name, entry.placeLabel, entry.totalText, entry.explanation])).toEqual([
      ["杨磊", "第 1 名", "83.13", "与 钱进、赵敏 总分四舍五入后同为 83.13，未四舍五入的总分较高，列第 1 名"],
      [
        "钱进",
        "第 2 名",
        "83.13",
        "与 杨磊、赵敏 总分四舍五入后同为 83.13，未四舍五入的总分低于 杨磊；与 赵敏 总分相同，实操成绩较高，列第 2 名",
      ],
      [
        "赵敏",
        "第 3 名",
        "83.13",
        "与 杨磊、钱进 总分四舍五入后同为 83.13，未四舍五入的总分低于 杨磊；与 钱进 总分相同，实操成绩较低，列第 3 名",
      ],
    ]);
  });

  it("shares at once when the list is only SHARED_PLACE", () => {
    const ranking = rank({
      tieBreaks: [{ kind: "SHARED_PLACE" }],
      entrants: [
        entrant(1, "甲", { theory: d("80"), practical: d("90") }),
        entrant(2, "乙", { theory: d("87"), practical: d("87") }),
      ],
    });
    expect(ranking.ranked.map((entry) => [entry.placeLabel, entry.explanation])).toEqual([
      ["并列第 1 名", "与 乙 总分相同，并列第 1 名"],
      ["并列第 1 名", "与 甲 总分相同，并列第 1 名"],
    ]);
    expect(ranking.tieBreakLabels).toEqual([]);
  });
});

describe("rankEntries: ties left over without SHARED_PLACE", () => {
  const tieBreaks: RankingTieBreak[] = [{ kind: "HIGHER_ROUND_RESULT", roundKey: "practical" }];
  const ranking = rank({
    tieBreaks,
    entrants: [
      entrant(1, "刘洋", { theory: d("85"), practical: d("85") }),
      entrant(2, "陈静", { theory: d("85"), practical: d("85") }),
      entrant(3, "黄涛", { theory: d("70"), practical: d("75") }),
    ],
  });

  it("shares the place anyway, flags both entries and warns the organizer", () => {
    expect(ranking.sharesRemainingTies).toBe(false);
    expect(ranking.ranked.map((entry) => [entry.name, entry.place, entry.sharedPlace, entry.tieUnresolved])).toEqual([
      ["刘洋", 1, true, true],
      ["陈静", 1, true, true],
      ["黄涛", 3, false, false],
    ]);
    expect(ranking.ranked[0]?.explanation).toBe(
      "与 陈静 总分相同，实操成绩也相同，暂列并列第 1 名（并列比较项已用尽，本活动未设“并列名次”，须由主办部门裁定）",
    );
    expect(ranking.warnings).toEqual([
      {
        code: "RANKING_TIE_UNRESOLVED",
        message: "刘洋、陈静 的总分及各项并列比较均相同，本活动未设“并列名次”，暂列并列第 1 名，须由主办部门裁定",
      },
    ]);
  });
});

describe("rankEntries: who is ranked", () => {
  it("ranks only the category's entrants", () => {
    const other = { ...entrant(99, "外组", { theory: d("99"), practical: d("99") }), categoryKey: "WELDER" };
    const ranking = rank({ entrants: [other, entrant(1, "甲", { theory: d("60"), practical: d("60") })] });
    expect(ranking.ranked.map((entry) => entry.entryId)).toEqual([1]);
    expect(ranking.unranked).toEqual([]);
  });

  it("lists an entrant without the untrimmed mean a tie-break needs as unranked", () => {
    const rounds: RoundDefinition[] = [
      { key: "show", name: "现场表演", kind: "CRITERIA_SCORING", weight: "100", maxResult: "100" },
    ];
    const ranking = rank({
      rounds,
      tieBreaks: [{ kind: "HIGHER_UNTRIMMED_MEAN", roundKey: "show" }, { kind: "SHARED_PLACE" }],
      entrants: [
        { ...entrant(1, "甲", { show: d("90") }), untrimmedMeans: { show: d("89") } },
        entrant(2, "乙", { show: d("91") }),
      ],
    });
    expect(ranking.ranked.map((entry) => entry.name)).toEqual(["甲"]);
    expect(ranking.unranked).toEqual([
      {
        entryId: 2,
        name: "乙",
        organizationName: "锦州机床厂工会",
        reasons: [
          { code: "UNTRIMMED_MEAN_MISSING", message: "缺少现场表演全体评委平均分（总分相同时比较），不参加排名" },
        ],
      },
    ]);
  });

  it("gives every reason an entrant is unranked", () => {
    const ranking = rank({ entrants: [entrant(1, "甲", { theory: d("101") })] });
    expect(ranking.unranked[0]?.reasons.map((reason) => reason.code)).toEqual([
      "ROUND_RESULT_ABOVE_MAXIMUM",
      "ROUND_RESULT_MISSING",
    ]);
  });

  it("leaves a disqualified entrant unranked with the reason first, and places the others as if it were absent", () => {
    // 甲 80, 乙 90 (disqualified), 丙 70: without 乙, 甲 is 1st and 丙 2nd.
    const disqualification = { code: "DISQUALIFIED", message: "因组织刷票被取消资格" };
    const ranking = rank({
      entrants: [
        entrant(1, "甲", { theory: d("80"), practical: d("80") }),
        { ...entrant(2, "乙", { theory: d("90"), practical: d("90") }), disqualification },
        entrant(3, "丙", { theory: d("70"), practical: d("70") }),
      ],
    });
    expect(ranking.ranked.map((entry) => [entry.name, entry.place])).toEqual([
      ["甲", 1],
      ["丙", 2],
    ]);
    expect(ranking.unranked.map((entry) => [entry.name, entry.reasons])).toEqual([["乙", [disqualification]]]);
  });

  it("ranks nobody on an empty list", () => {
    expect(rank({ entrants: [] }).ranked).toEqual([]);
  });
});

describe("rankEntries: refusals", () => {
  it("refuses invalid rounds", () => {
    const outcome = rankEntries({
      category,
      track: cityAwardTrack,
      rounds: [{ key: "theory", name: "理论", kind: "EXAM", weight: "40", maxResult: "100" }],
      tieBreaks: [],
      entrants: [],
    });
    expect(outcome).toEqual({
      ok: false,
      reasons: [{ code: "ROUND_WEIGHTS_NOT_100", message: "各轮次权重之和应为 100%，现为 40%" }],
    });
  });

  it("refuses tie-breaks naming rounds that do not exist, and duplicate entries, together", () => {
    const twice = entrant(1, "甲", { theory: d("60"), practical: d("60") });
    const outcome = rankEntries({
      category,
      track: cityAwardTrack,
      rounds: skillsContestDefaultRounds,
      tieBreaks: [{ kind: "HIGHER_ROUND_RESULT", roundKey: "oral" }],
      entrants: [twice, twice],
    });
    expect(outcome.ok ? [] : outcome.reasons.map((reason) => reason.code)).toEqual([
      "TIE_BREAK_UNKNOWN_ROUND",
      "ENTRY_DUPLICATE",
    ]);
  });
});

describe("helpers", () => {
  it("labels places", () => {
    expect(placeLabel(3, false)).toBe("第 3 名");
    expect(placeLabel(4, true)).toBe("并列第 4 名");
  });

  it("groups an empty list into nothing", () => {
    expect(placeGroups([])).toEqual([]);
  });
});
