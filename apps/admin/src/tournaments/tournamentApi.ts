import type { TournamentFormat } from "@jinzhou/domain";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

/** The GraphQL operations of the tournament desk (docs/api/tournaments.md) and the shapes they return. */

export interface Entrant {
  registrationId: string;
  name: string;
  unitName: string;
}

export interface GameScore {
  a: number;
  b: number;
}

export type MatchStage = "GROUP" | "KNOCKOUT";

export interface MatchRow {
  id: string;
  slot: string;
  stage: MatchStage;
  stageName: string;
  matchNumber: number;
  court: string | null;
  scheduledAt: string | null;
  bye: boolean;
  entrantA: Entrant | null;
  entrantB: Entrant | null;
  winner: Entrant | null;
  games: GameScore[] | null;
  scoreText: string | null;
  version: number;
}

export interface KnockoutLine {
  line: number;
  source: string | null;
  seed: number | null;
  bye: boolean;
  entrant: Entrant | null;
}

export type RankingCriterion = "MATCHES_WON" | "HEAD_TO_HEAD" | "GAME_DIFFERENCE" | "POINT_DIFFERENCE" | "LOTS";

export interface GroupStanding {
  place: number;
  played: number;
  won: number;
  lost: number;
  gamesWon: number;
  gamesLost: number;
  gameDifference: number;
  pointsWon: number;
  pointsLost: number;
  pointDifference: number;
  decidedBy: RankingCriterion;
  explanation: string;
  entrant: Entrant | null;
}

export interface GroupLots {
  group: string;
  lotNumber: number;
  drawnAt: string;
  order: Entrant[];
}

export interface GroupTable {
  group: string;
  complete: boolean;
  note: string | null;
  standings: GroupStanding[];
  lots: GroupLots[];
}

export interface BracketMatch {
  id: string;
  slot: string;
  bye: boolean;
  entrantA: Entrant | null;
  entrantB: Entrant | null;
  winner: Entrant | null;
  scoreText: string | null;
}

export interface Bracket {
  size: number;
  rounds: { round: number; name: string; matches: BracketMatch[] }[];
}

export interface FinalStanding {
  place: number | null;
  sharedPlace: boolean;
  stageReached: string;
  explanation: string;
  entrant: Entrant | null;
}

/** The raw lots as the API keeps them: registration ids and line numbers. */
export interface RawLots {
  lotNumber?: number;
  source?: string;
  drawnAt?: string;
  unseededOrder?: number[];
  seedSections?: number[][];
  lineOrder?: number[] | null;
}

export type DrawMode = "GROUPS_KNOCKOUT" | "KNOCKOUT";

export interface TournamentDraw {
  id: string;
  mode: DrawMode;
  lotNumber: number;
  lotSource: string;
  lots: RawLots;
  record: string[];
  redraws: number;
  separateUnits: boolean;
  drawnAt: string;
  drawnByName: string;
  seeds: { seed: number; entrant: Entrant | null }[];
  groups: { name: string; members: Entrant[] }[];
  knockoutSize: number;
  knockoutLines: KnockoutLine[];
  groupTables: GroupTable[];
  bracket: Bracket;
  standings: FinalStanding[];
}

export interface ConfirmedEntry {
  id: string;
  name: string | null;
  members: { name: string; isLeader: boolean }[];
}

export interface TournamentActivity {
  id: string;
  name: string;
  state: string;
  kind: string;
  configuration: { tournament?: TournamentFormat } | null;
  categories: { id: string; key: string; name: string; sortOrder: number }[];
}

const entrantFields = "registrationId name unitName";
const matchFields = `id slot stage stageName matchNumber court scheduledAt bye version scoreText
  games { a b } entrantA { ${entrantFields} } entrantB { ${entrantFields} } winner { ${entrantFields} }`;
const drawFields = `id mode lotNumber lotSource lots record redraws separateUnits drawnAt drawnByName
  seeds { seed entrant { ${entrantFields} } }
  groups { name members { ${entrantFields} } }
  knockoutSize knockoutLines { line source seed bye entrant { ${entrantFields} } }
  groupTables {
    group complete note
    standings { place played won lost gamesWon gamesLost gameDifference pointsWon pointsLost pointDifference
                decidedBy explanation entrant { ${entrantFields} } }
    lots { group lotNumber drawnAt order { ${entrantFields} } }
  }
  bracket { size rounds { round name matches { id slot bye scoreText
    entrantA { ${entrantFields} } entrantB { ${entrantFields} } winner { ${entrantFields} } } } }
  standings { place sharedPlace stageReached explanation entrant { ${entrantFields} } }`;

