import type { Reason } from "../errors.ts";
import {
  type AwardPlaceRanges,
  type AwardScheme,
  awardPlaceRanges,
  championTitleName,
  excellenceAwardName,
  validateAwardScheme,
} from "./award-scheme.ts";
import type { AwardTrack } from "./award-track.ts";
import {
  type BlockingTie,
  findBlockingTies,
  type OrganizerTieSeparation,
  separateBlockingTies,
} from "./organizer-tie-separation.ts";
import type { CategoryRanking, RankingCategory } from "./ranking.ts";

/** What one ranked entry is awarded. */
export interface EntryAward {
  entryId: number;
  name: string;
  organizationName: string;
  place: number;
  placeLabel: string;
  tier: { key: string; name: string; index: number } | null;
  /** 状元. */
  championTitle: boolean;
  /** 优胜奖. */
  excellenceAward: boolean;
  /** As lists and certificates say it, e.g. ["一等奖", "状元"]; empty when nothing is awarded. */
  awardNames: string[];
}

export interface AwardResult {
  category: RankingCategory;
  track: AwardTrack;
  ranges: AwardPlaceRanges;
  /** The final ranking: the one given, with the organizer's separations applied. */
  ranking: CategoryRanking;
  /** One per ranked entry, in rank order. Unranked entries are awarded nothing. */
  awards: EntryAward[];
}

export type AwardOutcome =
  | { ok: true; value: AwardResult }
  | { ok: false; reasons: Reason[]; blockingTies: BlockingTie[] };

/**
 * Awards for one category on one track. An entry gets the tier whose place range contains its
 * place, so entries sharing a place share the tier, and the places their tie skips are awarded to
 * nobody (two at place 1 with one first prize: both first; place 2 does not exist, so a second
 * prize covering only place 2 goes unawarded). Where sharing is not allowed, ties straddling a
 * range's end are returned as blocking until `separations` settle them.
 */
export function assignAwards(
  ranking: CategoryRanking,
  scheme: AwardScheme,
  separations: readonly OrganizerTieSeparation[] = [],
): AwardOutcome {
  const schemeReasons = validateAwardScheme(scheme);
  if (schemeReasons.length > 0) return { ok: false, reasons: schemeReasons, blockingTies: [] };
  const separated = separateBlockingTies(ranking, scheme, separations);
  if (!separated.ok) return { ok: false, reasons: separated.reasons, blockingTies: findBlockingTies(ranking, scheme) };
  const finalRanking = separated.value;
  const blockingTies = findBlockingTies(finalRanking, scheme);
  if (blockingTies.length > 0) {
    return { ok: false, reasons: blockingTies.map((tie) => tie.reason), blockingTies };
  }

  const ranges = awardPlaceRanges(scheme, finalRanking.ranked.length);
  const awards = finalRanking.ranked.map((entry): EntryAward => {
    const within = (range: { firstPlace: number; lastPlace: number } | null) =>
      range !== null && range.firstPlace <= entry.place && entry.place <= range.lastPlace;
    const tierRange = ranges.tiers.find(within);
    const tier = tierRange ? { key: tierRange.key, name: tierRange.name, index: tierRange.tierIndex ?? 0 } : null;
    const championTitle = within(ranges.championTitle);
    const excellenceAward = tier === null && within(ranges.excellence);
    return {
      entryId: entry.entryId,
      name: entry.name,
      organizationName: entry.organizationName,
      place: entry.place,
      placeLabel: entry.placeLabel,
      tier,
      championTitle,
      excellenceAward,
      awardNames: [
        ...(tier ? [tier.name] : []),
        ...(championTitle ? [championTitleName] : []),
        ...(excellenceAward ? [excellenceAwardName] : []),
      ],
    };
  });
  return {
    ok: true,
    value: { category: finalRanking.category, track: finalRanking.track, ranges, ranking: finalRanking, awards },
  };
}
