import {
  ageOn,
  chinaDateOf,
  parseIdNumber,
  validateOrganizationInput,
  validateWorkerInput,
  youngWorkerMaxAge,
} from "@jinzhou/domain";
import { describe, expect, it } from "vitest";
import { demoAccountUsernames, demoUnitAccountOrganizationCode } from "./accounts.ts";
import { buildDemoDataset } from "./dataset.ts";
import { jinzhouRegionCodes } from "./organizations.ts";
import { createDemoRandom } from "./random.ts";
import { demoReferenceDate, demoWorkerCount } from "./workers.ts";

const dataset = buildDemoDataset();
const { organizations, departments, workers, accounts } = dataset;
const byCode = new Map(organizations.map((organization) => [organization.code, organization]));

describe("the demo random generator", () => {
  it("gives the same sequence for the same seed, and another for another seed", () => {
    const draw = (seed: string) => {
      const random = createDemoRandom(seed);
      return Array.from({ length: 5 }, () => random.int(0, 1_000_000));
    };
    expect(draw("a")).toEqual(draw("a"));
    expect(draw("a")).not.toEqual(draw("b"));
  });

  it("stays within its bounds", () => {
    const random = createDemoRandom("bounds");
    for (let i = 0; i < 1000; i++) {
      const value = random.int(3, 7);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(7);
    }
  });
});

describe("the demo dataset", () => {
  it("is identical on every build", () => {
    expect(buildDemoDataset()).toEqual(dataset);
  });

  it("has the city federation, nine county federations, industry unions and 30–45 grassroots unions", () => {
    const ofKind = (kind: string) => organizations.filter((organization) => organization.kind === kind);
    expect(ofKind("CITY_FEDERATION").map((organization) => organization.name)).toEqual(["锦州市总工会"]);
    expect(ofKind("COUNTY_FEDERATION").map((organization) => organization.name)).toEqual([
      "古塔区总工会",
      "凌河区总工会",
      "太和区总工会",
      "松山新区总工会",
      "经济技术开发区总工会",
      "凌海市总工会",
      "北镇市总工会",
      "黑山县总工会",
      "义县总工会",
    ]);
    expect(ofKind("INDUSTRY_UNION").length).toBeGreaterThanOrEqual(3);
    expect(ofKind("GRASSROOTS_UNION").length).toBeGreaterThanOrEqual(30);
    expect(ofKind("GRASSROOTS_UNION").length).toBeLessThanOrEqual(45);
  });

  it("has unique codes and names, parents listed before their children, of an allowed kind", () => {
    expect(new Set(organizations.map((organization) => organization.code)).size).toBe(organizations.length);
    expect(new Set(organizations.map((organization) => organization.name)).size).toBe(organizations.length);
    const seen = new Set<string>();
    for (const organization of organizations) {
      if (organization.parentCode !== null) {
        expect(seen.has(organization.parentCode), organization.code).toBe(true);
        expect(organization.code.startsWith(`${organization.parentCode}-`)).toBe(true);
      }
      seen.add(organization.code);
    }
  });

  it("passes the domain's organization rules, with contacts on every organization", () => {
    for (const organization of organizations) {
      const result = validateOrganizationInput(organization);
      expect(result.ok, `${organization.code}: ${JSON.stringify(result)}`).toBe(true);
      expect(organization.contactPerson).not.toBe("");
      expect(organization.frontlineHeadcount).toBeGreaterThan(0);
    }
  });

  it("covers every grassroots class and both ownerships, with D under 8 and A at 100 or more", () => {
    const grassroots = organizations.filter((organization) => organization.kind === "GRASSROOTS_UNION");
    expect(new Set(grassroots.map((organization) => organization.grassrootsClass))).toEqual(
      new Set(["A", "B", "C", "D"]),
    );
    expect(new Set(grassroots.map((organization) => organization.ownership))).toEqual(
      new Set(["STATE_OWNED", "NON_PUBLIC"]),
    );
    for (const organization of grassroots) {
      if (organization.grassrootsClass === "D") expect(organization.frontlineHeadcount).toBeLessThan(8);
      if (organization.grassrootsClass === "A") expect(organization.frontlineHeadcount).toBeGreaterThanOrEqual(100);
    }
    // Every county federation and industry union has grassroots unions of its own.
    for (const parent of organizations.filter((o) => o.kind === "COUNTY_FEDERATION" || o.kind === "INDUSTRY_UNION")) {
      expect(
        grassroots.some((organization) => organization.parentCode === parent.code),
        parent.code,
      ).toBe(true);
    }
  });

  it("has the federation's twelve departments with unique codes, in order", () => {
    expect(departments.map((department) => department.name)).toEqual([
      "办公室",
      "研究室",
      "组织部",
      "宣教部",
      "民主管理部",
      "生活保障部",
      "女工部",
      "法律部",
      "生产保护部",
      "文化宫",
      "职工会馆",
      "职工服务中心",
    ]);
    expect(new Set(departments.map((department) => department.code)).size).toBe(12);
    const orders = departments.map((department) => department.sortOrder);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
  });
});

