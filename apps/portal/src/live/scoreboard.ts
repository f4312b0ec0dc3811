// A round's live scoreboard as the API sends it (query and subscription roundScoreboard, docs/api/live.md).

export interface ScoreboardEntry {
  registrationId: string;
  name: string;
  unitName: string;
  categoryName: string;
  /** Two decimals ("91.75"); null until the entry's sheets can be combined. */
  score: string | null;
  judgesSubmitted: number;
  judgesAssigned: number;
  place: number | null;
  placeLabel: string | null;
}

export interface Scoreboard {
  roundId: string;
  activityName: string;
  roundName: string;
  activityState: string;
  aggregationMethod: string;
  computedAt: string;
  entries: ScoreboardEntry[];
}

const boardFields = `
  roundId activityName roundName activityState aggregationMethod computedAt
  entries { registrationId name unitName categoryName score judgesSubmitted judgesAssigned place placeLabel }
`;

export const scoreboardQuery = `query PortalScoreboard($roundId: ID!) { roundScoreboard(roundId: $roundId) { ${boardFields} } }`;
export const scoreboardSubscription = `subscription PortalScoreboardLive($roundId: ID!) { roundScoreboard(roundId: $roundId) { ${boardFields} } }`;

/**
 * The entries whose standing changed between two boards: a new score, another judge in, another
 * place, or an entry that was not there. The first board (no previous one) changes nothing.
 */
export function changedEntries(previous: Scoreboard | undefined, next: Scoreboard): Set<string> {
  const changed = new Set<string>();
  if (!previous) return changed;
  const before = new Map(previous.entries.map((entry) => [entry.registrationId, entry]));
  for (const entry of next.entries) {
    const old = before.get(entry.registrationId);
    if (
      !old ||
      old.score !== entry.score ||
      old.judgesSubmitted !== entry.judgesSubmitted ||
      old.judgesAssigned !== entry.judgesAssigned ||
      old.place !== entry.place
    ) {
      changed.add(entry.registrationId);
    }
  }
  return changed;
}

/** The board's entries by category, in the order the API ranks them (categories in first-seen order). */
export function entriesByCategory(board: Scoreboard): { categoryName: string; entries: ScoreboardEntry[] }[] {
  const groups = new Map<string, ScoreboardEntry[]>();
  for (const entry of board.entries) {
    const group = groups.get(entry.categoryName);
    if (group) group.push(entry);
    else groups.set(entry.categoryName, [entry]);
  }
  return [...groups].map(([categoryName, entries]) => ({ categoryName, entries }));
}
