import type { Reason } from "../errors.ts";
import { type AwardPlaceRange, type AwardScheme, allAwardPlaceRanges, awardPlaceRanges } from "./award-scheme.ts";
import {
  type CategoryRanking,
  explainRankedEntries,
  placeGroups,
  placeLabel,
  type RankedEntry,
  unresolvedTieWarnings,
} from "./ranking.ts";

/**
 * The organizer's decision on one tie: every entry of the tied group in the decided order, and
 * why. It is recorded and shown with the places it sets.
 */
export interface OrganizerTieSeparation {
  orderedEntryIds: readonly number[];
  reason: string;
}

/** A tie that keeps awards from being final until the organizer separates it. */
export interface BlockingTie {
  /** The shared place and the last place the tied group occupies (place + size − 1). */
  place: number;
  lastPlace: number;
  entryIds: number[];
  names: string[];
  /** The award ranges whose last place falls inside the tie. */
  straddledRanges: AwardPlaceRange[];
  reason: Reason;
}

/**
 * Ties that must be separated before awards are final: a group sharing places p…q (q = p + size
 * − 1) whose span contains the last place b of an award range with p ≤ b < q, so that sharing
 * would give the award to more entries than the range holds — when the activity says "no shared
 * awards", or when the tie-break list left the tie unresolved (no SHARED_PLACE: the activity never
 * agreed to share). A tie inside one range, or wholly after every range, blocks nothing.
 */
export function findBlockingTies(ranking: CategoryRanking, scheme: AwardScheme): BlockingTie[] {
  const ranges = allAwardPlaceRanges(awardPlaceRanges(scheme, ranking.ranked.length));
  const blocking: BlockingTie[] = [];
  for (const group of placeGroups(ranking.ranked)) {
    const first = group[0];
    if (first === undefined || group.length < 2) continue;
    if (scheme.sharedAwards && !first.tieUnresolved) continue;
    const place = first.place;
    const lastPlace = place + group.length - 1;
    const straddledRanges = ranges.filter((range) => place <= range.lastPlace && range.lastPlace < lastPlace);
    if (straddledRanges.length === 0) continue;
    const names = group.map((entry) => entry.name);
    const rangeText = straddledRanges
      .map((range) => `${range.name}（第 ${range.firstPlace}–${range.lastPlace} 名）`)
      .join("、");
    const why = scheme.sharedAwards ? "本活动未设“并列名次”" : "本活动不设并列奖项";
    blocking.push({
      place,
      lastPlace,
      entryIds: group.map((entry) => entry.entryId),
      names,
      straddledRanges,
      reason: {
        code: "AWARD_TIE_NEEDS_SEPARATION",
        message: `并列第 ${place} 名的 ${names.join("、")} 占第 ${place}–${lastPlace} 名，跨越${rangeText}的末位，${why}，须由主办部门裁定先后并记录理由后，奖项才能确定`,
      },
    });
  }
  return blocking;
}

export type TieSeparationOutcome = { ok: true; value: CategoryRanking } | { ok: false; reasons: Reason[] };

/**
 * Applies the organizer's separations to the ties that block awards. Each separation must list
 * exactly the entries of one blocking tie, each once, with a reason; the group then occupies its
 * places p, p + 1, … in the decided order. Separating a tie that blocks nothing is refused: the
 * activity's rule (shared places, shared awards) already settles it, and a place changed without
 * need would be a place the rules did not give.
 */
export function separateBlockingTies(
  ranking: CategoryRanking,
  scheme: AwardScheme,
  separations: readonly OrganizerTieSeparation[],
): TieSeparationOutcome {
  if (separations.length === 0) return { ok: true, value: ranking };
  const blocking = findBlockingTies(ranking, scheme);
  const groups = placeGroups(ranking.ranked).filter((group) => group.length > 1);
  const reasons: Reason[] = [];
  const decided = new Map<number, { order: RankedEntry[]; reason: string }>();
  separations.forEach((separation, index) => {
    const label = `第 ${index + 1} 项裁定`;
    const reason = separation.reason.trim();
    if (reason === "") reasons.push({ code: "SEPARATION_REASON_REQUIRED", message: `${label}须填写理由` });
    const ids = separation.orderedEntryIds;
    if (new Set(ids).size !== ids.length) {
      reasons.push({ code: "SEPARATION_ENTRY_REPEATED", message: `${label}中同一参赛记录出现了多次` });
      return;
    }
    const group = groups.find((candidate) => sameMembers(candidate, ids));
    if (group === undefined) {
      reasons.push({ code: "SEPARATION_NOT_A_TIE", message: `${label}所列的参赛记录不是同一并列名次的全部成员` });
      return;
    }
    const place = group[0]?.place ?? 0;
    if (!blocking.some((tie) => tie.place === place)) {
      reasons.push({
        code: "SEPARATION_NOT_NEEDED",
        message: `${label}：并列第 ${place} 名不影响奖项，按本活动规则保留并列，无需裁定`,
      });
      return;
    }
    if (decided.has(place)) {
      reasons.push({ code: "SEPARATION_DUPLICATE", message: `${label}：并列第 ${place} 名已有裁定` });
      return;
    }
    const byId = new Map(group.map((entry) => [entry.entryId, entry]));
    decided.set(place, { order: ids.map((id) => byId.get(id) as RankedEntry), reason });
  });
  if (reasons.length > 0) return { ok: false, reasons };

  const reordered: RankedEntry[] = [];
  for (const group of placeGroups(ranking.ranked)) {
    const decision = decided.get(group[0]?.place ?? 0);
    if (decision === undefined) {
      reordered.push(...group);
      continue;
    }
    decision.order.forEach((entry, offset) => {
      const place = entry.place + offset;
      reordered.push({
        ...entry,
        place,
        placeLabel: placeLabel(place, false),
        sharedPlace: false,
        tieUnresolved: false,
        organizerSeparationReason: decision.reason,
      });
    });
  }
  const ranked = explainRankedEntries(reordered, ranking.tieBreakLabels);
  return { ok: true, value: { ...ranking, ranked, warnings: unresolvedTieWarnings(ranked) } };
}

function sameMembers(group: readonly RankedEntry[], ids: readonly number[]): boolean {
  return group.length === ids.length && group.every((entry) => ids.includes(entry.entryId));
}
