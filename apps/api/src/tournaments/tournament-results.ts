import type { Prisma } from "@jinzhou/db";
import { type ActivityConfiguration, awardsForPlaces, cityAwardTrack } from "@jinzhou/domain";
import { tournamentStandingsOf } from "./tournament-standings.ts";

type Db = Prisma.TransactionClient;

/**
 * The Result rows of a tournament's events: places from each event's bracket and groups
 * (tournamentStandingsOf), award tiers by place (冠军, 亚军, both losing semi-finalists 季军), on the
 * city track only — a bracket is one competition, so there is no county ranking of it. Entrants
 * whose place is not decided yet get an unranked row saying so. Events not drawn give no rows.
 */
export async function tournamentResultRows(
  db: Db,
  activityId: number,
  configuration: ActivityConfiguration,
  categoryIds: readonly number[],
  computedAt: Date,
): Promise<Prisma.ResultCreateManyInput[]> {
  const round = await db.round.findFirst({
    where: { activityId, kind: "MATCHES" },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (!round) return [];
  const track = (configuration.awardTracks ?? []).find((candidate) => candidate.level === "CITY") ?? cityAwardTrack;
  const rows: Prisma.ResultCreateManyInput[] = [];
  for (const categoryId of categoryIds) {
    const standings = await tournamentStandingsOf(db, round.id, categoryId);
    const awards = new Map(
      awardsForPlaces(
        configuration.awards,
        standings.map((standing) => ({ entryId: standing.registrationId, place: standing.place })),
      ).map((award) => [award.entryId, award.tier]),
    );
    for (const standing of standings) {
      const tier = awards.get(standing.registrationId) ?? null;
      rows.push({
        activityId,
        categoryId,
        registrationId: standing.registrationId,
        trackKey: track.key,
        trackName: track.name,
        total: null,
        totalText: null,
        place: standing.place,
        sharedPlace: standing.sharedPlace,
        explanation: standing.place === null ? `${standing.explanation}（名次尚未决出）` : standing.explanation,
        awardTierKey: tier?.key ?? null,
        awardTierName: tier?.name ?? null,
        titles: [],
        advancesToProvincial: false,
        details: { stageReached: standing.stageReached },
        computedAt,
      });
    }
  }
  return rows;
}
