// A choir contest being judged, with teams, judges and score sheets written straight into the
// database, for the live scoreboard tests.
import type { PrismaClient } from "@jinzhou/db";
import { type ActivityConfiguration, type ActivityState, activityTemplate } from "@jinzhou/domain";

export interface JudgedRound {
  activityId: number;
  roundId: number;
  /** Registration ids of teams 甲, 乙, 丙 (units 古塔区, 凌河区, 太和区 or the first three units). */
  teams: { a: number; b: number; c: number };
  /** Three judges' user ids, ordered. */
  judges: [number, number, number];
  /** The assignment of judge `judge` (0–2) to a team. */
  assignmentOf(team: number, judge: number): number;
}

/**
 * A performance contest (合唱比赛) in `state` with one category and one criteria-scoring round
 * (the template's trimmed mean, which trims nothing below five judges, so it is a plain mean here),
 * three teams from units outside the judges' own subtrees, and three judges seated on the panel
 * and each assigned to every team, no score sheets yet. The criteria are the template's choir
 * criteria (pitch 50, stage 20, appearance 15, entrance 10, song 5).
 */
export async function createJudgedRound(
  prisma: PrismaClient,
  options: { code: string; state?: ActivityState },
): Promise<JudgedRound> {
  const department = await prisma.department.findUniqueOrThrow({ where: { name: "生产保护部" } });
  const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  const template = activityTemplate("PERFORMANCE_CONTEST");
  const configuration: ActivityConfiguration = {
    ...template,
    name: `大屏测试 ${options.code}`,
    ownerDepartmentCode: department.code,
  };
  const category = template.categories[0];
  const templateRound = template.rounds[0];
  if (!category || !templateRound) throw new Error("the performance template has no category or round");
  const activity = await prisma.activity.create({
    data: {
      code: options.code,
      name: configuration.name,
      kind: "PERFORMANCE_CONTEST",
      state: options.state ?? "JUDGING",
      departmentId: department.id,
      year: 2099,
      configuration: configuration as object,
      createdById: admin.id,
      categories: {
        create: [{ key: category.categoryId, name: category.categoryName, entrantType: "TEAM", sortOrder: 0 }],
      },
      rounds: {
        create: [
          {
            key: templateRound.key,
            name: templateRound.name,
            kind: templateRound.kind,
            weight: templateRound.weight,
            maxResult: templateRound.maxResult,
          },
        ],
      },
    },
    include: { categories: true, rounds: true },
  });
  const round = activity.rounds[0];
  const categoryRow = activity.categories[0];
  if (!round || !categoryRow) throw new Error("round or category missing");
  const judgeUsers = await prisma.user.findMany({
    where: { role: "JUDGE" },
    orderBy: { id: "asc" },
    take: 3,
    select: { id: true, organization: { select: { path: true, kind: true } } },
  });
  if (judgeUsers.length < 3) throw new Error("fewer than three judges in the demo data");
  // Units outside every judge's own subtree, so no judge is excluded for a conflict of interest.
  const judgeSubtrees = judgeUsers
    .filter((judge) => judge.organization.kind !== "CITY_FEDERATION")
    .map((judge) => judge.organization.path);
  const units = (
    await prisma.organization.findMany({
      where: { kind: "GRASSROOTS_UNION" },
      orderBy: { id: "asc" },
      select: { id: true, path: true },
    })
  )
    .filter((unit) => !judgeSubtrees.some((path) => unit.path.startsWith(path)))
    .slice(0, 3);
  const teams = [];
  for (const [index, name] of ["甲队", "乙队", "丙队"].entries()) {
    const unit = units[index];
    if (!unit) throw new Error("fewer than three grassroots unions in the demo data");
    teams.push(
      await prisma.registration.create({
        data: {
          activityId: activity.id,
          categoryId: categoryRow.id,
          entrantType: "TEAM",
          channel: "UNIT_NOMINATION",
          state: "CONFIRMED",
          name: `${options.code} ${name}`,
          organizationId: unit.id,
        },
      }),
    );
  }
  // The panel: the three judges sit on the round for the category.
  await prisma.roundJudge.createMany({
    data: judgeUsers.map((judge) => ({ roundId: round.id, categoryId: categoryRow.id, judgeUserId: judge.id })),
  });
  const assignments = new Map<string, number>();
  for (const [teamIndex, team] of teams.entries()) {
    for (const [judgeIndex, judge] of judgeUsers.entries()) {
      const assignment = await prisma.judgeAssignment.create({
        data: { roundId: round.id, registrationId: team.id, judgeUserId: judge.id, assignedById: admin.id },
      });
      assignments.set(`${teamIndex}:${judgeIndex}`, assignment.id);
    }
  }
  const [a, b, c] = teams;
  const [j1, j2, j3] = judgeUsers;
  if (!a || !b || !c || !j1 || !j2 || !j3) throw new Error("unreachable");
  return {
    activityId: activity.id,
    roundId: round.id,
    teams: { a: a.id, b: b.id, c: c.id },
    judges: [j1.id, j2.id, j3.id],
    assignmentOf: (team, judge) => {
      const id = assignments.get(`${team}:${judge}`);
      if (id === undefined) throw new Error(`no assignment ${team}:${judge}`);
      return id;
    },
  };
}

/** A judge's score sheet with its total, LOCKED (submitted) unless told otherwise. */
export async function writeScore(
  prisma: PrismaClient,
  assignmentId: number,
  total: string,
  state: "LOCKED" | "DRAFT" = "LOCKED",
): Promise<void> {
  const submitted = state === "LOCKED" ? new Date() : null;
  await prisma.score.upsert({
    where: { assignmentId },
    create: {
      assignmentId,
      state,
      criterionScores: { overall: total },
      total: state === "LOCKED" ? total : null,
      submittedAt: submitted,
      lockedAt: submitted,
    },
    update: { state, total: state === "LOCKED" ? total : null, submittedAt: submitted, lockedAt: submitted },
  });
}
