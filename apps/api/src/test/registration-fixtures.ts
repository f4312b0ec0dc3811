// Activities open for registration and workers with accounts, made directly in the database so
// that a test can start from "registration is open" without walking the lifecycle.
import type { PrismaClient } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type ApprovalLevel,
  activityTemplate,
  calendarDateToStored,
  composeIdNumber,
  type EligibilityRules,
} from "@jinzhou/domain";
import type { ApiHarness } from "./api-harness.ts";

export interface OpenActivityOptions {
  code: string;
  capacity: number | null;
  approvalLevels?: ApprovalLevel[];
  eligibility?: EligibilityRules;
  registrationClosesOn?: string;
  departmentName?: string;
}

/** A tournament open for registration with one individual category "A" (its key). */
export async function createOpenActivity(prisma: PrismaClient, options: OpenActivityOptions) {
  const department = await prisma.department.findUniqueOrThrow({
    where: { name: options.departmentName ?? "生产保护部" },
  });
  const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  const template = activityTemplate("TOURNAMENT");
  const firstCategory = template.categories[0];
  if (!firstCategory) throw new Error("the tournament template has no category");
  const configuration: ActivityConfiguration = {
    ...template,
    name: `报名测试 ${options.code}`,
    ownerDepartmentCode: department.code,
    entryChannels: ["SELF_REGISTRATION"],
    eligibility: options.eligibility ?? {},
    approvalChain: { levels: options.approvalLevels ?? [] },
    categories: [
      {
        ...firstCategory,
        categoryId: "A",
        categoryName: "A 组",
        capacity: options.capacity,
        entrant: { type: "INDIVIDUAL", members: { min: 1, max: 1 } },
        eligibility: {},
      },
    ],
  };
  return prisma.activity.create({
    data: {
      code: options.code,
      name: configuration.name,
      kind: "TOURNAMENT",
      state: "REGISTRATION_OPEN",
      departmentId: department.id,
      year: 2099,
      configuration: configuration as object,
      registrationOpensOn: "2000-01-01",
      registrationClosesOn: options.registrationClosesOn ?? "2099-05-10",
      judgingEndsOn: "2099-06-10",
      completedBy: "2099-06-30",
      createdById: admin.id,
      categories: {
        create: [{ key: "A", name: "A 组", entrantType: "INDIVIDUAL", capacity: options.capacity, sortOrder: 0 }],
      },
    },
    include: { categories: true },
  });
}

export interface TestWorker {
  workerId: number;
  userId: number;
  token: string;
}

/**
 * `count` workers of the grassroots union `organizationId`, each with a WORKER account, with
 * fictional valid ID numbers from `firstSequence` on (region 210799, which no demo worker uses; births spread over days).
 * One password hash serves every account: hashing is slow on purpose.
 */
export async function createWorkers(
  api: ApiHarness,
  options: { count: number; organizationId: number; prefix: string; firstSequence: number; birthYear?: number },
): Promise<TestWorker[]> {
  const prisma = api.server.database.prisma;
  const passwordHash = (await prisma.user.findUniqueOrThrow({ where: { username: "worker" } })).passwordHash;
  const rows = Array.from({ length: options.count }, (_, index) => {
    const serial = options.firstSequence + index;
    const day = String((serial % 28) + 1).padStart(2, "0");
    const month = String((Math.floor(serial / 28) % 12) + 1).padStart(2, "0");
    const birthDate = `${options.birthYear ?? 1985}-${month}-${day}`;
    const sequence = Math.floor(serial / 336) % 1000;
    const idNumber = composeIdNumber("210799", birthDate, sequence);
    return {
      name: `${options.prefix}${serial}`,
      idNumber,
      gender: Number(idNumber[16]) % 2 === 1 ? ("MALE" as const) : ("FEMALE" as const),
      birthDate: calendarDateToStored(birthDate),
      phone: `139${String(serial).padStart(8, "0")}`,
      organizationId: options.organizationId,
      trade: "钳工",
      positionCategory: "FRONT_LINE" as const,
    };
  });
  await prisma.worker.createMany({ data: rows });
  const workers = await prisma.worker.findMany({
    where: { name: { startsWith: options.prefix }, organizationId: options.organizationId },
    orderBy: { id: "asc" },
  });
  await prisma.user.createMany({
    data: workers.map((worker) => ({
      username: `w-${worker.idNumber}`,
      passwordHash,
      displayName: worker.name,
      role: "WORKER" as const,
      organizationId: options.organizationId,
      workerId: worker.id,
    })),
  });
  const users = await prisma.user.findMany({
    where: { role: "WORKER", displayName: { startsWith: options.prefix } },
    orderBy: { workerId: "asc" },
  });
  return Promise.all(
    users.map(async (user) => ({
      workerId: user.workerId as number,
      userId: user.id,
      token: await api.tokenForUserId(user.id),
    })),
  );
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the results in order. */
export async function inBatches<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}
