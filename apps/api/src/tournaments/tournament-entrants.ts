import type { PrismaClient } from "@jinzhou/db";
import DataLoader from "dataloader";
import type { Context } from "../context.ts";

/**
 * An entrant as everyone may see it on a draw, a schedule or a table: names and units only, never
 * an ID number or a phone.
 */
export interface TournamentEntrant {
  registrationId: number;
  /** The player's name, or a pair's names "张三 / 李四" (or the team name the pair registered). */
  name: string;
  /** The unit (基层工会) the entry came from. */
  unitName: string;
  players: { name: string; unitName: string; workerId: number }[];
}

export async function loadTournamentEntrants(
  prisma: Pick<PrismaClient, "registration">,
  ids: readonly number[],
): Promise<Map<number, TournamentEntrant>> {
  const rows = await prisma.registration.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: {
      id: true,
      name: true,
      organization: { select: { name: true } },
      members: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { worker: { select: { id: true, name: true, organization: { select: { name: true } } } } },
      },
    },
  });
  return new Map(
    rows.map((row) => {
      const players = row.members.map((member) => ({
        name: member.worker.name,
        unitName: member.worker.organization.name,
        workerId: member.worker.id,
      }));
      const name = row.name ?? players.map((player) => player.name).join(" / ");
      return [row.id, { registrationId: row.id, name, unitName: row.organization.name, players }];
    }),
  );
}

const loaders = new WeakMap<Context, DataLoader<number, TournamentEntrant | null>>();

/** Request-scoped batching: a schedule of 40 matches costs one query for its entrants. */
export function tournamentEntrantLoader(context: Context): DataLoader<number, TournamentEntrant | null> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await loadTournamentEntrants(context.prisma, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    loaders.set(context, loader);
  }
  return loader;
}

/** "张三（古塔区某某公司工会）" for messages. */
export function entrantText(entrant: TournamentEntrant | undefined | null): string {
  return entrant ? `${entrant.name}（${entrant.unitName}）` : "待定";
}
