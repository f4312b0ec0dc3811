import { ageOn, childPath, chinaDateOf, storedToCalendarDate } from "@jinzhou/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../open-database.ts";
import { verifyPassword } from "../passwords.ts";
import { createTestDatabase, type TestDatabase, testProviders } from "../testing.ts";
import { demoPassword } from "./accounts.ts";
import { buildDemoDataset } from "./dataset.ts";
import {
  DemoDataRefusedError,
  type DemoSummary,
  demoDataLoadedAtKey,
  demoDataState,
  ensureDemoData,
  loadDemoData,
} from "./load.ts";

/** A fresh, migrated database for one test group, dropped afterwards. */
function useFreshDatabase(provider: "sqlite" | "postgresql") {
  const handle: { database: Database; test: TestDatabase } = {} as never;
  beforeAll(async () => {
    handle.test = await createTestDatabase(provider);
    handle.database = await openDatabase(handle.test.url);
  });
  afterAll(async () => {
    await handle.database?.close();
    await handle.test?.drop();
  });
  return handle;
}

describe.each(testProviders())("demo data on %s", (provider) => {
  describe("loaded into an empty database", () => {
    const db = useFreshDatabase(provider);
    let summary: DemoSummary;
    let elapsedMs = 0;

    beforeAll(async () => {
      expect(await demoDataState(db.database.prisma)).toBe("empty");
      const started = performance.now();
      summary = await loadDemoData(db.database.prisma);
      elapsedMs = performance.now() - started;
    });

    it("loads quickly", () => {
      // Includes hashing twelve passwords; the brief is "a few hundred workers well under 5 s".
      expect(elapsedMs).toBeLessThan(5000);
    });

    it("writes as many rows of each kind as the summary and the dataset say", async () => {
      const { prisma } = db.database;
      const dataset = buildDemoDataset();
      expect(await prisma.organization.count()).toBe(dataset.organizations.length);
      expect(await prisma.department.count()).toBe(12);
      expect(await prisma.worker.count()).toBe(dataset.workers.length);
      expect(await prisma.user.count()).toBe(dataset.accounts.length);
      expect(summary).toMatchObject({
        organizations: dataset.organizations.length,
        departments: 12,
        workers: dataset.workers.length,
        password: demoPassword,
      });
      expect(summary.organizationsByKind).toEqual({
        CITY_FEDERATION: 1,
        COUNTY_FEDERATION: 9,
        INDUSTRY_UNION: await prisma.organization.count({ where: { kind: "INDUSTRY_UNION" } }),
        GRASSROOTS_UNION: await prisma.organization.count({ where: { kind: "GRASSROOTS_UNION" } }),
      });
      for (const grassrootsClass of ["A", "B", "C", "D"] as const) {
        const stored = await prisma.organization.count({ where: { grassrootsClass } });
        expect(stored, grassrootsClass).toBeGreaterThan(0);
        expect(summary.grassrootsUnionsByClass[grassrootsClass]).toBe(stored);
      }
      for (const ownership of ["STATE_OWNED", "NON_PUBLIC"] as const) {
        expect(await prisma.organization.count({ where: { ownership } }), ownership).toBeGreaterThan(0);
      }
    });

    it("enters the State Council's 2015 and 2016 holiday calendars", async () => {
      const { prisma } = db.database;
      // 2015: 26 days off and 5 weekend days worked; 2016: 24 and 6.
      expect(await prisma.holiday.count()).toBe(61);
      expect(summary.holidays).toBe(61);
      expect(await prisma.holiday.count({ where: { year: 2015, kind: "HOLIDAY" } })).toBe(26);
      expect(await prisma.holiday.count({ where: { year: 2016, kind: "ADJUSTED_WORKING_DAY" } })).toBe(6);
      expect(await prisma.holiday.findUnique({ where: { date: "2015-10-10" } })).toMatchObject({
        year: 2015,
        name: "国庆节",
        kind: "ADJUSTED_WORKING_DAY",
      });
      const nationalDay = await prisma.holiday.findMany({
        where: { name: "国庆节", year: 2015, kind: "HOLIDAY" },
        orderBy: { date: "asc" },
      });
      expect(nationalDay.map((day) => day.date)).toEqual([
        "2015-10-01",
        "2015-10-02",
        "2015-10-03",
        "2015-10-04",
        "2015-10-05",
        "2015-10-06",
        "2015-10-07",
      ]);
    });

    it("builds every path from its parent's path and its own id", async () => {
      const rows = await db.database.prisma.organization.findMany({ select: { id: true, parentId: true, path: true } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const row of rows) {
        const parentPath = row.parentId === null ? null : (byId.get(row.parentId)?.path ?? "missing");
        expect(row.path).toBe(childPath(parentPath, row.id));
      }
      expect(rows.filter((row) => row.parentId === null)).toHaveLength(1);
    });

    it("gives the workers working ages on the day of the load, about two in five of them young", async () => {
      const today = chinaDateOf(summary.loadedAt);
      const workers = await db.database.prisma.worker.findMany({ select: { birthDate: true } });
      const ages = workers.map((worker) => ageOn(storedToCalendarDate(worker.birthDate), today));
      expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
      expect(Math.max(...ages)).toBeLessThanOrEqual(58);
      const youngShare = ages.filter((age) => age <= 35).length / ages.length;
      expect(youngShare).toBeGreaterThan(0.3);
      expect(youngShare).toBeLessThan(0.55);
    });

    it("puts every worker in a grassroots union, with valid unique ID numbers and calendar birth dates", async () => {
      const workers = await db.database.prisma.worker.findMany({ include: { organization: true } });
      const dataset = new Map(
        buildDemoDataset(chinaDateOf(summary.loadedAt)).workers.map((worker) => [worker.idNumber, worker]),
      );
      expect(new Set(workers.map((worker) => worker.idNumber)).size).toBe(workers.length);
      for (const worker of workers) {
        expect(worker.organization.kind).toBe("GRASSROOTS_UNION");
        const planned = dataset.get(worker.idNumber);
        expect(planned, worker.idNumber).toBeDefined();
        expect(worker.birthDate.toISOString()).toBe(`${planned?.birthDate}T00:00:00.000Z`);
        expect(storedToCalendarDate(worker.birthDate)).toBe(planned?.birthDate);
        expect(worker.gender).toBe(planned?.gender);
        expect(worker.organization.code).toBe(planned?.organizationCode);
      }
    });

    it("lets every demo account sign in with the demo password, and nobody with another", async () => {
      const users = await db.database.prisma.user.findMany({
        include: { organization: true, department: true, worker: true },
        orderBy: { id: "asc" },
      });
      expect(users.map((user) => [user.username, user.role])).toEqual([
        ["admin", "ADMIN"],
        ["organizer", "ORGANIZER"],
        ["unit", "UNIT_ADMIN"],
        ["judge", "JUDGE"],
        ["worker", "WORKER"],
        ["judge2", "JUDGE"],
        ["judge3", "JUDGE"],
        ["judge4", "JUDGE"],
        ["judge5", "JUDGE"],
        ["culture", "ORGANIZER"],
        ["publicity", "ORGANIZER"],
        ["orgdept", "ORGANIZER"],
      ]);
      for (const user of users) {
        expect(user.passwordHash).toMatch(/^\$argon2id\$/);
        expect(await verifyPassword(user.passwordHash, demoPassword), user.username).toBe(true);
        expect(await verifyPassword(user.passwordHash, "jinzhou2016")).toBe(false);
      }
      const [admin, organizer, unit, judge, worker] = users;
      expect(admin?.organization.kind).toBe("CITY_FEDERATION");
      expect(organizer?.department?.name).toBe("生产保护部");
      expect(unit?.organization.name).toBe("古塔区总工会");
      expect(judge?.organization.name).toBe("凌海市总工会");
      expect(worker?.worker?.organizationId).toBe(worker?.organizationId);
      expect(worker?.organization.path.startsWith(unit?.organization.path ?? "?")).toBe(true);
    });

    it("records when it was loaded, and is then 'loaded'", async () => {
      const fact = await db.database.prisma.installationFact.findUnique({ where: { key: demoDataLoadedAtKey } });
      expect(fact?.value).toBe(summary.loadedAt.toISOString());
      expect(await demoDataState(db.database.prisma)).toBe("loaded");
    });

    it("never loads twice", async () => {
      const { prisma } = db.database;
      expect(await ensureDemoData(prisma, { allowed: true })).toBe(false);
      await expect(loadDemoData(prisma)).rejects.toBeInstanceOf(DemoDataRefusedError);
      expect(await prisma.worker.count()).toBe(buildDemoDataset().workers.length);
      expect(await prisma.user.count()).toBe(buildDemoDataset().accounts.length);
    });

    it("stays 'loaded' even after people deleted the demo organizations' workers", async () => {
      const { prisma } = db.database;
      await prisma.user.deleteMany();
      await prisma.worker.deleteMany();
      expect(await demoDataState(prisma)).toBe("loaded");
      expect(await ensureDemoData(prisma, { allowed: true })).toBe(false);
    });
  });

  describe("on first start of an empty database", () => {
    const db = useFreshDatabase(provider);

    it("loads only when allowed, and then only once", async () => {
      const { prisma } = db.database;
      expect(await ensureDemoData(prisma, { allowed: false })).toBe(false);
      expect(await prisma.organization.count()).toBe(0);
      expect(await demoDataState(prisma)).toBe("empty");
      expect(await ensureDemoData(prisma, { allowed: true })).toBe(true);
      expect(await ensureDemoData(prisma, { allowed: true })).toBe(false);
      expect(await prisma.organization.count()).toBe(buildDemoDataset().organizations.length);
    });
  });

  describe("into a database that already has an organization", () => {
    const db = useFreshDatabase(provider);

    it("loads nothing", async () => {
      const { prisma } = db.database;
      const own = await prisma.organization.create({
        data: { code: "JZ", name: "锦州市总工会", kind: "CITY_FEDERATION", path: "" },
      });
      await prisma.organization.update({ where: { id: own.id }, data: { path: childPath(null, own.id) } });
      expect(await demoDataState(prisma)).toBe("has-data");
      expect(await ensureDemoData(prisma, { allowed: true })).toBe(false);
      await expect(loadDemoData(prisma)).rejects.toThrow(DemoDataRefusedError);
      expect(await prisma.organization.count()).toBe(1);
      expect(await prisma.worker.count()).toBe(0);
      expect(await prisma.user.count()).toBe(0);
      expect(await prisma.installationFact.count()).toBe(0);
    });
  });

  describe("into a database that already has departments only", () => {
    const db = useFreshDatabase(provider);

    it("loads nothing either", async () => {
      const { prisma } = db.database;
      await prisma.department.create({ data: { code: "BGS", name: "办公室" } });
      expect(await demoDataState(prisma)).toBe("has-data");
      expect(await ensureDemoData(prisma, { allowed: true })).toBe(false);
      expect(await prisma.organization.count()).toBe(0);
    });
  });
});

describe("verifyPassword", () => {
  it("treats an empty or malformed stored hash as a wrong password", async () => {
    expect(await verifyPassword("", demoPassword)).toBe(false);
    expect(await verifyPassword("not-a-hash", demoPassword)).toBe(false);
  });
});
