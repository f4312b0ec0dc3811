import type { ResultRow } from "./resultsApi.ts";

/** A round of the activity's configuration: key, name and weight (percent, as text). */
export interface RoundInfo {
  key: string;
  name: string;
  weight: string;
}

/** One ranking table: a category on one award track, best place first, unranked entrants last. */
export interface RankingTable {
  key: string;
  categoryId: string;
  categoryName: string;
  trackKey: string;
  trackName: string;
  rows: ResultRow[];
}

/** One round's part of an entrant's total, as the API computed it (exact values shown as text). */
export interface RoundScoreLine {
  roundKey: string;
  roundName: string;
  weight: string | null;
  resultText: string;
  weightedText: string;
}

const cityFirst = (trackKey: string) => (trackKey === "CITY" ? "0" : `1${trackKey}`);

/** Groups results per category and award track: city track first, then county tracks; places ascending. */
export function rankingTables(results: readonly ResultRow[]): RankingTable[] {
  const tables = new Map<string, RankingTable>();
  for (const row of results) {
    const key = `${row.categoryId}|${row.trackKey}`;
    const table = tables.get(key) ?? {
      key,
      categoryId: row.categoryId,
      categoryName: row.categoryName,
      trackKey: row.trackKey,
      trackName: row.trackName,
      rows: [],
    };
    table.rows.push(row);
    tables.set(key, table);
  }
  const sorted = [...tables.values()].sort(
    (a, b) =>
      a.categoryName.localeCompare(b.categoryName, "zh-CN") ||
      Number(a.categoryId) - Number(b.categoryId) ||
      cityFirst(a.trackKey).localeCompare(cityFirst(b.trackKey)),
  );
  for (const table of sorted) {
    table.rows.sort(
      (a, b) =>
        (a.place ?? Number.MAX_SAFE_INTEGER) - (b.place ?? Number.MAX_SAFE_INTEGER) || Number(a.id) - Number(b.id),
    );
  }
  return sorted;
}

/** Entrants sharing a place in one table (并列), each group of two or more, in table order. */
export function sharedPlaceGroups(rows: readonly ResultRow[]): ResultRow[][] {
  const byPlace = new Map<number, ResultRow[]>();
  for (const row of rows) {
    if (row.place === null || !row.sharedPlace) continue;
    byPlace.set(row.place, [...(byPlace.get(row.place) ?? []), row]);
  }
  return [...byPlace.values()].filter((group) => group.length > 1);
}

interface RawRoundScore {
  roundKey?: unknown;
  resultText?: unknown;
  weightedText?: unknown;
}

/** The per-round scores behind a total (`Result.details.roundScores`), named and weighted by the configuration. */
export function roundScoreLines(details: unknown, rounds: readonly RoundInfo[]): RoundScoreLine[] {
  if (typeof details !== "object" || details === null) return [];
  const scores = (details as { roundScores?: unknown }).roundScores;
  if (!Array.isArray(scores)) return [];
  return scores.flatMap((score: RawRoundScore) => {
    if (typeof score.roundKey !== "string") return [];
    const round = rounds.find((candidate) => candidate.key === score.roundKey);
    return [
      {
        roundKey: score.roundKey,
        roundName: round?.name ?? score.roundKey,
        weight: round?.weight ?? null,
        resultText: String(score.resultText ?? ""),
        weightedText: String(score.weightedText ?? ""),
      },
    ];
  });
}

/** The organizer's recorded reason for a separated tie, when the place was decided that way. */
export function separationReason(details: unknown): string | null {
  if (typeof details !== "object" || details === null) return null;
  const reason = (details as { organizerSeparationReason?: unknown }).organizerSeparationReason;
  return typeof reason === "string" && reason !== "" ? reason : null;
}

/** Moves the entry at `index` one step up (-1) or down (+1) in an ordering; out-of-range moves change nothing. */
export function moveEntry<T>(order: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}