/** The activity, its events and its MATCHES round. */
export async function loadTournamentActivity(
  activityId: string,
): Promise<{ activity: TournamentActivity; roundId: string | null }> {
  const data = await requestGraphql<{ Activity: TournamentActivity; allRounds: { id: string }[] }>(
    `query TournamentActivity($id: ID!) {
      Activity(id: $id) { id name state kind configuration categories { id key name sortOrder } }
      allRounds(filter: { activityId: $id, kind: MATCHES }) { id }
    }`,
    { id: activityId },
  );
  return { activity: data.Activity, roundId: data.allRounds[0]?.id ?? null };
}

/**
 * Matches and entries read per event. The API prices a query by rows × fields (at most 25,000):
 * 250 covers an event of about 100 entrants in groups of four (150 group and 63 knockout matches).
 */
const eventPageSize = 250;

export interface EventData {
  draw: TournamentDraw | null;
  matches: MatchRow[];
  entries: ConfirmedEntry[];
}

/** One event's draw (null before the draw), every match by slot, and its confirmed entries (for seeding). */
export async function loadEvent(roundId: string, categoryId: string): Promise<EventData> {
  const data = await requestGraphql<{
    tournamentDraw: TournamentDraw | null;
    allMatches: MatchRow[];
    allRegistrations: ConfirmedEntry[];
  }>(
    `query TournamentEvent($r: ID!, $c: ID!) {
      tournamentDraw(roundId: $r, categoryId: $c) { ${drawFields} }
      allMatches(page: 0, perPage: ${eventPageSize}, sortField: "id", sortOrder: "ASC", filter: { roundId: $r, categoryId: $c }) {
        ${matchFields}
      }
      allRegistrations(page: 0, perPage: ${eventPageSize}, sortField: "id", sortOrder: "ASC", filter: { categoryId: $c, state: CONFIRMED }) {
        id name members { name isLeader }
      }
    }`,
    { r: roundId, c: categoryId },
  );
  return { draw: data.tournamentDraw, matches: data.allMatches, entries: data.allRegistrations };
}

export interface DrawRequest {
  roundId: string;
  categoryId: string;
  mode: DrawMode;
  seedRegistrationIds: string[];
  lotNumber: number | null;
  separateUnits: boolean;
  reason: string | null;
}

export async function drawTournament(request: DrawRequest): Promise<void> {
  await requestGraphql(
    `mutation Draw($roundId: ID!, $categoryId: ID!, $mode: TournamentDrawMode, $seeds: [ID!], $lot: Int,
                   $separate: Boolean, $reason: String) {
      drawTournament(roundId: $roundId, categoryId: $categoryId, mode: $mode, seedRegistrationIds: $seeds,
                     lotNumber: $lot, separateUnits: $separate, reason: $reason) { id }
    }`,
    {
      roundId: request.roundId,
      categoryId: request.categoryId,
      mode: request.mode,
      seeds: request.seedRegistrationIds,
      lot: request.lotNumber,
      separate: request.separateUnits,
      reason: request.reason,
    },
  );
}

export async function scheduleMatch(id: string, court: string, scheduledAt: string, version: number): Promise<void> {
  await requestGraphql(
    `mutation Schedule($id: ID!, $court: String!, $at: DateTime!, $v: Int!) {
      scheduleMatch(id: $id, court: $court, scheduledAt: $at, version: $v) { id version }
    }`,
    { id, court, at: scheduledAt, v: version },
  );
}

export async function recordMatchScore(
  id: string,
  games: GameScore[],
  version: number,
  reason: string | null,
): Promise<void> {
  await requestGraphql(
    `mutation Score($id: ID!, $v: Int!, $g: [GameScoreInput!]!, $reason: String) {
      recordMatchScore(id: $id, version: $v, games: $g, reason: $reason) { id version }
    }`,
    { id, v: version, g: games, reason },
  );
}

/** Tournament activities for the desk's list. */
export async function loadTournamentActivities(): Promise<{ id: string; name: string; year: number; state: string }[]> {
  const data = await requestGraphql<{ allActivities: { id: string; name: string; year: number; state: string }[] }>(
    `{ allActivities(page: 0, perPage: 200, sortField: "id", sortOrder: "DESC", filter: { kind: TOURNAMENT }) {
      id name year state } }`,
  );
  return data.allActivities;
}
