import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import { parseScoreDecimal, scoreDecimalText } from "../judging/score-decimal.ts";

/** How many places a tier covers: a fixed count, or a share of the ranked entrants. */
export type AwardTierSize = { by: "COUNT"; count: number } | { by: "SHARE"; percent: string };

/** 一等奖, 二等奖 … in order: the first tier covers places 1…a, the next a+1…a+b, and so on. */
export interface AwardTier {
  key: string;
  name: string;
  size: AwardTierSize;
}

export interface AwardScheme {
  tiers: readonly AwardTier[];
  /** 状元: a title for first place, on top of the tier that place gets. */
  championTitle: boolean;
  /** 优胜奖 for every later place in the top half (place ≤ N ÷ 2) that no tier covers. */
  excellenceAward: boolean;
  /**
   * False is "no shared awards": a tie that straddles the end of a range must be separated by
   * the organizer, with a reason, before awards are final.
   */
  sharedAwards: boolean;
}

export const championTitleName = "状元";
export const excellenceAwardName = "优胜奖";

const standardTiers = [
  { key: "FIRST", name: "一等奖" },
  { key: "SECOND", name: "二等奖" },
  { key: "THIRD", name: "三等奖" },
] as const;

function standardTier(index: number): { key: string; name: string } {
  const tier = standardTiers[index];
  if (tier === undefined) throw new RangeError("standard award tiers stop at 三等奖; name further tiers yourself");
  return tier;
}

/** 一等奖, 二等奖, 三等奖 by count, e.g. awardTiersByCount([1, 2, 3]). */
export function awardTiersByCount(counts: readonly number[]): AwardTier[] {
  return counts.map((count, index) => ({ ...standardTier(index), size: { by: "COUNT", count } }));
}

/** 一等奖, 二等奖, 三等奖 by share of ranked entrants, e.g. awardTiersByShare(["10", "20", "30"]). */
export function awardTiersByShare(percents: readonly string[]): AwardTier[] {
  return percents.map((percent, index) => ({ ...standardTier(index), size: { by: "SHARE", percent } }));
}

/**
 * 职业技能大赛 default: first 10%, second 20%, third 30% of the ranked entrants, 状元 for first
 * place (the city's contest is the "状元杯"), shared awards. No 优胜奖 by default: these shares
 * already reach past the top half for every N except where rounding leaves a gap.
 */
export const skillsContestDefaultAwardScheme: AwardScheme = {
  tiers: awardTiersByShare(["10", "20", "30"]),
  championTitle: true,
  excellenceAward: false,
  sharedAwards: true,
};

/** 文艺比赛 default: 1 first, 2 second, 3 third prizes, shared awards. */
export const performanceContestDefaultAwardScheme: AwardScheme = {
  tiers: awardTiersByCount([1, 2, 3]),
  championTitle: false,
  excellenceAward: false,
  sharedAwards: true,
};

/** Checks a scheme and returns every problem: keys and names present and unique, sizes valid. */
export function validateAwardScheme(scheme: AwardScheme): Reason[] {
  const reasons: Reason[] = [];
  if (scheme.tiers.length === 0 && !scheme.championTitle && !scheme.excellenceAward) {
    reasons.push({ code: "AWARD_SCHEME_EMPTY", message: "请至少设置一个奖项等次、状元称号或优胜奖" });
  }
  const keys = new Set<string>();
  const names = new Set<string>();
  const shares: Fraction[] = [];
  scheme.tiers.forEach((tier, index) => {
    const name = typeof tier.name === "string" ? tier.name.trim() : "";
    const key = typeof tier.key === "string" ? tier.key.trim() : "";
    const title = name === "" ? `第 ${index + 1} 个奖项等次` : `奖项“${name}”`;
    if (key === "") reasons.push({ code: "AWARD_TIER_KEY_REQUIRED", message: `${title}缺少代码` });
    else if (keys.has(key)) reasons.push({ code: "AWARD_TIER_KEY_DUPLICATE", message: `奖项代码“${key}”重复` });
    keys.add(key);
    if (name === "") reasons.push({ code: "AWARD_TIER_NAME_REQUIRED", message: `${title}缺少名称` });
    else if (names.has(name)) reasons.push({ code: "AWARD_TIER_NAME_DUPLICATE", message: `奖项名称“${name}”重复` });
    names.add(name);
    const size = tier.size as { by?: unknown; count?: unknown; percent?: unknown } | undefined;
    if (size?.by === "COUNT") {
      if (!Number.isSafeInteger(size.count) || (size.count as number) < 1) {
        reasons.push({ code: "AWARD_TIER_COUNT_INVALID", message: `${title}的名额应为不小于 1 的整数` });
      }
    } else if (size?.by === "SHARE") {
      const percent = parseScoreDecimal(size.percent as string);
      if (percent === null || percent.compare(Fraction.zero) <= 0 || percent.compare(Fraction.of(100)) > 0) {
        reasons.push({ code: "AWARD_TIER_SHARE_INVALID", message: `${title}的比例应为大于 0、不超过 100 的百分数` });
      } else {
        shares.push(percent);
      }
    } else {
      reasons.push({ code: "AWARD_TIER_SIZE_UNKNOWN", message: `${title}须按名额或按比例设置` });
    }
  });
  const shareSum = Fraction.sum(shares);
  if (shareSum.compare(Fraction.of(100)) > 0) {
    reasons.push({
      code: "AWARD_TIER_SHARES_OVER_100",
      message: `各奖项比例之和为 ${scoreDecimalText(shareSum)}%，不能超过 100%`,
    });
  }
  return reasons;
}

