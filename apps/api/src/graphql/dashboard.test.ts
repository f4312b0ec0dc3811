import type { PrismaClient } from "@jinzhou/db";
import { testProviders } from "@jinzhou/db/testing";
import {
  type ActivityKind,
  type ActivityState,
  activityTemplate,
  calendarDateToStored,
  childPath,
  composeIdNumber,
} from "@jinzhou/domain";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { installSqlCounter } from "../test/sql-counter.ts";

interface Figures {
  entrants: number;
  youngEntrants: number;
  nonPublicEntrants: number;
  youngShare: number | null;
  nonPublicShare: number | null;
}
interface Deadline {
  milestone: string;
  dueOn: string;
  daysLeft: number;
}
interface Dashboard {
  year: number;
  today: string;
  referenceDate: string;
  participationScope: string;
  scopeOrganizationName: string;
  departments: {
    name: string;
    overdueCount: number;
    activities: {
      code: string;
      state: string;
      completedBy: string | null;
      overdue: Deadline | null;
      dueSoon: Deadline | null;
      participation: Figures | null;
    }[];
  }[];
  total: Figures;
  organizations: { name: string; direct: boolean; participation: Figures }[];
}

const figures = "entrants youngEntrants nonPublicEntrants youngShare nonPublicShare";
const dashboardQuery = `query($year: Int!) { dashboard(year: $year) {
  year today referenceDate participationScope scopeOrganizationName
  departments { name overdueCount activities { code state completedBy
    overdue { milestone dueOn daysLeft } dueSoon { milestone dueOn daysLeft } participation { ${figures} } } }
  total { ${figures} }
  organizations { name direct participation { ${figures} } } } }`;

// "Today" is 15 June 2015 in China; tokens are issued before, at the real time.
function setChinaTime(isoWithOffset: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(isoWithOffset));
}

/**
 * The worked example. Young in 2015 means born on or after 1980-01-01 (35 or younger on 31
 * December 2015); non-public is the worker's grassroots union's ownership.
 *
 *   unit   county  ownership     workers (birth date)
 *   GT-A   古塔区  NON_PUBLIC    w1 1990-05-01 young, w2 1979-12-31 not young (36 on 2015-12-31)
 *   GT-B   古塔区  STATE_OWNED   w3 1980-01-01 young, w4 1970-03-03
 *   LH-A   凌河区  NON_PUBLIC    w5 1985-07-07 young
 *   LH-B   凌河区  STATE_OWNED   w6 1960-02-02
 *
 *   activity                      dept        state                entries (state)
 *   D15-ZYB 状元杯 (2 categories) 生产保护部  REGISTRATION_OPEN    w1 C1 APPROVED, w1 C2 PENDING_UNIT (w1 once),
 *                                                                  w2 PENDING_UNIT, w3 REJECTED, w4 WITHDRAWN,
 *                                                                  w5 APPROVED, w6 APPROVED
 *                                 → entrants w1 w2 w5 w6 = 4; young w1 w5 = 2 (50.0%); non-public w1 w2 w5 = 3 (75.0%)
 *   D15-HC 合唱                   文化宫      REGISTRATION_CLOSED  team of GT-B {w3, w4} APPROVED, w2 RETURNED
 *                                 → entrants w3 w4 w2 = 3; young w3 = 1 (33.3%); non-public w2 = 1 (33.3%)
 *   D15-WY 文艺汇演               文化宫      DRAFT                none → 0, shares null
 *   D15-LM 劳模                   生产保护部  FINAL                none
 *   D14-OLD (year 2014)           生产保护部  FINAL                w5 APPROVED: another year, not counted
 *
 *   total 7; young 3 (3/7 = 42.857… → 42.9%); non-public 4 (4/7 = 57.142… → 57.1%)
 *   古塔区: D15-ZYB w1 w2 + D15-HC w3 w4 w2 = 5; young w1 w3 = 2 (40.0%); non-public w1 w2 w2 = 3 (60.0%)
 *   凌河区: D15-ZYB w5 w6 = 2; young w5 = 1 (50.0%); non-public w5 = 1 (50.0%)
 *
 * Deadlines on 2015-06-15: D15-ZYB's registration closed on 06-10 but it is still open: 5 days
 * overdue; D15-HC's judging ends 06-20: due in 5 days; D15-WY, a draft, was due complete 04-30:
 * 46 days overdue (04-30 → 06-15: the 31 days of May and 15 of June);
 * D15-LM is final, nothing is due.
 */