describe("the demo holiday calendar", () => {
  it("is the 2015 and 2016 arrangements, each date once, adjusted working days on weekends", () => {
    const { holidays } = dataset;
    expect(holidays).toHaveLength(61);
    expect(new Set(holidays.map((day) => day.date)).size).toBe(holidays.length);
    expect(holidays.filter((day) => day.year === 2015)).toHaveLength(31);
    expect(holidays.find((day) => day.date === "2015-10-10")).toEqual({
      date: "2015-10-10",
      year: 2015,
      name: "国庆节",
      kind: "ADJUSTED_WORKING_DAY",
    });
    for (const day of holidays.filter((holiday) => holiday.kind === "ADJUSTED_WORKING_DAY")) {
      expect([0, 6], day.date).toContain(new Date(`${day.date}T00:00:00Z`).getUTCDay());
    }
  });
});

describe("the demo workers", () => {
  it(`number ${demoWorkerCount}, all in grassroots unions`, () => {
    expect(workers).toHaveLength(demoWorkerCount);
    for (const worker of workers) expect(byCode.get(worker.organizationCode)?.kind).toBe("GRASSROOTS_UNION");
    // No micro enterprise lists more workers than it employs.
    for (const organization of organizations.filter((o) => o.grassrootsClass === "D")) {
      const roster = workers.filter((worker) => worker.organizationCode === organization.code).length;
      expect(roster).toBeLessThanOrEqual(organization.frontlineHeadcount);
    }
  });

  it("every one passes validateWorkerInput, today and on the reference date, unchanged", () => {
    const today = chinaDateOf(new Date());
    for (const { organizationCode: _, gender: __, birthDate: ___, ...input } of workers) {
      for (const date of [demoReferenceDate, today]) {
        const result = validateWorkerInput(input, date);
        expect(result.ok, `${input.name}: ${JSON.stringify(result)}`).toBe(true);
        if (result.ok) expect(result.value).toEqual({ ...result.value, ...input });
      }
    }
  });

  it("have valid, unique ID numbers from Jinzhou whose gender and birth date are the stored ones", () => {
    const regions = new Set<string>(Object.values(jinzhouRegionCodes));
    expect(new Set(workers.map((worker) => worker.idNumber)).size).toBe(workers.length);
    for (const worker of workers) {
      const parsed = parseIdNumber(worker.idNumber);
      expect(parsed.ok, worker.idNumber).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.idNumber).toBe(worker.idNumber);
      expect(parsed.value.gender).toBe(worker.gender);
      expect(parsed.value.birthDate).toBe(worker.birthDate);
      expect(regions.has(parsed.value.regionCode), parsed.value.regionCode).toBe(true);
    }
  });

  it("mostly carry their own county's region code", () => {
    const matching = workers.filter(
      (worker) =>
        !worker.migrantWorker && worker.idNumber.startsWith(byCode.get(worker.organizationCode)?.regionCode ?? "?"),
    ).length;
    expect(matching / workers.filter((worker) => !worker.migrantWorker).length).toBeGreaterThan(0.8);
  });

  it("are 18 to 58 years old in 2015, a good share of them young workers", () => {
    const ages = workers.map((worker) => ageOn(worker.birthDate, demoReferenceDate));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
    expect(Math.max(...ages)).toBeLessThanOrEqual(58);
    expect(ages.filter((age) => age <= youngWorkerMaxAge).length / ages.length).toBeGreaterThan(0.3);
  });

  it("have unique mobile numbers and member card numbers", () => {
    expect(new Set(workers.map((worker) => worker.phone)).size).toBe(workers.length);
    expect(new Set(workers.map((worker) => worker.memberCardNumber)).size).toBe(workers.length);
    for (const worker of workers) {
      expect(worker.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(worker.memberCardNumber).toMatch(/^JZ7777\d{6}$/);
    }
  });

  it("are a realistic mix: both genders, every position category, some migrant workers and missing grades", () => {
    const count = (predicate: (worker: (typeof workers)[number]) => boolean) => workers.filter(predicate).length;
    expect(count((worker) => worker.gender === "FEMALE")).toBeGreaterThan(50);
    expect(count((worker) => worker.gender === "MALE")).toBeGreaterThan(50);
    expect(count((worker) => worker.positionCategory === "FRONT_LINE") / workers.length).toBeGreaterThan(0.6);
    for (const category of ["TECHNICAL", "MANAGER", "ENTERPRISE_HEAD"] as const) {
      expect(
        count((worker) => worker.positionCategory === category),
        category,
      ).toBeGreaterThan(0);
    }
    expect(count((worker) => worker.migrantWorker)).toBeGreaterThan(10);
    expect(count((worker) => worker.skillGrade === null)).toBeGreaterThan(0);
    expect(count((worker) => worker.skillGrade === "GRADE_1")).toBeGreaterThan(0);
    expect(new Set(workers.map((worker) => worker.trade)).size).toBeGreaterThanOrEqual(12);
  });
});

