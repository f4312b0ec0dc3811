import type { Reason } from "../errors.ts";
import type { Fraction } from "../exact/fraction.ts";
import { type AwardTrack, isOnAwardTrack } from "./award-track.ts";
import { computeEntryTotal, type RoundScore } from "./entry-total.ts";
import { explainPlace, type PlaceOutcome } from "./place-explanation.ts";
import { type RankingTieBreak, rankingTieBreakLabel, validateRankingTieBreaks } from "./ranking-tie-break.ts";
import { type RoundDefinition, validateRoundDefinitions } from "./round-definition.ts";

/** 组别/工种/项目: the unit within which entries are ranked. */
export interface RankingCategory {
  key: string;
  /** e.g. "车工". */
  name: string;
}

/** An entry as the ranking needs it. */
export interface RankingEntrant {
  entryId: number;
  /** 参赛选手 or 参赛队伍 name, as explanations name it. */
  name: string;
  /** 所在单位, for result lists and certificates. */
  organizationName: string;
  /** Materialized path of the entrant's home organization; county-level tracks select by it. */
  organizationPath: string;
  categoryKey: string;
  /** Each round's result by round key. */
  roundResults: Readonly<Record<string, Fraction | undefined>>;
  /** Per judged round, the mean over every judge; needed only for a HIGHER_UNTRIMMED_MEAN tie-break. */
  untrimmedMeans?: Readonly<Record<string, Fraction | undefined>>;
  /** Why the entrant may not be ranked at all (取消资格, e.g. for vote manipulation); unranked with it. */
  disqualification?: Reason | null;
}

export interface RankingInput {
  category: RankingCategory;
  track: AwardTrack;
  rounds: readonly RoundDefinition[];
  tieBreaks: readonly RankingTieBreak[];
  /** May hold every entrant of the activity: only the category's entrants on the track are ranked. */
  entrants: readonly RankingEntrant[];
}

export interface RankedEntry {
  entryId: number;
  name: string;
  organizationName: string;
  organizationPath: string;
  /** 名次: 1 + the number of entries strictly ahead, so shared places skip (1, 2, 2, 4). */
  place: number;
  /** "第 3 名" or "并列第 4 名". */
  placeLabel: string;
  sharedPlace: boolean;
  /** Shared only because the tie-break list ran out without SHARED_PLACE: the organizer must decide. */
  tieUnresolved: boolean;
  /** 总分, exact; ranking uses this, never the rounded text. */
  total: Fraction;
  /** 总分 with two decimals, for display. */
  totalText: string;
  roundScores: readonly RoundScore[];
  /** The values the tie-breaks compared, aligned with CategoryRanking.tieBreakLabels. */
  tieBreakValues: readonly Fraction[];
  /** Why the entry holds this place, in Chinese, for the public. */
  explanation: string;
  /** Set when the organizer separated this entry's tie; see separateBlockingTies. */
  organizerSeparationReason: string | null;
}

/** An entrant in the category and track that could not be ranked, with every reason. */
export interface UnrankedEntry {
  entryId: number;
  name: string;
  organizationName: string;
  reasons: Reason[];
}

export interface CategoryRanking {
  category: RankingCategory;
  track: AwardTrack;
  /** What each tie-break step compared ("实操成绩" …), SHARED_PLACE excluded. */
  tieBreakLabels: readonly string[];
  /** True when the tie-break list ends with SHARED_PLACE. */
  sharesRemainingTies: boolean;
  /** In rank order; entries sharing a place are listed by entry id (which means nothing). */
  ranked: readonly RankedEntry[];
  unranked: readonly UnrankedEntry[];
  /** Ties the organizer must look at (ties left unresolved by the tie-break list). */
  warnings: readonly Reason[];
}

export type RankingOutcome = { ok: true; value: CategoryRanking } | { ok: false; reasons: Reason[] };

interface Candidate {
  entrant: RankingEntrant;
  total: Fraction;
  roundScores: RoundScore[];
  tieBreakValues: Fraction[];
}

/**
 * Ranks one category on one award track. Entries are ordered by exact total, then by each
 * tie-break in the activity's order; entries equal on all of them share a place, and the places
 * they occupy are skipped (1, 2, 2, 4).
 *
 * When the list does not end in SHARED_PLACE, the activity did not agree to shared places, yet no
 * rule is left to separate the entries: they share the place for now (there is no fair
 * order to invent — not by name, not by id), each is flagged tieUnresolved, and a warning names
 * them. Awards then treat such a tie like a tie under "no shared awards" (assignAwards).
 *
 * Entrants lacking a round's result (or a value a tie-break needs) are listed as unranked with
 * their reasons and do not count in N, the number of ranked entrants.
 */
