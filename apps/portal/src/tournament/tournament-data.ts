// What the tournament page reads (docs/api/tournaments.md §4): the draw of one event (groups,
// tables, bracket, standings) and its matches; the public may read them once registration closed.

export interface Entrant {
  registrationId: string;
  /** The player, or both players of a pair as “甲 / 乙”. */
  name: string;
  unitName: string;
}

export interface GameScore {
  a: number;
  b: number;
}

export interface BracketMatch {
  id: string;
  slot: string;
  bye: boolean;
  scoreText: string | null;
  entrantA: Entrant | null;
  entrantB: Entrant | null;
  winner: { registrationId: string } | null;
}

export interface KnockoutRound {
  round: number;
  name: string;
  matches: BracketMatch[];
}

export interface GroupStanding {
  place: number;
  played: number;
  won: number;
  lost: number;
  gamesWon: number;
  gamesLost: number;
  gameDifference: number;
  pointDifference: number;
  explanation: string;
  entrant: Entrant | null;
}

export interface GroupTable {
  group: string;
  complete: boolean;
  note: string | null;
  standings: GroupStanding[];
}

export interface FinalStanding {
  place: number | null;
  sharedPlace: boolean;
  stageReached: string;
  entrant: Entrant | null;
}

export interface TournamentDraw {
  id: string;
  mode: "GROUPS_KNOCKOUT" | "KNOCKOUT" | string;
  groupTables: GroupTable[];
  bracket: { size: number; rounds: KnockoutRound[] };
  standings: FinalStanding[];
}

export interface ScheduledMatch extends BracketMatch {
  stage: "GROUP" | "KNOCKOUT" | string;
  stageName: string;
  matchNumber: number;
  court: string | null;
  scheduledAt: string | null;
  games: GameScore[] | null;
}

export interface TournamentActivity {
  id: string;
  name: string;
  categories: { id: string; name: string }[];
  tournamentRounds: { id: string; name: string }[];
}

const entrantFields = "registrationId name unitName";

/** Every activity the public may see, to find the one this match round belongs to and its events. */
export const tournamentActivitiesQuery = `query PortalTournamentActivities {
  publicActivities { id name categories { id name } tournamentRounds { id name } }
}`;

/** The events of the round that have been drawn: the only ones with anything to show. */
export const drawnEventsQuery = `query PortalDrawnEvents($roundId: ID!) {
  allTournamentDraws(page: 0, perPage: 50, filter: { roundId: $roundId }) { categoryId }
}`;

export const drawQuery = `query PortalTournamentDraw($roundId: ID!, $categoryId: ID!) {
  tournamentDraw(roundId: $roundId, categoryId: $categoryId) {
    id mode
    groupTables {
      group complete note
      standings { place played won lost gamesWon gamesLost gameDifference pointDifference explanation entrant { ${entrantFields} } }
    }
    bracket { size rounds { round name matches {
      id slot bye scoreText entrantA { ${entrantFields} } entrantB { ${entrantFields} } winner { registrationId }
    } } }
    standings { place sharedPlace stageReached entrant { ${entrantFields} } }
  }
}`;

export const matchesQuery = `query PortalTournamentMatches($roundId: ID!, $categoryId: ID!) {
  allMatches(page: 0, perPage: 200, sortField: "scheduledAt", sortOrder: "ASC", filter: { roundId: $roundId, categoryId: $categoryId }) {
    id stage stageName matchNumber slot bye court scheduledAt scoreText games { a b }
    entrantA { ${entrantFields} } entrantB { ${entrantFields} } winner { registrationId }
  }
}`;

/** The signed-in worker's own matches (WORKER only), to highlight them. */
export const myMatchesQuery = "query PortalMyMatches { myMatches { id } }";

/** The trailing number of a slot: R8-3 → 3, A-12 → 12. */
function slotNumber(slot: string): number {
  const match = /(\d+)$/.exec(slot);
  return match ? Number(match[1]) : 0;
}

