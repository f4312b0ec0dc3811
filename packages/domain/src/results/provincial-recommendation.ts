import type { Reason } from "../errors.ts";
import { type CategoryRanking, placeGroups, type RankedEntry } from "./ranking.ts";

/** 推荐参加省赛: the top 3 places of each category by default. */
export const defaultProvincialRecommendationQuota = 3;

export const provincialRecommendationLabel = "推荐参加省赛";

export interface ProvincialRecommendation {
  quota: number;
  /** Entries whose place is ≤ quota, in rank order. */
  recommended: RankedEntry[];
  /** Why more entries than the quota are recommended, when a tie sits at the cutoff. */
  notes: Reason[];
}

export type ProvincialRecommendationOutcome =
  | { ok: true; value: ProvincialRecommendation }
  | { ok: false; reasons: Reason[] };

/**
 * Entries whose place is ≤ N are recommended to the provincial contest. A shared place ≤ N
 * advances every entry sharing it (place is the rule, and a tie the rules could not break is not
 * for this list to break), so a tie at the cutoff recommends more than N, and a note says so for
 * the organizer to settle with the provincial federation. Decided on the city-level track, which
 * ranks everyone in the category; pass the final ranking (after any organizer separation).
 */
export function recommendForProvincialContest(
  ranking: CategoryRanking,
  quota: number = defaultProvincialRecommendationQuota,
): ProvincialRecommendationOutcome {
  const reasons: Reason[] = [];
  if (ranking.track.level !== "CITY") {
    reasons.push({
      code: "PROVINCIAL_RECOMMENDATION_CITY_TRACK_ONLY",
      message: "推荐参加省赛按市级排名（本组别全部参赛选手）确定，不按县(市)区级排名",
    });
  }
  if (!Number.isSafeInteger(quota) || quota < 1) {
    reasons.push({ code: "PROVINCIAL_RECOMMENDATION_QUOTA_INVALID", message: "推荐参加省赛的名额应为不小于 1 的整数" });
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const recommended = ranking.ranked.filter((entry) => entry.place <= quota);
  const notes: Reason[] = [];
  if (recommended.length > quota) {
    const cutoff = placeGroups(recommended).at(-1) ?? [];
    notes.push({
      code: "PROVINCIAL_RECOMMENDATION_TIE_AT_CUTOFF",
      message: `并列第 ${cutoff[0]?.place} 名的 ${cutoff.map((entry) => entry.name).join("、")} 均在前 ${quota} 名内，${ranking.category.name}推荐参加省赛 ${recommended.length} 人，多于名额 ${quota} 人`,
    });
  }
  return { ok: true, value: { quota, recommended, notes } };
}
