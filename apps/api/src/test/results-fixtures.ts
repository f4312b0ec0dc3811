// Activities in judging with their round results written straight into the RoundResult table,
// the way the judging code leaves them when rounds close, so that results can be computed,
// published, objected to, finalized and certified without walking through registration and
// judging first.
import type { PrismaClient } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type ActivityKind,
  type AwardTrack,
  activityTemplate,
  cityAwardTrack,
  countyAwardTrack,
} from "@jinzhou/domain";
import type { ApiHarness } from "./api-harness.ts";
import { createWorkers, type TestWorker } from "./registration-fixtures.ts";

export interface FixtureEntrant {
  /** The worker's name for an individual, the team's name for a team. */
  name: string;
  /** Organization code of a county federation ("JZ-GT", "JZ-LH"); the entrant's unit is a grassroots union below it. */
  county: string;
  /** Round key → result as exact text ("92", "645/7"); a missing key is a missing result. */
  results: Record<string, string>;
  /** Round key → mean over every judge, for the untrimmed-mean tie-break. */
  untrimmedMeans?: Record<string, string>;
  /** Category key when the activity has several (`categories`); the first category otherwise. */
  category?: string;
}

export interface JudgingActivity {
  activityId: number;
  categoryId: number;
  /** Category row id per key. */
  categoryIds: Record<string, number>;
  /** Registration id per entrant name. */
  entryIds: Record<string, number>;
  /** For individuals: the worker account per entrant name. */
  workers: Record<string, TestWorker>;
  tracks: AwardTrack[];
}

async function grassrootsUnitUnder(prisma: PrismaClient, countyCode: string) {
  const county = await prisma.organization.findUniqueOrThrow({ where: { code: countyCode } });
  const unit = await prisma.organization.findFirst({
    where: { path: { startsWith: county.path }, id: { not: county.id }, kind: "GRASSROOTS_UNION" },
    orderBy: { id: "asc" },
  });
  if (!unit) throw new Error(`no grassroots union under ${countyCode}`);
  return { county, unit };
}

/**
 * An activity of `kind` in 评审中 with every round closed, one category, and the entrants'
 * results as RoundResult rows. Individuals get worker accounts (named as given); teams are named
 * registrations. County-level award tracks are added for `countyTracks`.
 */
