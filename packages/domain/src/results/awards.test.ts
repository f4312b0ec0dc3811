import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { type AwardScheme, awardTiersByCount } from "./award-scheme.ts";
import { cityAwardTrack } from "./award-track.ts";
import { assignAwards } from "./awards.ts";
import { findBlockingTies, separateBlockingTies } from "./organizer-tie-separation.ts";
import { type CategoryRanking, type RankingEntrant, rankEntries } from "./ranking.ts";
import type { RankingTieBreak } from "./ranking-tie-break.ts";
import type { RoundDefinition } from "./round-definition.ts";

const rounds: RoundDefinition[] = [{ key: "exam", name: "笔试", kind: "EXAM", weight: "100", maxResult: "100" }];

/** A ranking on one exam; equal scores are ties. */
function ranking(
  scores: readonly string[],
  tieBreaks: RankingTieBreak[] = [{ kind: "SHARED_PLACE" }],
): CategoryRanking {
  const entrants: RankingEntrant[] = scores.map((score, index) => ({
    entryId: index + 1,
    name: `选手${index + 1}`,
    organizationName: "锦州港务集团工会",
    organizationPath: "/00000001/00000002/00000012/",
    categoryKey: "MAIN",
    roundResults: { exam: Fraction.fromDecimal(score) },
  }));
  const outcome = rankEntries({
    category: { key: "MAIN", name: "笔试" },
    track: cityAwardTrack,
    rounds,
    tieBreaks,
    entrants,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
  return outcome.value;
}

const oneEach: AwardScheme = {
  tiers: awardTiersByCount([1, 1, 1]),
  championTitle: true,
  excellenceAward: false,
  sharedAwards: false,
};

describe("assignAwards", () => {
  it("refuses an invalid scheme before anything else", () => {
    const outcome = assignAwards(ranking(["90"]), { ...oneEach, tiers: awardTiersByCount([0]) });
    expect(outcome).toMatchObject({ ok: false, blockingTies: [], reasons: [{ code: "AWARD_TIER_COUNT_INVALID" }] });
  });

  it("a tie inside one range shares it even without shared awards", () => {
    // first 1–2: places 1, 1 both within; second 3–3; third 4–4
    const scheme = { ...oneEach, tiers: awardTiersByCount([2, 1, 1]), championTitle: false };
    const outcome = assignAwards(ranking(["90", "90", "80", "70"]), scheme);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
    expect(outcome.value.awards.map((award) => award.awardNames)).toEqual([
      ["一等奖"],
      ["一等奖"],
      ["二等奖"],
      ["三等奖"],
    ]);
  });

  it("a tie for first place straddles 状元 even when first prize has room for both", () => {
    const scheme = { ...oneEach, tiers: awardTiersByCount([2, 1]) };
    const blocked = assignAwards(ranking(["90", "90", "80"]), scheme);
    expect(blocked.ok ? [] : blocked.reasons.map((reason) => reason.message)).toEqual([
      "并列第 1 名的 选手1、选手2 占第 1–2 名，跨越状元（第 1–1 名）的末位，本活动不设并列奖项，须由主办部门裁定先后并记录理由后，奖项才能确定",
    ]);
    const resolved = assignAwards(ranking(["90", "90", "80"]), scheme, [
      { orderedEntryIds: [1, 2], reason: "理论加试成绩较高" },
    ]);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.reasons));
    expect(resolved.value.awards.map((award) => award.awardNames)).toEqual([
      ["一等奖", "状元"],
      ["一等奖"],
      ["二等奖"],
    ]);
  });

  it("a tie past every range blocks nothing", () => {
    const outcome = assignAwards(ranking(["95", "90", "85", "60", "60"]), oneEach);
    expect(outcome.ok && outcome.value.awards.map((award) => award.awardNames)).toEqual([
      ["一等奖", "状元"],
      ["二等奖"],
      ["三等奖"],
      [],
      [],
    ]);
  });

  it("names every range a wide tie straddles", () => {
    // four tied at place 1 occupy 1–4 and cross the ends of 一等奖 (1), 二等奖 (2), 三等奖 (3), 状元 (1)
    const ties = findBlockingTies(ranking(["90", "90", "90", "90"]), oneEach);
    expect(ties.map((tie) => tie.straddledRanges.map((range) => range.name))).toEqual([
      ["一等奖", "二等奖", "三等奖", "状元"],
    ]);
  });

  it("with shared awards, blocks a tie the tie-break list left unresolved", () => {
    const unresolved = ranking(["90", "90", "80"], []);
    const scheme = { ...oneEach, sharedAwards: true, championTitle: false };
    const outcome = assignAwards(unresolved, scheme);
    expect(outcome.ok ? [] : outcome.reasons.map((reason) => reason.message)).toEqual([
      "并列第 1 名的 选手1、选手2 占第 1–2 名，跨越一等奖（第 1–1 名）的末位，本活动未设“并列名次”，须由主办部门裁定先后并记录理由后，奖项才能确定",
    ]);
    const resolved = assignAwards(unresolved, scheme, [
      { orderedEntryIds: [2, 1], reason: "抽签决定（签号记录在案）" },
    ]);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.reasons));
    expect(resolved.value.ranking.warnings).toEqual([]);
    expect(resolved.value.awards.map((award) => [award.name, award.place, award.awardNames])).toEqual([
      ["选手2", 1, ["一等奖"]],
      ["选手1", 2, ["二等奖"]],
      ["选手3", 3, ["三等奖"]],
    ]);
  });

  it("unranked entrants are awarded nothing and do not count in N", () => {
    const base = ranking(["90", "80"]);
    const outcome = assignAwards(
      { ...base, unranked: [{ entryId: 99, name: "缺考者", organizationName: "某工会", reasons: [] }] },
      oneEach,
    );
    expect(outcome.ok && outcome.value.awards.map((award) => award.entryId)).toEqual([1, 2]);
    expect(outcome.ok && outcome.value.ranges.rankedCount).toBe(2);
  });
});