/** The places one award covers, with how its size was worked out, for checking by hand. */
export interface AwardPlaceRange {
  kind: "TIER" | "CHAMPION_TITLE" | "EXCELLENCE";
  key: string;
  name: string;
  /** Index in scheme.tiers for a tier, null otherwise. */
  tierIndex: number | null;
  firstPlace: number;
  lastPlace: number;
  /** e.g. "8 人 × 10% = 0.8，向下取整为 0，至少 1 名，共 1 名". */
  basis: string;
}

export interface AwardPlaceRanges {
  rankedCount: number;
  tiers: AwardPlaceRange[];
  championTitle: AwardPlaceRange | null;
  excellence: AwardPlaceRange | null;
}

/**
 * The place ranges of a valid scheme for N ranked entrants. A share tier covers
 * ⌊N × percent ÷ 100⌋ places but at least one; tiers follow each other. 优胜奖 covers the places
 * after the last tier up to ⌊N ÷ 2⌋ (place ≤ N ÷ 2), when there are any.
 */
export function awardPlaceRanges(scheme: AwardScheme, rankedCount: number): AwardPlaceRanges {
  if (!Number.isSafeInteger(rankedCount) || rankedCount < 0) throw new RangeError(`not a count: ${rankedCount}`);
  const tiers: AwardPlaceRange[] = [];
  let nextPlace = 1;
  scheme.tiers.forEach((tier, index) => {
    const { size, basis } = tierSize(tier.size, rankedCount);
    tiers.push({
      kind: "TIER",
      key: tier.key,
      name: tier.name,
      tierIndex: index,
      firstPlace: nextPlace,
      lastPlace: nextPlace + size - 1,
      basis,
    });
    nextPlace += size;
  });
  const halfPlace = Math.floor(rankedCount / 2);
  const excellence: AwardPlaceRange | null =
    scheme.excellenceAward && nextPlace <= halfPlace
      ? {
          kind: "EXCELLENCE",
          key: "EXCELLENCE",
          name: excellenceAwardName,
          tierIndex: null,
          firstPlace: nextPlace,
          lastPlace: halfPlace,
          basis: `前一半名次：名次 ≤ ${rankedCount} ÷ 2，即第 ${halfPlace} 名及以前；各奖项等次之后的第 ${nextPlace}–${halfPlace} 名`,
        }
      : null;
  const championTitle: AwardPlaceRange | null = scheme.championTitle
    ? {
        kind: "CHAMPION_TITLE",
        key: "CHAMPION",
        name: championTitleName,
        tierIndex: null,
        firstPlace: 1,
        lastPlace: 1,
        basis: "第 1 名",
      }
    : null;
  return { rankedCount, tiers, championTitle, excellence };
}

function tierSize(size: AwardTierSize, rankedCount: number): { size: number; basis: string } {
  if (size.by === "COUNT") return { size: size.count, basis: `${size.count} 名` };
  const exact = Fraction.of(rankedCount).times(Fraction.fromDecimal(size.percent)).dividedBy(100);
  const roundedDown = Number(exact.numerator / exact.denominator);
  const product = `${rankedCount} 人 × ${size.percent}% = ${scoreDecimalText(exact)}`;
  if (roundedDown >= 1) {
    return {
      size: roundedDown,
      basis: exact.isInteger() ? `${product}，共 ${roundedDown} 名` : `${product}，向下取整为 ${roundedDown} 名`,
    };
  }
  return { size: 1, basis: `${product}，向下取整为 0，至少 1 名，共 1 名` };
}

/** Every range whose places an award is given for, tiers first. */
export function allAwardPlaceRanges(ranges: AwardPlaceRanges): AwardPlaceRange[] {
  return [
    ...ranges.tiers,
    ...(ranges.championTitle ? [ranges.championTitle] : []),
    ...(ranges.excellence ? [ranges.excellence] : []),
  ];
}
