import type { PrismaClient } from "@jinzhou/db";
import { knockoutFinishes, knockoutRoundName } from "@jinzhou/domain";
import { groupTables, loadDrawAndMatches } from "./group-tables.ts";
import { registrationIdOf, type StoredTournamentDraw } from "./stored-draw.ts";
import { loadTournamentEntrants } from "./tournament-entrants.ts";
import { isKnownEntrant, knockoutBracketOf, type MatchRow } from "./tournament-sync.ts";

export interface TournamentStanding {
  registrationId: number;
  /** 名次: 1 champion, 2 runner-up, 3 both losing semi-finalists, 5 …; null while not yet decided. */
  place: number | null;
  /** 并列: the place is shared with others. */
  sharedPlace: boolean;
  /** How far the entrant got: "冠军", "半决赛", "小组赛" … */
  stageReached: string;
  /** Why this place, in Chinese, for the results and the public. */
  explanation: string;
}

/**
 * The final placing of every entrant of one event, for the results: the knockout decides places 1
 * and 2, the losers of each round share the next place (both losing semi-finalists 并列第三名:
 * badminton plays no third-place match; the losers of the 1/4 决赛 share fifth …); those who went
 * out in the groups come after everyone in the knockout, by their place in their group (every
 * group's third shares a place, then every fourth). Entrants whose place is not decided yet have
 * place null. Returns an empty list when the event has not been drawn.
 */
export async function tournamentStandingsOf(
  prisma: Pick<PrismaClient, "tournamentDraw" | "match" | "registration">,
  roundId: number,
  categoryId: number,
): Promise<TournamentStanding[]> {
  const loaded = await loadDrawAndMatches(prisma, roundId, categoryId);
  if (!loaded) return [];
  const names = await loadTournamentEntrants(prisma, loaded.draw.entrants);
  return standingsFrom(loaded.draw, loaded.rows, (id) => names.get(id)?.name ?? "");
}

/** The same, over a draw and its matches already read, with the entrants' names by registration id. */
export function standingsFrom(
  draw: StoredTournamentDraw,
  rows: readonly MatchRow[],
  nameOfRegistration: (registrationId: number) => string,
): TournamentStanding[] {
  const bracket = knockoutBracketOf(draw, rows);
  const nameOf = (entrant: string | null) =>
    isKnownEntrant(entrant) ? nameOfRegistration(registrationIdOf(entrant)) : "待定";

  const standings = new Map<number, TournamentStanding>();
  const lostIn = new Map<string, { round: number; to: string | null }>();
  for (const round of bracket.rounds) {
    for (const match of round) {
      if (match.decision !== "PLAYED" && match.decision !== "WALKOVER") continue;
      const loser = match.winner === match.a ? match.b : match.a;
      if (loser !== null) lostIn.set(loser, { round: match.round, to: match.winner });
    }
  }
  const finalRound = bracket.rounds.length;
  for (const finish of knockoutFinishes(bracket)) {
    if (!isKnownEntrant(finish.entrant)) continue;
    const lost = lostIn.get(finish.entrant);
    const stage = lost ? knockoutRoundName(bracket.size, lost.round) : "决赛";
    const explanation =
      finish.place === 1
        ? `${finish.title}：决赛战胜 ${nameOf(bracket.rounds[finalRound - 1]?.[0]?.[lostLoserSide(bracket)] ?? null)}`
        : `${finish.title}：${stage}负于 ${nameOf(lost?.to ?? null)}`;
    standings.set(registrationIdOf(finish.entrant), {
      registrationId: registrationIdOf(finish.entrant),
      place: finish.place,
      sharedPlace: finish.place >= 3,
      stageReached: finish.place === 1 ? "冠军" : stage,
      explanation,
    });
  }

  const inKnockout = new Set(bracket.rounds[0]?.flatMap((match) => [match.a, match.b]).filter(isKnownEntrant) ?? []);
  const knockoutEntrants = draw.knockout.lines.filter((line) => !line.bye).length;
  const tables = groupTables(draw, rows);
  const out = tables
    .filter((table) => table.complete)
    .flatMap((table) => table.standings.filter((row) => !inKnockout.has(row.entrant)).map((row) => ({ table, row })));
  const groupPlaces = [...new Set(out.map(({ row }) => row.place))].sort((a, b) => a - b);
  let nextPlace = knockoutEntrants + 1;
  for (const groupPlace of groupPlaces) {
    const level = out.filter(({ row }) => row.place === groupPlace);
    for (const { table, row } of level) {
      const shared = level.length > 1;
      standings.set(row.registrationId, {
        registrationId: row.registrationId,
        place: nextPlace,
        sharedPlace: shared,
        stageReached: "小组赛",
        explanation: `${table.group} 组第 ${groupPlace} 名，未进入淘汰赛，${shared ? "并列" : ""}第 ${nextPlace} 名（${row.explanation}）`,
      });
    }
    nextPlace += level.length;
  }

  for (const registrationId of draw.entrants) {
    if (standings.has(registrationId)) continue;
    const alive = inKnockout.has(String(registrationId));
    standings.set(registrationId, {
      registrationId,
      place: null,
      sharedPlace: false,
      stageReached: alive ? "淘汰赛" : "小组赛",
      explanation: alive ? "淘汰赛进行中，名次尚未决出" : "小组赛尚未结束，名次尚未决出",
    });
  }
  return [...standings.values()].sort(
    (one, other) =>
      (one.place ?? Number.MAX_SAFE_INTEGER) - (other.place ?? Number.MAX_SAFE_INTEGER) ||
      one.registrationId - other.registrationId,
  );
}

/** The side of the final the runner-up stood on. */
function lostLoserSide(bracket: ReturnType<typeof knockoutBracketOf>): "a" | "b" {
  const final = bracket.rounds[bracket.rounds.length - 1]?.[0];
  return final && final.winner === final.a ? "b" : "a";
}