export async function createJudgingActivity(
  api: ApiHarness,
  options: {
    kind: ActivityKind;
    code: string;
    entrantType: "INDIVIDUAL" | "TEAM";
    entrants: FixtureEntrant[];
    countyTracks?: string[];
    departmentName: string;
    adjust?: (configuration: ActivityConfiguration) => ActivityConfiguration;
    firstWorkerSequence?: number;
    /** Several categories (key, name), all like the template's first; one category by default. */
    categories?: { key: string; name: string }[];
  },
): Promise<JudgingActivity> {
  const prisma = api.server.database.prisma;
  const department = await prisma.department.findUniqueOrThrow({ where: { name: options.departmentName } });
  const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  const template = activityTemplate(options.kind);
  const firstCategory = template.categories[0];
  if (!firstCategory) throw new Error("template without a category");
  const tracks: AwardTrack[] = [cityAwardTrack];
  for (const code of options.countyTracks ?? []) {
    const county = await prisma.organization.findUniqueOrThrow({ where: { code } });
    tracks.push(countyAwardTrack({ code, name: county.name.replace(/总工会$/, ""), path: county.path }));
  }
  const base: ActivityConfiguration = {
    ...template,
    name: `成绩测试 ${options.code}`,
    ownerDepartmentCode: department.code,
    categories: (options.categories ?? [{ key: firstCategory.categoryId, name: firstCategory.categoryName }]).map(
      (category) => ({ ...firstCategory, categoryId: category.key, categoryName: category.name, capacity: null }),
    ),
    awardTracks: tracks,
    certificates: { ...template.certificates, numberPrefix: options.code },
  };
  const configuration = options.adjust ? options.adjust(base) : base;
  const activity = await prisma.activity.create({
    data: {
      code: options.code,
      name: configuration.name,
      kind: options.kind,
      state: "JUDGING",
      departmentId: department.id,
      year: 2015,
      configuration: configuration as object,
      registrationOpensOn: "2015-06-01",
      registrationClosesOn: "2015-07-01",
      judgingEndsOn: "2015-09-20",
      completedBy: "2015-10-31",
      createdById: admin.id,
      categories: {
        create: configuration.categories.map((category, index) => ({
          key: category.categoryId,
          name: category.categoryName,
          entrantType: options.entrantType,
          capacity: null,
          sortOrder: index,
        })),
      },
      rounds: {
        create: configuration.rounds.map((round, index) => ({
          key: round.key,
          name: round.name,
          kind: round.kind,
          weight: round.weight,
          maxResult: round.maxResult,
          sortOrder: index,
          closedAt: new Date("2015-09-20T08:00:00Z"),
          closedById: admin.id,
        })),
      },
    },
    include: { categories: { orderBy: { sortOrder: "asc" } }, rounds: true },
  });
  const categoryRow = activity.categories[0];
  if (!categoryRow) throw new Error("no category row");
  const categoryIds = Object.fromEntries(activity.categories.map((category) => [category.key, category.id]));
  const roundIdByKey = new Map(activity.rounds.map((round) => [round.key, round.id]));
  const entryIds: Record<string, number> = {};
  const workers: Record<string, TestWorker> = {};
  let sequence = options.firstWorkerSequence ?? 7000;
  for (const entrant of options.entrants) {
    const { unit } = await grassrootsUnitUnder(prisma, entrant.county);
    let memberWorkerId: number | null = null;
    if (options.entrantType === "INDIVIDUAL") {
      const [worker] = await createWorkers(api, {
        count: 1,
        organizationId: unit.id,
        prefix: `${options.code}-${sequence}-`,
        firstSequence: sequence,
      });
      sequence += 1;
      if (!worker) throw new Error("no worker");
      await prisma.worker.update({ where: { id: worker.workerId }, data: { name: entrant.name } });
      workers[entrant.name] = worker;
      memberWorkerId = worker.workerId;
    }
    const registration = await prisma.registration.create({
      data: {
        activityId: activity.id,
        categoryId: entrant.category ? (categoryIds[entrant.category] ?? categoryRow.id) : categoryRow.id,
        entrantType: options.entrantType,
        channel: options.entrantType === "INDIVIDUAL" ? "SELF_REGISTRATION" : "UNIT_NOMINATION",
        state: "CONFIRMED",
        name: options.entrantType === "TEAM" ? entrant.name : null,
        organizationId: unit.id,
        ...(memberWorkerId !== null ? { members: { create: [{ workerId: memberWorkerId, isLeader: true }] } } : {}),
      },
    });
    entryIds[entrant.name] = registration.id;
    for (const [roundKey, result] of Object.entries(entrant.results)) {
      const roundId = roundIdByKey.get(roundKey);
      if (roundId === undefined) throw new Error(`no round ${roundKey}`);
      await prisma.roundResult.create({
        data: {
          roundId,
          registrationId: registration.id,
          result,
          untrimmedMean: entrant.untrimmedMeans?.[roundKey] ?? null,
          recordedById: admin.id,
        },
      });
    }
  }
  return { activityId: activity.id, categoryId: categoryRow.id, categoryIds, entryIds, workers, tracks };
}