describe("the demo accounts", () => {
  it("are one per role, scoped as the product's tour expects", () => {
    const scope = Object.fromEntries(accounts.map((account) => [account.username, account]));
    expect(accounts.map((account) => [account.username, account.role])).toEqual([
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
    expect(scope.admin?.organizationCode).toBe("JZ");
    expect(scope.organizer?.departmentCode).toBe(departments.find((d) => d.name === "生产保护部")?.code);
    expect(byCode.get(scope.unit?.organizationCode ?? "")?.name).toBe("古塔区总工会");
    expect(byCode.get(scope.judge?.organizationCode ?? "")?.kind).toBe("COUNTY_FEDERATION");
    expect(scope.judge?.organizationCode).not.toBe(scope.unit?.organizationCode);
  });

  it("are all listed for the start-up banner", () => {
    expect([...demoAccountUsernames].sort()).toEqual(accounts.map((account) => account.username).sort());
  });

  it("give every department that owns a 2015 activity an organizer", () => {
    const owners = accounts
      .filter((account) => account.role === "ORGANIZER")
      .map((account) => departments.find((department) => department.code === account.departmentCode)?.name);
    expect(owners).toEqual(["生产保护部", "文化宫", "宣教部", "组织部"]);
  });

  it("seat five judges from five different organizations, none from the unit account's county", () => {
    const judges = accounts.filter((account) => account.role === "JUDGE");
    const homes = judges.map((judge) => judge.organizationCode);
    expect(new Set(homes).size).toBe(5);
    const unitPrefix = demoUnitAccountOrganizationCode;
    expect(homes.some((code) => code === unitPrefix || code.startsWith(`${unitPrefix}-`))).toBe(false);
  });

  it("link the worker account to a front-line worker of a 古塔区 grassroots union", () => {
    const account = accounts.find((a) => a.role === "WORKER");
    const worker = workers.find((w) => w.idNumber === account?.workerIdNumber);
    expect(worker?.positionCategory).toBe("FRONT_LINE");
    expect(account?.organizationCode).toBe(worker?.organizationCode);
    expect(account?.displayName).toBe(worker?.name);
    const union = byCode.get(worker?.organizationCode ?? "");
    expect(union?.kind).toBe("GRASSROOTS_UNION");
    expect(union?.parentCode).toBe("JZ-GT");
  });
});

describe("the dataset on another day", () => {
  it("has the same people with the same ages on any load day, 29 February included", () => {
    const base = buildDemoDataset();
    for (const day of ["2026-11-25", "2028-02-29", "2031-12-31"]) {
      const shifted = buildDemoDataset(day);
      expect(shifted.workers.map((worker) => worker.name)).toEqual(base.workers.map((worker) => worker.name));
      expect(shifted.workers.map((worker) => ageOn(worker.birthDate, day))).toEqual(
        base.workers.map((worker) => ageOn(worker.birthDate, demoReferenceDate)),
      );
      expect(shifted.accounts.map((account) => account.username)).toEqual(
        base.accounts.map((account) => account.username),
      );
    }
  });
});
