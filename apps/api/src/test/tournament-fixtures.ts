// A badminton tournament put straight into a state (registration closed, or judging) with confirmed
// entrants, so that a test can start from the draw without walking registration.
import type { PrismaClient } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type ActivityState,
  activityTemplate,
  calendarDateToStored,
  composeIdNumber,
  type TournamentFormat,
} from "@jinzhou/domain";

export interface TournamentFixture {
  activityId: number;
  roundId: number;
  categoryId: number;
  /** Confirmed registrations (one player each), in the order made. */
  registrationIds: number[];
  /** The players' names, by registration id. */
  names: Map<number, string>;
  /** The players' ID numbers, to check that none is ever shown. */
  idNumbers: string[];
  workerIds: number[];
}

export interface TournamentFixtureOptions {
  code: string;
  state: ActivityState;
  entrants: number;
  /** First serial for the made-up workers' ID numbers (keep fixtures of one test apart). */
  firstSequence: number;
  format?: Partial<TournamentFormat>;
  /** Also enter these existing workers (e.g. the demo `worker` account's), after the made-up ones. */
  extraWorkerIds?: number[];
  departmentName?: string;
}

/** 男单 of a tournament owned by 生产保护部 (the demo `organizer`'s department) unless told otherwise. */
export async function createTournament(
  prisma: PrismaClient,
  options: TournamentFixtureOptions,
): Promise<TournamentFixture> {
  const department = await prisma.department.findUniqueOrThrow({
    where: { name: options.departmentName ?? "生产保护部" },
  });
  const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  const units = await prisma.organization.findMany({
    where: { kind: "GRASSROOTS_UNION" },
    orderBy: { id: "asc" },
    take: 3,
  });
  const template = activityTemplate("TOURNAMENT");
  const mensSingles = template.categories.find((category) => category.badmintonEvent === "MENS_SINGLES");
  if (!mensSingles || !template.tournament) throw new Error("the tournament template has no 男单");
  const configuration: ActivityConfiguration = {
    ...template,
    name: `羽毛球测试 ${options.code}`,
    ownerDepartmentCode: department.code,
    categories: [{ ...mensSingles, categoryId: "MS", categoryName: "男单", capacity: null }],
    tournament: { ...template.tournament, ...options.format },
  };
  const activity = await prisma.activity.create({
    data: {
      code: options.code,
      name: configuration.name,
      kind: "TOURNAMENT",
      state: options.state,
      departmentId: department.id,
      year: 2099,
      configuration: configuration as object,
      registrationOpensOn: "2000-01-01",
      registrationClosesOn: "2000-02-01",
      judgingEndsOn: "2099-06-10",
      completedBy: "2099-06-30",
      createdById: admin.id,
      categories: { create: [{ key: "MS", name: "男单", entrantType: "INDIVIDUAL", sortOrder: 0 }] },
      rounds: { create: [{ key: "matches", name: "比赛", kind: "MATCHES", weight: "100", maxResult: "100" }] },
    },
    include: { categories: true, rounds: true },
  });
  const category = activity.categories[0];
  const round = activity.rounds[0];
  if (!category || !round) throw new Error("fixture made no category or round");

  const made = [];
  for (let index = 0; index < options.entrants; index++) {
    const serial = options.firstSequence + index;
    // Odd sequence digit: a man (男单).
    const idNumber = composeIdNumber("210798", `1980-01-${String((serial % 28) + 1).padStart(2, "0")}`, 2 * serial + 1);
    const unit = units[index % units.length];
    if (!unit) throw new Error("no grassroots union in the demo data");
    made.push(
      await prisma.worker.create({
        data: {
          name: `选手${String(serial).padStart(3, "0")}`,
          idNumber,
          gender: "MALE",
          birthDate: calendarDateToStored(`1980-01-${String((serial % 28) + 1).padStart(2, "0")}`),
          phone: `138${String(serial).padStart(8, "0")}`,
          organizationId: unit.id,
          trade: "钳工",
          positionCategory: "FRONT_LINE",
        },
      }),
    );
  }
  const extra = await prisma.worker.findMany({ where: { id: { in: options.extraWorkerIds ?? [] } } });
  const workers = [...made, ...extra];
  const registrationIds: number[] = [];
  const names = new Map<number, string>();
  for (const worker of workers) {
    const registration = await prisma.registration.create({
      data: {
        activityId: activity.id,
        categoryId: category.id,
        entrantType: "INDIVIDUAL",
        channel: "SELF_REGISTRATION",
        state: "CONFIRMED",
        organizationId: worker.organizationId,
        members: { create: [{ workerId: worker.id, isLeader: true }] },
      },
    });
    registrationIds.push(registration.id);
    names.set(registration.id, worker.name);
  }
  return {
    activityId: activity.id,
    roundId: round.id,
    categoryId: category.id,
    registrationIds,
    names,
    idNumbers: workers.map((worker) => worker.idNumber),
    workerIds: workers.map((worker) => worker.id),
  };
}