async function seedWorkedExample(prisma: PrismaClient) {
  const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  const county = async (code: string) => prisma.organization.findUniqueOrThrow({ where: { code } });
  const gutaqu = await county("JZ-GT");
  const linghequ = await county("JZ-LH");
  const unit = async (code: string, parent: { id: number; path: string }, ownership: "NON_PUBLIC" | "STATE_OWNED") => {
    const created = await prisma.organization.create({
      data: { code, name: `看板测试${code}工会`, kind: "GRASSROOTS_UNION", parentId: parent.id, path: "/", ownership },
    });
    return prisma.organization.update({
      where: { id: created.id },
      data: { path: childPath(parent.path, created.id) },
    });
  };
  const units = {
    gtA: await unit("DB-GT-A", gutaqu, "NON_PUBLIC"),
    gtB: await unit("DB-GT-B", gutaqu, "STATE_OWNED"),
    lhA: await unit("DB-LH-A", linghequ, "NON_PUBLIC"),
    lhB: await unit("DB-LH-B", linghequ, "STATE_OWNED"),
  };
  const worker = (name: string, birthDate: string, organizationId: number, sequence: number) =>
    prisma.worker.create({
      data: {
        name,
        idNumber: composeIdNumber("210798", birthDate, sequence),
        gender: "MALE",
        birthDate: calendarDateToStored(birthDate),
        phone: `1390000${String(sequence).padStart(4, "0")}`,
        organizationId,
        trade: "钳工",
        positionCategory: "FRONT_LINE",
      },
    });
  const w = {
    w1: await worker("看板一", "1990-05-01", units.gtA.id, 1),
    w2: await worker("看板二", "1979-12-31", units.gtA.id, 2),
    w3: await worker("看板三", "1980-01-01", units.gtB.id, 3),
    w4: await worker("看板四", "1970-03-03", units.gtB.id, 4),
    w5: await worker("看板五", "1985-07-07", units.lhA.id, 5),
    w6: await worker("看板六", "1960-02-02", units.lhB.id, 6),
  };
  const department = async (name: string) => prisma.department.findUniqueOrThrow({ where: { name } });
  const production = await department("生产保护部");
  const culture = await department("文化宫");
  const activity = (
    code: string,
    kind: ActivityKind,
    state: ActivityState,
    departmentId: number,
    year: number,
    dates: { registrationClosesOn?: string; judgingEndsOn?: string; completedBy?: string },
    categories: string[],
  ) =>
    prisma.activity.create({
      data: {
        code,
        name: `看板测试 ${code}`,
        kind,
        state,
        departmentId,
        year,
        configuration: activityTemplate(kind) as object,
        registrationOpensOn: null,
        registrationClosesOn: dates.registrationClosesOn ?? null,
        judgingEndsOn: dates.judgingEndsOn ?? null,
        completedBy: dates.completedBy ?? null,
        createdById: admin.id,
        categories: {
          create: categories.map((key, sortOrder) => ({ key, name: key, entrantType: "INDIVIDUAL", sortOrder })),
        },
      },
      include: { categories: { orderBy: { sortOrder: "asc" } } },
    });
  const zyb = await activity(
    "D15-ZYB",
    "SKILLS_CONTEST",
    "REGISTRATION_OPEN",
    production.id,
    2015,
    { registrationClosesOn: "2015-06-10", judgingEndsOn: "2015-08-31", completedBy: "2015-09-30" },
    ["C1", "C2"],
  );
  const choir = await activity(
    "D15-HC",
    "PERFORMANCE_CONTEST",
    "REGISTRATION_CLOSED",
    culture.id,
    2015,
    { registrationClosesOn: "2015-06-01", judgingEndsOn: "2015-06-20", completedBy: "2015-08-10" },
    ["T"],
  );
  await activity("D15-WY", "PERFORMANCE_CONTEST", "DRAFT", culture.id, 2015, { completedBy: "2015-04-30" }, ["T"]);
  await activity("D15-LM", "MODEL_WORKER_SELECTION", "FINAL", production.id, 2015, { completedBy: "2015-04-30" }, [
    "M",
  ]);
  const old = await activity("D14-OLD", "SKILLS_CONTEST", "FINAL", production.id, 2014, {}, ["C1"]);

  const entry = (
    target: { id: number; categories: { id: number }[] },
    category: number,
    organizationId: number,
    state: "APPROVED" | "PENDING_UNIT" | "REJECTED" | "WITHDRAWN" | "RETURNED",
    workerIds: number[],
  ) =>
    prisma.registration.create({
      data: {
        activityId: target.id,
        categoryId: target.categories[category]?.id as number,
        entrantType: workerIds.length > 1 ? "TEAM" : "INDIVIDUAL",
        channel: "SELF_REGISTRATION",
        state,
        name: workerIds.length > 1 ? "看板测试合唱队" : null,
        organizationId,
        members: { create: workerIds.map((workerId, sortOrder) => ({ workerId, sortOrder })) },
      },
    });
  await entry(zyb, 0, units.gtA.id, "APPROVED", [w.w1.id]);
  await entry(zyb, 1, units.gtA.id, "PENDING_UNIT", [w.w1.id]);
  await entry(zyb, 0, units.gtA.id, "PENDING_UNIT", [w.w2.id]);
  await entry(zyb, 0, units.gtB.id, "REJECTED", [w.w3.id]);
  await entry(zyb, 0, units.gtB.id, "WITHDRAWN", [w.w4.id]);
  await entry(zyb, 0, units.lhA.id, "APPROVED", [w.w5.id]);
  await entry(zyb, 0, units.lhB.id, "APPROVED", [w.w6.id]);
  await entry(choir, 0, units.gtB.id, "APPROVED", [w.w3.id, w.w4.id]);
  await entry(choir, 0, units.gtA.id, "RETURNED", [w.w2.id]);
  await entry(old, 0, units.lhA.id, "APPROVED", [w.w5.id]);
}

