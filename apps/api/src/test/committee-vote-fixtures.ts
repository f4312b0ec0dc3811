// A 劳模选树 activity in judging whose committee round (评审委员会表决) is the template's, shrunk to
// the five demo judge accounts, with candidates nominated from the demo workers.
import type { PrismaClient } from "@jinzhou/db";
import type { ActivityConfiguration } from "@jinzhou/domain";
import { syncRounds } from "../judging/sync-rounds.ts";
import { createJudgingActivity } from "./judging-fixtures.ts";

/** The demo's five judge accounts, none from 古塔区 (packages/db/src/demo/accounts.ts). */
export const committeeMembers = ["judge", "judge2", "judge3", "judge4", "judge5"] as const;

/**
 * A model-worker selection in JUDGING with one CONFIRMED candidate per worker id (each from the
 * worker's own organization) and the template's committee round, its committee shrunk to
 * `committeeSize` members (judgesPerEntry and maxResult, as the configuration rules require them
 * equal) and its title given to `titles` candidates.
 */
export async function createCommitteeVoteActivity(
  prisma: PrismaClient,
  options: { code: string; workerIds: number[]; committeeSize: number; titles: number },
) {
  const workers = await prisma.worker.findMany({
    where: { id: { in: options.workerIds } },
    select: { id: true, name: true, organizationId: true },
  });
  const entries = options.workerIds.map((workerId) => {
    const worker = workers.find((candidate) => candidate.id === workerId);
    if (!worker) throw new Error(`no demo worker ${workerId}`);
    return { organizationId: worker.organizationId, name: null, memberWorkerIds: [workerId] };
  });
  const made = await createJudgingActivity(prisma, {
    code: options.code,
    kind: "MODEL_WORKER_SELECTION",
    entries,
  });
  const configuration = made.activity.configuration as unknown as ActivityConfiguration;
  const size = String(options.committeeSize);
  const adjusted: ActivityConfiguration = {
    ...configuration,
    rounds: configuration.rounds.map((round) =>
      round.kind === "COMMITTEE_VOTE" ? { ...round, judgesPerEntry: options.committeeSize, maxResult: size } : round,
    ),
    awards: {
      ...configuration.awards,
      tiers: configuration.awards.tiers.map((tier) => ({ ...tier, size: { by: "COUNT", count: options.titles } })),
    },
  };
  await prisma.$transaction(async (tx) => {
    await tx.activity.update({ where: { id: made.activity.id }, data: { configuration: adjusted as object } });
    await syncRounds(tx, made.activity.id, adjusted);
  });
  const round = await prisma.round.findFirstOrThrow({
    where: { activityId: made.activity.id, kind: "COMMITTEE_VOTE" },
  });
  const members = await prisma.user.findMany({
    where: { username: { in: [...committeeMembers] } },
    select: { id: true, username: true, displayName: true },
  });
  return {
    activity: made.activity,
    category: made.categories[0],
    round,
    registrations: made.registrations,
    members: committeeMembers.map((username) => {
      const user = members.find((candidate) => candidate.username === username);
      if (!user) throw new Error(`no demo account ${username}`);
      return user;
    }),
  };
}
