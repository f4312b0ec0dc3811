import { type AwardScheme, awardPlaceRanges } from "./award-scheme.ts";

export interface PlacedEntry {
  entryId: number;
  /** 名次, shared places repeated (1, 2, 3, 3, 5 …); null while undecided (gets nothing). */
  place: number | null;
}

export interface PlaceAward {
  entryId: number;
  tier: { key: string; name: string; index: number } | null;
}

/**
 * The award tier of each entry placed by something other than a score ranking (a tournament's
 * bracket): the tier whose place range contains the entry's place, over the ranges the scheme gives
 * for the number of placed entries. Entries sharing a place share the tier, so a badminton event's
 * two losing semi-finalists (both 3rd) are both 季军 under "1 冠军, 1 亚军, 2 季军".
 */
export function awardsForPlaces(scheme: AwardScheme, entries: readonly PlacedEntry[]): PlaceAward[] {
  const placedCount = entries.filter((entry) => entry.place !== null).length;
  const ranges = awardPlaceRanges(scheme, placedCount).tiers;
  return entries.map((entry) => {
    const place = entry.place;
    const range =
      place === null ? undefined : ranges.find((tier) => tier.firstPlace <= place && place <= tier.lastPlace);
    return {
      entryId: entry.entryId,
      tier: range ? { key: range.key, name: range.name, index: range.tierIndex ?? 0 } : null,
    };
  });
}