const none: Figures = { entrants: 0, youngEntrants: 0, nonPublicEntrants: 0, youngShare: null, nonPublicShare: null };

describe.each(testProviders())("dashboard (%s)", (provider) => {
  let api: ApiHarness;
  const tokens: Record<string, string> = {};
  const counter = installSqlCounter();

  beforeAll(async () => {
    api = await startApiHarness(provider);
    await seedWorkedExample(api.server.database.prisma);
    for (const name of ["admin", "organizer", "unit", "judge", "worker"]) tokens[name] = await api.tokenFor(name);
    setChinaTime("2015-06-15T12:00:00+08:00");
  });
  afterEach(() => counter.reset());
  afterAll(async () => {
    vi.useRealTimers();
    await api?.close();
  });

  const dashboardOf = async (who: string, year = 2015) => {
    const answer = await api.graphql<{ dashboard: Dashboard }>(dashboardQuery, { year }, tokens[who]);
    expect(answer.errors).toBeUndefined();
    return answer.data?.dashboard as Dashboard;
  };
  const activityOf = (dashboard: Dashboard, code: string) =>
    dashboard.departments.flatMap((department) => department.activities).find((activity) => activity.code === code);
  const organizationOf = (dashboard: Dashboard, name: string) =>
    dashboard.organizations.find((organization) => organization.name === name)?.participation;

  it("shows the admin every activity of the year by department, overdue and due soon", async () => {
    const dashboard = await dashboardOf("admin");
    expect(dashboard).toMatchObject({
      year: 2015,
      today: "2015-06-15",
      referenceDate: "2015-12-31",
      participationScope: "ALL",
      scopeOrganizationName: "锦州市总工会",
    });
    // Department order: 生产保护部 (sortOrder 8) before 文化宫 (9); within each, by 完成时限.
    expect(
      dashboard.departments.map((department) => [
        department.name,
        department.overdueCount,
        department.activities.map((activity) => activity.code),
      ]),
    ).toEqual([
      ["生产保护部", 1, ["D15-LM", "D15-ZYB"]],
      ["文化宫", 1, ["D15-WY", "D15-HC"]],
    ]);
    expect(activityOf(dashboard, "D15-ZYB")).toMatchObject({
      overdue: { milestone: "REGISTRATION_CLOSES", dueOn: "2015-06-10", daysLeft: -5 },
      dueSoon: null,
    });
    expect(activityOf(dashboard, "D15-WY")).toMatchObject({
      overdue: { milestone: "ACTIVITY_COMPLETES", dueOn: "2015-04-30", daysLeft: -46 },
    });
    expect(activityOf(dashboard, "D15-HC")).toMatchObject({
      overdue: null,
      dueSoon: { milestone: "JUDGING_ENDS", dueOn: "2015-06-20", daysLeft: 5 },
    });
    // A final activity has nothing due, even past its 完成时限.
    expect(activityOf(dashboard, "D15-LM")).toMatchObject({ overdue: null, dueSoon: null, participation: none });
  });

  it("counts the admin's entrants per activity, per county and in total, with the shares worked out by hand", async () => {
    const dashboard = await dashboardOf("admin");
    expect(activityOf(dashboard, "D15-ZYB")?.participation).toEqual({
      entrants: 4,
      youngEntrants: 2,
      nonPublicEntrants: 3,
      youngShare: 50,
      nonPublicShare: 75,
    });
    expect(activityOf(dashboard, "D15-HC")?.participation).toEqual({
      entrants: 3,
      youngEntrants: 1,
      nonPublicEntrants: 1,
      youngShare: 33.3,
      nonPublicShare: 33.3,
    });
    expect(activityOf(dashboard, "D15-WY")?.participation).toEqual(none);
    expect(dashboard.total).toEqual({
      entrants: 7,
      youngEntrants: 3,
      nonPublicEntrants: 4,
      youngShare: 42.9,
      nonPublicShare: 57.1,
    });
    expect(organizationOf(dashboard, "古塔区总工会")).toEqual({
      entrants: 5,
      youngEntrants: 2,
      nonPublicEntrants: 3,
      youngShare: 40,
      nonPublicShare: 60,
    });
    expect(organizationOf(dashboard, "凌河区总工会")).toEqual({
      entrants: 2,
      youngEntrants: 1,
      nonPublicEntrants: 1,
      youngShare: 50,
      nonPublicShare: 50,
    });
    // Every county and industry union has its bar, with or without entrants; nothing is direct.
    expect(organizationOf(dashboard, "义县总工会")).toEqual(none);
    expect(organizationOf(dashboard, "锦州市机械冶金工会")).toEqual(none);
    expect(dashboard.organizations.some((organization) => organization.direct)).toBe(false);
    expect(dashboard.organizations.reduce((total, row) => total + row.participation.entrants, 0)).toBe(7);
  });

  it("gives an organizer every department's progress but only their own department's entrants", async () => {
    const dashboard = await dashboardOf("organizer");
    expect(dashboard.participationScope).toBe("DEPARTMENT");
    expect(dashboard.departments.map((department) => department.name)).toEqual(["生产保护部", "文化宫"]);
    expect(activityOf(dashboard, "D15-ZYB")?.participation?.entrants).toBe(4);
    expect(activityOf(dashboard, "D15-HC")?.participation).toBeNull();
    expect(activityOf(dashboard, "D15-WY")).toMatchObject({ participation: null, overdue: { daysLeft: -46 } });
    expect(dashboard.total).toEqual({
      entrants: 4,
      youngEntrants: 2,
      nonPublicEntrants: 3,
      youngShare: 50,
      nonPublicShare: 75,
    });
    expect(organizationOf(dashboard, "古塔区总工会")?.entrants).toBe(2);
    expect(organizationOf(dashboard, "凌河区总工会")?.entrants).toBe(2);
  });

  it("gives a unit admin of 古塔区 their own grassroots unions' entrants", async () => {
    const dashboard = await dashboardOf("unit");
    expect(dashboard).toMatchObject({ participationScope: "SUBTREE", scopeOrganizationName: "古塔区总工会" });
    // GT-A: w1 w2 in D15-ZYB, w2 in D15-HC = 3, young w1 = 1 (33.3%), all non-public.
    expect(organizationOf(dashboard, "看板测试DB-GT-A工会")).toEqual({
      entrants: 3,
      youngEntrants: 1,
      nonPublicEntrants: 3,
      youngShare: 33.3,
      nonPublicShare: 100,
    });
    // GT-B: the choir team w3 w4 = 2, young w3 = 1 (50.0%), none non-public (0.0%).
    expect(organizationOf(dashboard, "看板测试DB-GT-B工会")).toEqual({
      entrants: 2,
      youngEntrants: 1,
      nonPublicEntrants: 0,
      youngShare: 50,
      nonPublicShare: 0,
    });
    expect(organizationOf(dashboard, "看板测试DB-LH-A工会")).toBeUndefined();
    expect(dashboard.total.entrants).toBe(5);
    expect(activityOf(dashboard, "D15-ZYB")?.participation?.entrants).toBe(2);
    expect(activityOf(dashboard, "D15-HC")?.participation?.entrants).toBe(3);
  });

  it("shows another year only that year's activities and entrants", async () => {
    const dashboard = await dashboardOf("admin", 2014);
    expect(dashboard.departments.flatMap((department) => department.activities.map((a) => a.code))).toEqual([
      "D14-OLD",
    ]);
    expect(dashboard.total).toMatchObject({ entrants: 1, youngEntrants: 1, nonPublicEntrants: 1 });
    expect(organizationOf(dashboard, "凌河区总工会")?.entrants).toBe(1);
    const empty = await dashboardOf("admin", 2016);
    expect(empty.departments).toEqual([]);
    expect(empty.total).toEqual(none);
  });

  it("refuses judges and workers, and a year out of range", async () => {
    for (const who of ["judge", "worker"]) {
      const answer = await api.graphql(dashboardQuery, { year: 2015 }, tokens[who]);
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const anonymous = await api.graphql(dashboardQuery, { year: 2015 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const bad = await api.graphql(dashboardQuery, { year: 15 }, tokens.admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
  });

  it("costs a fixed handful of statements, whatever the year holds", async () => {
    const statementsFor = async (who: string, year: number) => {
      counter.reset();
      await dashboardOf(who, year);
      return counter.count;
    };
    // The actor and its scope (2), the activities with their departments (2 on SQLite, which
    // has no joins in Prisma: 1 on PostgreSQL), the organizations (1) and the counts (1); an
    // organizer's department costs 2 more.
    const admin = await statementsFor("admin", 2015);
    expect(admin).toBeLessThanOrEqual(6);
    expect(await statementsFor("organizer", 2015)).toBeLessThanOrEqual(8);
    // A year with no activities costs the same as a busy one: nothing is read per row.
    expect(await statementsFor("admin", 2016)).toBe(admin);
  });
});