// 职业技能大赛, 车工: theory (exam, 30 %) + practical (judged, 70 %), both out of 100, so
// total = 0.3 × theory + 0.7 × practical. Tie-breaks: higher practical, then higher theory, then a
// shared place. Award tracks: 市级 (everyone), 古塔区 (JZ-GT) and 凌河区 (JZ-LH).
//
//   entrant county theory practical  total                      city place
//   甲      GT     92     95         27.6 + 66.5 = 94.1         1
//   乙      LH     80     90         24.0 + 63.0 = 87.0         2  (ties 丙 on total, higher practical)
//   丙      GT     94     84         28.2 + 58.8 = 87.0         3
//   丁      LH     85     85         25.5 + 59.5 = 85.0         并列 4 (same practical and theory as 戊)
//   戊      GT     85     85         85.0                       并列 4
//   己      GT     90     80         27.0 + 56.0 = 83.0         6  (place 5 is skipped)
//   庚      LH     70     88         21.0 + 61.6 = 82.6         7
//   辛      LH     60     80         18.0 + 56.0 = 74.0         8
//   壬      GT     75     70         22.5 + 49.0 = 71.5         9
//   癸      LH     50     60         15.0 + 42.0 = 57.0         10
//   子      GT     88     —          no practical: unranked (缺少实操成绩)
//
// City, N = 10 ranked: 一等奖 ⌊10 × 10 %⌋ = 1 place (1), 二等奖 ⌊10 × 20 %⌋ = 2 places (2–3),
// 三等奖 ⌊10 × 30 %⌋ = 3 places (4–6); 状元 for place 1; top 3 recommended to the province.
// 古塔区 (甲 94.1, 丙 87, 戊 85, 己 83, 壬 71.5; N = 5): 一等奖 max(⌊0.5⌋, 1) = 1 → 甲 (and 状元),
// 二等奖 ⌊1⌋ = 1 → 丙, 三等奖 ⌊1.5⌋ = 1 → 戊; 子 unranked.
// 凌河区 (乙 87, 丁 85, 庚 82.6, 辛 74, 癸 57; N = 5): 乙 一等奖 + 状元, 丁 二等奖, 庚 三等奖.
export const skillsEntrants: FixtureEntrant[] = [
  { name: "甲", county: "JZ-GT", results: { theory: "92", practical: "95" } },
  { name: "乙", county: "JZ-LH", results: { theory: "80", practical: "90" } },
  { name: "丙", county: "JZ-GT", results: { theory: "94", practical: "84" } },
  { name: "丁", county: "JZ-LH", results: { theory: "85", practical: "85" } },
  { name: "戊", county: "JZ-GT", results: { theory: "85", practical: "85" } },
  { name: "己", county: "JZ-GT", results: { theory: "90", practical: "80" } },
  { name: "庚", county: "JZ-LH", results: { theory: "70", practical: "88" } },
  { name: "辛", county: "JZ-LH", results: { theory: "60", practical: "80" } },
  { name: "壬", county: "JZ-GT", results: { theory: "75", practical: "70" } },
  { name: "癸", county: "JZ-LH", results: { theory: "50", practical: "60" } },
  { name: "子", county: "JZ-GT", results: { theory: "88" } },
];

export function skillsContest(api: ApiHarness, code: string, firstWorkerSequence: number) {
  return createJudgingActivity(api, {
    kind: "SKILLS_CONTEST",
    code,
    entrantType: "INDIVIDUAL",
    entrants: skillsEntrants,
    countyTracks: ["JZ-GT", "JZ-LH"],
    departmentName: "生产保护部",
    firstWorkerSequence,
  });
}

export const resultFields = `id entrantName organizationName trackKey trackName total totalText place placeLabel
  sharedPlace explanation award { tierKey tierName titles advancesToProvincial names } details`;

export interface ResultRow {
  id: string;
  entrantName: string;
  trackKey: string;
  trackName: string;
  total: string | null;
  totalText: string | null;
  place: number | null;
  placeLabel: string | null;
  sharedPlace: boolean;
  explanation: string;
  award: {
    tierKey: string | null;
    tierName: string | null;
    titles: string[];
    advancesToProvincial: boolean;
    names: string[];
  };
  details: { roundScores?: { roundKey: string; weighted: string }[] } | null;
}
