// Activities in judging with accepted entries from chosen organizations, and judge accounts placed
// in chosen organizations, made directly in the database so that a test starts from "judging".
import type { PrismaClient } from "@jinzhou/db";
import { type ActivityConfiguration, type ActivityKind, type ActivityState, activityTemplate } from "@jinzhou/domain";
import { syncRounds } from "../judging/sync-rounds.ts";
import type { ApiHarness } from "./api-harness.ts";

export interface JudgingEntrySpec {
  /** The grassroots union (or unit) the entry comes from. */
  organizationId: number;
  /** A team's name; null for an individual (the member's name is used). */
  name: string | null;
  /** Workers named by the entry. */
  memberWorkerIds?: number[];
  /** The category key; the template's first category when absent. */
  categoryKey?: string;
}

export interface JudgingActivityOptions {
  code: string;
  kind: ActivityKind;
  state?: ActivityState;
  /** The owning department; 生产保护部 (the demo organizer's) when absent. */
  departmentName?: string;
  /** Judges per entry in every criteria-scoring round; the template's when absent. */
  judgesPerEntry?: number;
  entries: JudgingEntrySpec[];
}

/**
 * An activity of `kind` from its template, in JUDGING (or `state`), with its category, round and
 * criterion rows (rounds synced the way activity creation does) and one CONFIRMED registration
 * per entry spec. Returns the rows the tests refer to.
 */
export async function createJudgingActivity(prisma: PrismaClient, options: JudgingActivityOptions) {
  const department = await prisma.department.findUniqueOrThrow({
    where: { name: options.departmentName ?? "生产保护部" },
  });
  const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  const template = activityTemplate(options.kind);
  const configuration: ActivityConfiguration = {
    ...template,
    name: `评审测试 ${options.code}`,
    ownerDepartmentCode: department.code,
    rounds: template.rounds.map((round) =>
      round.criteriaScoring && options.judgesPerEntry !== undefined
        ? { ...round, judgesPerEntry: options.judgesPerEntry }
        : round,
    ),
  };
  const activity = await prisma.activity.create({
    data: {
      code: options.code,
      name: configuration.name,
      kind: options.kind,
      state: options.state ?? "JUDGING",
      departmentId: department.id,
      year: 2099,
      configuration: configuration as object,
      registrationOpensOn: "2000-01-01",
      registrationClosesOn: "2000-02-01",
      judgingEndsOn: "2099-06-10",
      completedBy: "2099-06-30",
      createdById: admin.id,
      categories: {
        create: configuration.categories.map((category, sortOrder) => ({
          key: category.categoryId,
          name: category.categoryName,
          entrantType: category.entrant.type,
          capacity: category.capacity,
          sortOrder,
        })),
      },
    },
    include: { categories: { orderBy: { sortOrder: "asc" } } },
  });
  await prisma.$transaction((tx) => syncRounds(tx, activity.id, configuration));
  const registrations = [];
  for (const entry of options.entries) {
    const category =
      activity.categories.find((candidate) => candidate.key === entry.categoryKey) ?? activity.categories[0];
    if (!category) throw new Error("the template has no category");
    registrations.push(
      await prisma.registration.create({
        data: {
          activityId: activity.id,
          categoryId: category.id,
          entrantType: category.entrantType,
          channel: "UNIT_NOMINATION",
          state: "CONFIRMED",
          name: entry.name,
          organizationId: entry.organizationId,
          submittedById: admin.id,
          members: {
            create: (entry.memberWorkerIds ?? []).map((workerId, sortOrder) => ({ workerId, sortOrder })),
          },
        },
      }),
    );
  }
  const rounds = await prisma.round.findMany({
    where: { activityId: activity.id },
    include: { criteria: { orderBy: { sortOrder: "asc" } } },
    orderBy: { sortOrder: "asc" },
  });
  return { activity, categories: activity.categories, rounds, registrations };
}

export interface TestJudge {
  userId: number;
  name: string;
  token: string;
}

/** Judge accounts, one per spec, placed in the organization with that code. */
export async function createJudges(
  api: ApiHarness,
  specs: { username: string; name: string; organizationCode: string }[],
): Promise<TestJudge[]> {
  const prisma = api.server.database.prisma;
  const passwordHash = (await prisma.user.findUniqueOrThrow({ where: { username: "judge" } })).passwordHash;
  const judges: TestJudge[] = [];
  for (const spec of specs) {
    const organization = await prisma.organization.findUniqueOrThrow({ where: { code: spec.organizationCode } });
    const user = await prisma.user.create({
      data: {
        username: spec.username,
        passwordHash,
        displayName: spec.name,
        role: "JUDGE",
        organizationId: organization.id,
      },
    });
    judges.push({ userId: user.id, name: spec.name, token: await api.tokenForUserId(user.id) });
  }
  return judges;
}

/** A grassroots union under the organization with this code (the first by code). */
export async function grassrootsUnder(prisma: PrismaClient, parentCode: string) {
  const parent = await prisma.organization.findUniqueOrThrow({ where: { code: parentCode } });
  return prisma.organization.findFirstOrThrow({
    where: { kind: "GRASSROOTS_UNION", path: { startsWith: parent.path } },
    orderBy: { code: "asc" },
  });
}