export function rankEntries(input: RankingInput): RankingOutcome {
  const { category, track, rounds, tieBreaks } = input;
  const reasons = [...validateRoundDefinitions(rounds)];
  // Tie-breaks are checked against the rounds, which must be sound first.
  if (reasons.length === 0) reasons.push(...validateRankingTieBreaks(tieBreaks, rounds));
  const entrants = input.entrants.filter(
    (entrant) => entrant.categoryKey === category.key && isOnAwardTrack(track, entrant.organizationPath),
  );
  const seen = new Set<number>();
  for (const entrant of entrants) {
    if (seen.has(entrant.entryId)) {
      reasons.push({ code: "ENTRY_DUPLICATE", message: `参赛记录“${entrant.name}”（${entrant.entryId}）重复出现` });
    }
    seen.add(entrant.entryId);
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const comparedSteps = tieBreaks.filter(
    (tieBreak): tieBreak is Exclude<RankingTieBreak, { kind: "SHARED_PLACE" }> => tieBreak.kind !== "SHARED_PLACE",
  );
  const tieBreakLabels = comparedSteps.map((step) => rankingTieBreakLabel(step, rounds));
  const sharesRemainingTies = tieBreaks.at(-1)?.kind === "SHARED_PLACE";

  const candidates: Candidate[] = [];
  const unranked: UnrankedEntry[] = [];
  for (const entrant of entrants) {
    const totalOutcome = computeEntryTotal(rounds, entrant.roundResults);
    const entrantReasons = totalOutcome.ok ? [] : [...totalOutcome.reasons];
    const tieBreakValues: Fraction[] = [];
    comparedSteps.forEach((step, index) => {
      const value =
        step.kind === "HIGHER_ROUND_RESULT"
          ? entrant.roundResults[step.roundKey]
          : entrant.untrimmedMeans?.[step.roundKey];
      if (value !== undefined) tieBreakValues.push(value);
      // A missing round result already has its reason from the total.
      else if (step.kind === "HIGHER_UNTRIMMED_MEAN") {
        entrantReasons.push({
          code: "UNTRIMMED_MEAN_MISSING",
          message: `缺少${tieBreakLabels[index]}（总分相同时比较），不参加排名`,
        });
      }
    });
    if (entrant.disqualification) entrantReasons.unshift(entrant.disqualification);
    if (!totalOutcome.ok || entrantReasons.length > 0) {
      unranked.push({
        entryId: entrant.entryId,
        name: entrant.name,
        organizationName: entrant.organizationName,
        reasons: entrantReasons,
      });
      continue;
    }
    candidates.push({ entrant, total: totalOutcome.total, roundScores: totalOutcome.roundScores, tieBreakValues });
  }

  candidates.sort((a, b) => comparePerformance(a, b) || a.entrant.entryId - b.entrant.entryId);

  const places = candidates.map(() => 0);
  candidates.forEach((candidate, index) => {
    const previous = candidates[index - 1];
    places[index] =
      previous !== undefined && comparePerformance(previous, candidate) === 0 ? (places[index - 1] ?? 0) : index + 1;
  });
  const placeCounts = new Map<number, number>();
  for (const place of places) placeCounts.set(place, (placeCounts.get(place) ?? 0) + 1);

  const unexplained: RankedEntry[] = candidates.map((candidate, index) => {
    const place = places[index] ?? 0;
    const sharedPlace = (placeCounts.get(place) ?? 0) > 1;
    return {
      entryId: candidate.entrant.entryId,
      name: candidate.entrant.name,
      organizationName: candidate.entrant.organizationName,
      organizationPath: candidate.entrant.organizationPath,
      place,
      placeLabel: placeLabel(place, sharedPlace),
      sharedPlace,
      tieUnresolved: sharedPlace && !sharesRemainingTies,
      total: candidate.total,
      totalText: candidate.total.toFixed(2),
      roundScores: candidate.roundScores,
      tieBreakValues: candidate.tieBreakValues,
      explanation: "",
      organizerSeparationReason: null,
    };
  });
  const ranked = explainRankedEntries(unexplained, tieBreakLabels);

  return {
    ok: true,
    value: {
      category,
      track,
      tieBreakLabels,
      sharesRemainingTies,
      ranked,
      unranked,
      warnings: unresolvedTieWarnings(ranked),
    },
  };
}

/**
 * Writes every entry's explanation from its fields: ranked in order, tie-break values, and how
 * its place was settled. Used again after the organizer separates a tie, because names listed in
 * other entries' explanations follow the final order.
 */
export function explainRankedEntries(ranked: readonly RankedEntry[], tieBreakLabels: readonly string[]): RankedEntry[] {
  return ranked.map((entry) => {
    const outcome: PlaceOutcome =
      entry.organizerSeparationReason !== null
        ? { kind: "SEPARATED", place: entry.place, reason: entry.organizerSeparationReason }
        : { kind: entry.tieUnresolved ? "UNRESOLVED" : entry.sharedPlace ? "SHARED" : "ALONE", place: entry.place };
    return { ...entry, explanation: explainPlace(entry, ranked, tieBreakLabels, outcome) };
  });
}

/** "第 3 名" or "并列第 3 名". */
export function placeLabel(place: number, shared: boolean): string {
  return `${shared ? "并列" : ""}第 ${place} 名`;
}

/** Entries sharing a place, in rank order: one group per place. */
export function placeGroups(ranked: readonly RankedEntry[]): RankedEntry[][] {
  const groups: RankedEntry[][] = [];
  for (const entry of ranked) {
    const last = groups.at(-1);
    if (last?.[0]?.place === entry.place) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

/** One warning per tie the tie-break list left unresolved. */
export function unresolvedTieWarnings(ranked: readonly RankedEntry[]): Reason[] {
  return placeGroups(ranked)
    .filter((group) => group[0]?.tieUnresolved === true)
    .map((group) => ({
      code: "RANKING_TIE_UNRESOLVED",
      message: `${group.map((entry) => entry.name).join("、")} 的总分及各项并列比较均相同，本活动未设“并列名次”，暂列并列第 ${group[0]?.place} 名，须由主办部门裁定`,
    }));
}

/** Negative when `a` ranks ahead of `b`: higher total, then higher value at each tie-break. */
function comparePerformance(a: Candidate, b: Candidate): number {
  const byTotal = b.total.compare(a.total);
  if (byTotal !== 0) return byTotal;
  for (const [index, value] of a.tieBreakValues.entries()) {
    const other = b.tieBreakValues[index];
    if (other === undefined) throw new RangeError("tie-break values differ in length");
    const byStep = other.compare(value);
    if (byStep !== 0) return byStep;
  }
  return 0;
}
