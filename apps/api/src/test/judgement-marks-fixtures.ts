// A performance contest in judging whose one round is marked WorldSkills style (评价分，世赛评分法):
// three judges give each of two aspects 0–3; a spread above 1 must be resolved before locking.
import type { PrismaClient } from "@jinzhou/db";
import type { ActivityConfiguration } from "@jinzhou/domain";
import { syncRounds } from "../judging/sync-rounds.ts";
import { createJudgingActivity, grassrootsUnder } from "./judging-fixtures.ts";

/** Three demo judge accounts, none from 古塔区 (packages/db/src/demo/accounts.ts). */
export const judgementJudges = ["judge2", "judge3", "judge4"] as const;

export const judgementAspects = [
  { key: "craft", name: "工艺规范" },
  { key: "finish", name: "成品外观" },
] as const;

/**
 * A PERFORMANCE_CONTEST in JUDGING with two CONFIRMED teams from a grassroots union under 古塔区
 * (JZ-GT) and its round replaced by a judgement-marks round ("marks", maximum 2 aspects × 3 = 6,
 * three judges, spread at most 1). Returns the activity, its category, the round, the two
 * registrations and the three judges' users.
 */
export async function createJudgementMarksActivity(prisma: PrismaClient, code: string) {
  const union = await grassrootsUnder(prisma, "JZ-GT");
  const made = await createJudgingActivity(prisma, {
    code,
    kind: "PERFORMANCE_CONTEST",
    entries: [
      { organizationId: union.id, name: "焊花队" },
      { organizationId: union.id, name: "铆工队" },
    ],
  });
  const configuration = made.activity.configuration as unknown as ActivityConfiguration;
  const [template] = configuration.rounds;
  if (!template) throw new Error("the template has no round");
  const adjusted: ActivityConfiguration = {
    ...configuration,
    rounds: [
      {
        ...template,
        key: "marks",
        name: "评价分评审",
        kind: "CRITERIA_SCORING",
        weight: "100",
        maxResult: "6",
        criteriaScoring: null,
        judgesPerEntry: null,
        judgementMarks: { aspects: [...judgementAspects], judgeCount: 3, maxSpread: 1 },
      },
    ],
  };
  await prisma.$transaction(async (tx) => {
    await tx.activity.update({ where: { id: made.activity.id }, data: { configuration: adjusted as object } });
    await syncRounds(tx, made.activity.id, adjusted);
  });
  const round = await prisma.round.findFirstOrThrow({ where: { activityId: made.activity.id, key: "marks" } });
  const users = await prisma.user.findMany({
    where: { username: { in: [...judgementJudges] } },
    select: { id: true, username: true, displayName: true },
  });
  return {
    activity: made.activity,
    category: made.categories[0],
    round,
    registrations: made.registrations,
    judges: judgementJudges.map((username) => {
      const user = users.find((candidate) => candidate.username === username);
      if (!user) throw new Error(`no demo account ${username}`);
      return user;
    }),
  };
}
