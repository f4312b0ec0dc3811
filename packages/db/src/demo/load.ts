import {
  calendarDateToStored,
  childPath,
  chinaDateOf,
  type GrassrootsClass,
  type OrganizationKind,
  type Role,
} from "@jinzhou/domain";
import type { Prisma } from "../generated/sqlite/client.ts";
import type { PrismaClient } from "../open-database.ts";
import { hashPassword } from "../passwords.ts";
import { demoPassword } from "./accounts.ts";
import { buildDemoDataset } from "./dataset.ts";
import type { DemoOrganization } from "./organizations.ts";

/** The InstallationFact that marks a database as holding the demo data, so it is never loaded twice. */
export const demoDataLoadedAtKey = "demoDataLoadedAt";

/**
 * - "loaded": the demo data was loaded once (even if people have since changed or deleted it);
 * - "empty": no organizations and no departments, a fresh database the demo may go into;
 * - "has-data": someone's real data, which the demo must never mix with.
 */
export type DemoDataState = "loaded" | "empty" | "has-data";

export interface DemoSummary {
  organizations: number;
  organizationsByKind: Record<OrganizationKind, number>;
  grassrootsUnionsByClass: Record<GrassrootsClass, number>;
  departments: number;
  workers: number;
  holidays: number;
  accounts: { username: string; role: Role; displayName: string }[];
  /** The password of every demo account. */
  password: string;
  loadedAt: Date;
}

/** Thrown when asked to load the demo into a database that is not empty. */
export class DemoDataRefusedError extends Error {
  readonly state: Exclude<DemoDataState, "empty">;

  constructor(state: Exclude<DemoDataState, "empty">) {
    super(
      state === "loaded"
        ? "演示数据已经载入过，不再重复载入 (the demo data was already loaded into this database)"
        : "数据库中已有组织或部门数据，不能载入演示数据 (the database already has organizations or departments; the demo data only goes into an empty database)",
    );
    this.name = "DemoDataRefusedError";
    this.state = state;
  }
}

type Db = PrismaClient | Prisma.TransactionClient;

async function stateOf(db: Db): Promise<DemoDataState> {
  if (await db.installationFact.findUnique({ where: { key: demoDataLoadedAtKey }, select: { key: true } })) {
    return "loaded";
  }
  // Departments count as data too: their names are unique, so a demo load would collide with them.
  const organization = await db.organization.findFirst({ select: { id: true } });
  const department = await db.department.findFirst({ select: { id: true } });
  return organization || department ? "has-data" : "empty";
}

/** Whether the demo data is in this database, may go into it, or must stay out of it. */
export function demoDataState(prisma: PrismaClient): Promise<DemoDataState> {
  return stateOf(prisma);
}

/** 0 for the root, 1 for its children …: the order in which organizations can get their paths. */
function depthsOf(organizations: readonly DemoOrganization[]): Map<string, number> {
  const byCode = new Map(organizations.map((organization) => [organization.code, organization]));
  const depths = new Map<string, number>();
  const depthOf = (code: string): number => {
    const known = depths.get(code);
    if (known !== undefined) return known;
    const parentCode = byCode.get(code)?.parentCode ?? null;
    const depth = parentCode === null ? 0 : depthOf(parentCode) + 1;
    depths.set(code, depth);
    return depth;
  };
  for (const organization of organizations) depthOf(organization.code);
  return depths;
}

/**
 * Inserts the organizations one tree level at a time: one createMany per level, one read for the
 * new ids, then each row's path, which needs its own id and so can only be written afterwards.
 * Returns each code's id and path.
 */
async function insertOrganizations(
  tx: Prisma.TransactionClient,
  organizations: readonly DemoOrganization[],
): Promise<Map<string, { id: number; path: string }>> {
  const depths = depthsOf(organizations);
  const maxDepth = Math.max(...depths.values());
  const placed = new Map<string, { id: number; path: string }>();
  for (let depth = 0; depth <= maxDepth; depth++) {
    const level = organizations.filter((organization) => depths.get(organization.code) === depth);
    const parentOf = (organization: DemoOrganization) => {
      if (organization.parentCode === null) return null;
      const parent = placed.get(organization.parentCode);
      if (parent === undefined) throw new Error(`demo organization ${organization.code} has no parent yet`);
      return parent;
    };
    await tx.organization.createMany({
      data: level.map((organization) => ({
        code: organization.code,
        name: organization.name,
        kind: organization.kind,
        parentId: parentOf(organization)?.id ?? null,
        // Written for real below, once the row has its id.
        path: "",
        grassrootsClass: organization.grassrootsClass,
        ownership: organization.ownership,
        frontlineHeadcount: organization.frontlineHeadcount,
        contactPerson: organization.contactPerson,
        contactPhone: organization.contactPhone,
      })),
    });
    const rows = await tx.organization.findMany({
      where: { code: { in: level.map((organization) => organization.code) } },
      select: { id: true, code: true },
    });
    const idByCode = new Map(rows.map((row) => [row.code, row.id]));
    for (const organization of level) {
      const id = idByCode.get(organization.code);
      if (id === undefined) throw new Error(`demo organization ${organization.code} was not inserted`);
      const path = childPath(parentOf(organization)?.path ?? null, id);
      await tx.organization.update({ where: { id }, data: { path } });
      placed.set(organization.code, { id, path });
    }
  }
  return placed;
}