export interface BracketCell {
  match: BracketMatch;
  /** CSS grid row where the match's box starts (1-based) and how many rows it spans. */
  rowStart: number;
  rowSpan: number;
}

export interface BracketColumn {
  round: number;
  name: string;
  cells: BracketCell[];
}

/**
 * Lays the knockout out as columns of rounds on one grid: the first round's matches take two rows
 * each, and every later match spans the rows of the matches that feed it, so each box sits level
 * with the middle of its two predecessors (the classic bracket), whatever the number of rounds.
 */
export function bracketLayout(rounds: readonly KnockoutRound[]): { rows: number; columns: BracketColumn[] } {
  const ordered = [...rounds].filter((round) => round.matches.length > 0).sort((x, y) => x.round - y.round);
  const widest = Math.max(1, ...ordered.map((round) => round.matches.length));
  const rows = widest * 2;
  const columns = ordered.map((round) => {
    const matches = [...round.matches].sort((x, y) => slotNumber(x.slot) - slotNumber(y.slot));
    const count = matches.length;
    return {
      round: round.round,
      name: round.name,
      cells: matches.map((match, index) => {
        const from = Math.floor((index * rows) / count);
        const to = Math.floor(((index + 1) * rows) / count);
        return { match, rowStart: from + 1, rowSpan: to - from };
      }),
    };
  });
  return { rows, columns };
}

/**
 * The order of a schedule: matches with a time by time (then court), those still without one after
 * them, groups before the knockout, each stage in slot order.
 */
export function scheduleOrder<T extends Pick<ScheduledMatch, "scheduledAt" | "court" | "stage" | "slot">>(
  matches: readonly T[],
): T[] {
  const stageRank = (match: T) => (match.stage === "GROUP" ? 0 : 1);
  // Group slots … B-1; knockout slots by round, the earliest (the most lines, R8) first.
  const slotKey = (match: T) => {
    const knockout = /^R(\d+)-(\d+)$/.exec(match.slot);
    if (knockout) return `${String(100_000 - Number(knockout[1])).padStart(6, "0")}-${knockout[2]?.padStart(4, "0")}`;
    return match.slot.replace(/\d+/g, (digits) => digits.padStart(4, "0"));
  };
  return [...matches].sort((x, y) => {
    if (x.scheduledAt !== null && y.scheduledAt !== null) {
      return Date.parse(x.scheduledAt) - Date.parse(y.scheduledAt) || (x.court ?? "").localeCompare(y.court ?? "");
    }
    if (x.scheduledAt !== null) return -1;
    if (y.scheduledAt !== null) return 1;
    return stageRank(x) - stageRank(y) || slotKey(x).localeCompare(slotKey(y));
  });
}

/** Game by game from side A's view: “21:19  18:21  21:15”; null before the match is played. */
export function gameByGame(games: readonly GameScore[] | null): string[] | null {
  if (!games || games.length === 0) return null;
  return games.map((game) => `${game.a}:${game.b}`);
}

/** Which side won: "A", "B", or null while undecided. */
export function winningSide(match: Pick<BracketMatch, "winner" | "entrantA" | "entrantB">): "A" | "B" | null {
  const winner = match.winner?.registrationId;
  if (!winner) return null;
  if (winner === match.entrantA?.registrationId) return "A";
  if (winner === match.entrantB?.registrationId) return "B";
  return null;
}

/** The activity's events that have a draw, in the activity's order; all of them while that is unknown. */
export function drawnEvents<T extends { id: string }>(
  categories: readonly T[],
  drawnIds: readonly string[] | undefined,
): T[] {
  if (drawnIds === undefined) return [...categories];
  return categories.filter((category) => drawnIds.includes(category.id));
}

/** The activity whose match rounds include this round, or null. */
export function activityOfRound(
  activities: readonly TournamentActivity[],
  roundId: string,
): { activity: TournamentActivity; roundName: string } | null {
  for (const activity of activities) {
    const round = activity.tournamentRounds.find((candidate) => candidate.id === roundId);
    if (round) return { activity, roundName: round.name };
  }
  return null;
}
