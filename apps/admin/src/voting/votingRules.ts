import type { PenaltyLevel, TallyRow } from "./votingApi.ts";

/** The penalty ladder, one step at a time (the API refuses skipping a step). */
const ladder: PenaltyLevel[] = ["NONE", "WARNING", "VOTES_VOIDED", "DISQUALIFIED"];

/** The next penalty step of a candidate, or null at the top. */
export function nextPenaltyLevel(level: PenaltyLevel): PenaltyLevel | null {
  const index = ladder.indexOf(level);
  return index >= 0 && index < ladder.length - 1 ? (ladder[index + 1] as PenaltyLevel) : null;
}

export interface TallyBar {
  registrationId: string;
  name: string;
  validVotes: number;
  voidedVotes: number;
  /** Share of the chart's width, 0–100, relative to the most votes (valid + voided) of anyone. */
  validPercent: number;
  voidedPercent: number;
  disqualified: boolean;
}

/** The bars of the tally chart, most valid votes first (ties by name), scaled to the largest bar. */
export function tallyBars(rows: TallyRow[]): TallyBar[] {
  const largest = Math.max(1, ...rows.map((row) => row.validVotes + row.voidedVotes));
  return [...rows]
    .sort((a, b) => b.validVotes - a.validVotes || a.name.localeCompare(b.name, "zh-CN"))
    .map((row) => ({
      registrationId: row.registrationId,
      name: row.name,
      validVotes: row.validVotes,
      voidedVotes: row.voidedVotes,
      validPercent: (100 * row.validVotes) / largest,
      voidedPercent: (100 * row.voidedVotes) / largest,
      disqualified: row.disqualified,
    }));
}

/** A China calendar day (YYYY-MM-DD) of an instant, `days` later; for the schedule form's defaults. */
export function chinaDay(instant: Date, days = 0): string {
  return new Date(instant.getTime() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last China day a vote takes ballots: closesAt is excluded, so the day of the instant just before. */
export function lastChinaDay(closesAt: Date): string {
  return chinaDay(new Date(closesAt.getTime() - 1));
}