function countBy<K extends string>(keys: readonly K[], values: readonly (K | null)[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) if (value !== null) counts[value]++;
  return counts;
}

/**
 * Loads the demo dataset (organizations, departments, workers, one account per role, the 2015 and
 * 2016 holiday calendars) in a single
 * transaction, so a failure leaves the database as it was. Refuses with DemoDataRefusedError
 * unless the database is empty; the check runs inside the transaction, so two processes starting
 * at once cannot both load.
 */
export async function loadDemoData(prisma: PrismaClient): Promise<DemoSummary> {
  const loadedAt = new Date();
  // The workers' ages are as intended on the day of the load, whenever that is.
  const dataset = buildDemoDataset(chinaDateOf(loadedAt));
  // Hashing is deliberately slow; do it before the transaction so the write lock is held briefly.
  const passwordHashes = await Promise.all(dataset.accounts.map(() => hashPassword(demoPassword)));

  await prisma.$transaction(
    async (tx) => {
      const state = await stateOf(tx);
      if (state !== "empty") throw new DemoDataRefusedError(state);

      const organizations = await insertOrganizations(tx, dataset.organizations);
      const organizationId = (code: string) => {
        const placed = organizations.get(code);
        if (placed === undefined) throw new Error(`unknown demo organization ${code}`);
        return placed.id;
      };

      await tx.department.createMany({ data: dataset.departments });
      const departments = await tx.department.findMany({ select: { id: true, code: true } });
      const departmentId = new Map(departments.map((department) => [department.code, department.id]));

      await tx.worker.createMany({
        data: dataset.workers.map(({ organizationCode, birthDate, ...worker }) => ({
          ...worker,
          birthDate: calendarDateToStored(birthDate),
          organizationId: organizationId(organizationCode),
        })),
      });
      const accountHolderIdNumbers = dataset.accounts.flatMap((account) =>
        account.workerIdNumber === null ? [] : [account.workerIdNumber],
      );
      const holders = await tx.worker.findMany({
        where: { idNumber: { in: accountHolderIdNumbers } },
        select: { id: true, idNumber: true },
      });
      const workerId = new Map(holders.map((holder) => [holder.idNumber, holder.id]));

      await tx.user.createMany({
        data: dataset.accounts.map((account, index) => ({
          username: account.username,
          passwordHash: passwordHashes[index] as string,
          displayName: account.displayName,
          role: account.role,
          organizationId: organizationId(account.organizationCode),
          departmentId: account.departmentCode === null ? null : (departmentId.get(account.departmentCode) ?? null),
          workerId: account.workerIdNumber === null ? null : (workerId.get(account.workerIdNumber) ?? null),
        })),
      });

      await tx.holiday.createMany({ data: dataset.holidays });

      await tx.installationFact.create({ data: { key: demoDataLoadedAtKey, value: loadedAt.toISOString() } });
    },
    // Generous for a PostgreSQL server far away; on SQLite the whole load takes well under a second.
    { maxWait: 10_000, timeout: 60_000 },
  );

  return {
    organizations: dataset.organizations.length,
    organizationsByKind: countBy<OrganizationKind>(
      ["CITY_FEDERATION", "COUNTY_FEDERATION", "INDUSTRY_UNION", "GRASSROOTS_UNION"],
      dataset.organizations.map((organization) => organization.kind),
    ),
    grassrootsUnionsByClass: countBy<GrassrootsClass>(
      ["A", "B", "C", "D"],
      dataset.organizations.map((organization) => organization.grassrootsClass),
    ),
    departments: dataset.departments.length,
    workers: dataset.workers.length,
    holidays: dataset.holidays.length,
    accounts: dataset.accounts.map(({ username, role, displayName }) => ({ username, role, displayName })),
    password: demoPassword,
    loadedAt,
  };
}

/**
 * The first-start hook of an embedded database: loads the demo when the installation allows it
 * and the database is empty, and never otherwise. Returns whether it loaded.
 */
export async function ensureDemoData(prisma: PrismaClient, options: { allowed: boolean }): Promise<boolean> {
  if (!options.allowed) return false;
  if ((await demoDataState(prisma)) !== "empty") return false;
  try {
    await loadDemoData(prisma);
    return true;
  } catch (error) {
    // Another process loaded it (or created data) between our check and our transaction.
    if (error instanceof DemoDataRefusedError) return false;
    throw error;
  }
}