describe("separateBlockingTies: refusals", () => {
  const tied = ranking(["90", "90", "80", "80", "80"]);
  // first 1–1 (the tie at 1 occupies 1–2: blocks); second 2–2; third 3–3 (the tie at 3 occupies 3–5: blocks)
  const noSharing = { ...oneEach, championTitle: false };

  it("does nothing without separations", () => {
    expect(separateBlockingTies(tied, noSharing, [])).toEqual({ ok: true, value: tied });
  });

  it("reports every problem with the separations given", () => {
    const outcome = separateBlockingTies(tied, noSharing, [
      { orderedEntryIds: [1, 2], reason: "  " },
      { orderedEntryIds: [1, 1], reason: "重复" },
      { orderedEntryIds: [1, 3], reason: "不是同一并列" },
      { orderedEntryIds: [3, 4], reason: "缺了一人" },
      { orderedEntryIds: [2, 1], reason: "再裁定一次" },
    ]);
    expect(outcome).toEqual({
      ok: false,
      reasons: [
        { code: "SEPARATION_REASON_REQUIRED", message: "第 1 项裁定须填写理由" },
        { code: "SEPARATION_ENTRY_REPEATED", message: "第 2 项裁定中同一参赛记录出现了多次" },
        { code: "SEPARATION_NOT_A_TIE", message: "第 3 项裁定所列的参赛记录不是同一并列名次的全部成员" },
        { code: "SEPARATION_NOT_A_TIE", message: "第 4 项裁定所列的参赛记录不是同一并列名次的全部成员" },
        { code: "SEPARATION_DUPLICATE", message: "第 5 项裁定：并列第 1 名已有裁定" },
      ],
    });
  });

  it("refuses to separate a tie that blocks nothing", () => {
    const shared = { ...noSharing, sharedAwards: true };
    expect(separateBlockingTies(tied, shared, [{ orderedEntryIds: [1, 2], reason: "主办方偏好" }])).toEqual({
      ok: false,
      reasons: [
        {
          code: "SEPARATION_NOT_NEEDED",
          message: "第 1 项裁定：并列第 1 名不影响奖项，按本活动规则保留并列，无需裁定",
        },
      ],
    });
  });

  it("keeps blocking the ties not yet separated, and reports them from assignAwards", () => {
    const outcome = assignAwards(tied, noSharing, [{ orderedEntryIds: [2, 1], reason: "复核后裁定" }]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.blockingTies.map((tie) => [tie.place, tie.lastPlace])).toEqual([[3, 5]]);
  });

  it("reports the blocking ties of the original ranking when a separation is refused", () => {
    const outcome = assignAwards(tied, noSharing, [{ orderedEntryIds: [2, 1], reason: "" }]);
    expect(outcome.ok ? [] : outcome.blockingTies.map((tie) => tie.place)).toEqual([1, 3]);
  });
});
