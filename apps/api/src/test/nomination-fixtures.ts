// Activities open for nominations, enrolment and pair/team entries, and workers with exactly the
// facts a test needs (gender, position, unit), made directly in the database.
import type { PrismaClient } from "@jinzhou/db";
import {
  type ActivityCategory,
  type ActivityConfiguration,
  type ActivityKind,
  activityTemplate,
  type CompositionLimit,
  calendarDateToStored,
  composeIdNumber,
} from "@jinzhou/domain";
import type { ApiHarness } from "./api-harness.ts";

export const registrationClosesOn = "2099-05-10";

export interface FixtureActivityOptions {
  code: string;
  kind: ActivityKind;
  /** Replaces the template's categories (keys and rows alike). */
  categories?: ActivityCategory[];
  compositionLimits?: CompositionLimit[];
  entryChannels?: ActivityConfiguration["entryChannels"];
  approvalLevels?: ActivityConfiguration["approvalChain"]["levels"];
  departmentCode?: string;
}

/** An activity of `kind` from its template, open for registration until 2099-05-10. */
export async function createFixtureActivity(prisma: PrismaClient, options: FixtureActivityOptions) {
  const template = activityTemplate(options.kind);
  const department = await prisma.department.findUniqueOrThrow({
    where: { code: options.departmentCode ?? template.ownerDepartmentCode },
  });
  const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  const configuration: ActivityConfiguration = {
    ...template,
    name: `${template.name} ${options.code}`,
    ownerDepartmentCode: department.code,
    ...(options.categories ? { categories: options.categories } : {}),
    ...(options.compositionLimits ? { compositionLimits: options.compositionLimits } : {}),
    ...(options.entryChannels ? { entryChannels: options.entryChannels } : {}),
    ...(options.approvalLevels ? { approvalChain: { levels: options.approvalLevels } } : {}),
  };
  return prisma.activity.create({
    data: {
      code: options.code,
      name: configuration.name,
      kind: options.kind,
      state: "REGISTRATION_OPEN",
      departmentId: department.id,
      year: 2099,
      configuration: configuration as object,
      registrationOpensOn: "2000-01-01",
      registrationClosesOn,
      judgingEndsOn: "2099-06-10",
      completedBy: "2099-06-30",
      createdById: admin.id,
      categories: {
        create: configuration.categories.map((category, index) => ({
          key: category.categoryId,
          name: category.categoryName,
          entrantType: category.entrant.type,
          capacity: category.capacity,
          sortOrder: index,
        })),
      },
    },
    include: { categories: true },
  });
}

/** A pair category (two workers, any gender) with no extra rules. */
export function pairCategory(
  categoryId: string,
  categoryName: string,
  capacity: number | null = null,
): ActivityCategory {
  return {
    categoryId,
    categoryName,
    capacity,
    entrant: { type: "TEAM", members: { min: 2, max: 2 } },
    eligibility: {},
    badmintonEvent: null,
  };
}

export interface CandidateSpec {
  gender: "MALE" | "FEMALE";
  position?: "FRONT_LINE" | "TECHNICAL" | "MANAGER" | "ENTERPRISE_HEAD";
  /** Default: the `organizationId` given to createCandidates. */
  organizationId?: number;
}

let nextSerial = 0;

/**
 * Workers with fictional valid ID numbers of region 210798 (no demo worker uses it): the order
 * code's last digit makes the gender (odd men, even women), as GB 11643 says.
 */
export async function createCandidates(
  prisma: PrismaClient,
  options: { organizationId: number; prefix: string; specs: CandidateSpec[] },
): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, spec] of options.specs.entries()) {
    const serial = nextSerial++;
    const birthDate = `1980-${String((serial % 12) + 1).padStart(2, "0")}-${String((Math.floor(serial / 12) % 28) + 1).padStart(2, "0")}`;
    const sequence = (Math.floor(serial / 336) % 400) * 2 + (spec.gender === "MALE" ? 1 : 0);
    const worker = await prisma.worker.create({
      data: {
        name: `${options.prefix}${index + 1}`,
        idNumber: composeIdNumber("210798", birthDate, sequence),
        gender: spec.gender,
        birthDate: calendarDateToStored(birthDate),
        phone: `137${String(serial).padStart(8, "0")}`,
        organizationId: spec.organizationId ?? options.organizationId,
        trade: "钳工",
        positionCategory: spec.position ?? "FRONT_LINE",
        memberCardNumber: `FX${String(serial).padStart(8, "0")}`,
      },
      select: { id: true },
    });
    ids.push(worker.id);
  }
  return ids;
}

/** Accounts for workers made by createCandidates, with sign-in tokens. */
export async function accountsFor(api: ApiHarness, workerIds: number[]): Promise<string[]> {
  const prisma = api.server.database.prisma;
  const passwordHash = (await prisma.user.findUniqueOrThrow({ where: { username: "worker" } })).passwordHash;
  const tokens: string[] = [];
  for (const workerId of workerIds) {
    const worker = await prisma.worker.findUniqueOrThrow({ where: { id: workerId } });
    const user = await prisma.user.create({
      data: {
        username: `fx-${workerId}`,
        passwordHash,
        displayName: worker.name,
        role: "WORKER",
        organizationId: worker.organizationId,
        workerId,
      },
    });
    tokens.push(await api.tokenForUserId(user.id));
  }
  return tokens;
}

/** A grassroots union under the county federation with this code (the first by id). */
export async function grassrootsUnder(prisma: PrismaClient, countyCode: string, skip = 0) {
  const county = await prisma.organization.findUniqueOrThrow({ where: { code: countyCode } });
  return prisma.organization.findFirstOrThrow({
    where: { parentId: county.id, kind: "GRASSROOTS_UNION" },
    orderBy: { id: "asc" },
    skip,
  });
}

export async function organizationByCode(prisma: PrismaClient, code: string) {
  return prisma.organization.findUniqueOrThrow({ where: { code } });
}
