import {
  ageOn,
  type CalendarDate,
  composeIdNumber,
  type Gender,
  lastDayOfMonth,
  type PositionCategory,
  type SkillGrade,
  validateWorkerInput,
  type WorkerFields,
  type WorkerInput,
} from "@jinzhou/domain";
import { uniquePersonName } from "./chinese-names.ts";
import { type DemoOrganization, jinzhouRegionCodes } from "./organizations.ts";
import { createDemoRandom, type DemoRandom } from "./random.ts";
import { sectorTrades } from "./trades.ts";

/**
 * The day the federation published its 2015 work plan: the dataset's default "today", on which
 * ages, skill grades and the young-worker share are judged. A real load passes the day it runs,
 * so that the same people have the intended ages (18–58, about 40% young) whenever it happens.
 */
export const demoReferenceDate: CalendarDate = "2015-03-18";

export const demoWorkerCount = 300;

/** A worker as stored: the fields `validateWorkerInput` returns, and the union they belong to. */
export interface DemoWorker extends WorkerFields {
  organizationCode: string;
}

const ruralCountyRegions = [
  jinzhouRegionCodes.黑山县,
  jinzhouRegionCodes.义县,
  jinzhouRegionCodes.凌海市,
  jinzhouRegionCodes.北镇市,
] as const;
const allJinzhouRegions = Object.values(jinzhouRegionCodes);

/**
 * How many demo workers each grassroots union gets: more for big enterprises, a handful for a
 * micro enterprise (never more than its headcount), then trimmed from the largest rosters (or
 * topped up on the smallest A-class ones) until the total is exactly `total`.
 */
function rosterSizes(unions: readonly DemoOrganization[], total: number): number[] {
  const sizes = unions.map(({ grassrootsClass, frontlineHeadcount: headcount }) => {
    switch (grassrootsClass) {
      case "A":
        return 8 + Math.min(8, Math.floor(headcount / 70));
      case "B":
        return 6 + Math.floor(headcount / 40);
      case "C":
        return 5 + Math.floor(headcount / 50);
      default:
        return Math.max(1, Math.ceil(headcount / 2));
    }
  });
  const indexOfExtreme = (better: (a: number, b: number) => boolean, eligible: (i: number) => boolean) => {
    let chosen = -1;
    sizes.forEach((size, i) => {
      if (eligible(i) && (chosen < 0 || better(size, sizes[chosen] as number))) chosen = i;
    });
    if (chosen < 0) throw new Error("no grassroots union can take the demo roster adjustment");
    return chosen;
  };
  let sum = sizes.reduce((a, b) => a + b, 0);
  while (sum > total) {
    const i = indexOfExtreme(
      (a, b) => a > b,
      () => true,
    );
    sizes[i] = (sizes[i] as number) - 1;
    sum--;
  }
  while (sum < total) {
    const i = indexOfExtreme(
      (a, b) => a < b,
      (j) => unions[j]?.grassrootsClass === "A",
    );
    sizes[i] = (sizes[i] as number) + 1;
    sum++;
  }
  return sizes;
}

/**
 * Mostly front-line workers, as a contest roster is; the enterprise head sometimes appears first
 * on a small firm's roster, because in a micro enterprise the owner is often a union member too.
 */
function positionFor(random: DemoRandom, union: DemoOrganization, slot: number): PositionCategory {
  if (slot === 0 && union.ownership === "NON_PUBLIC" && random.chance(union.grassrootsClass === "D" ? 0.6 : 0.15)) {
    return "ENTERPRISE_HEAD";
  }
  return random.weighted<PositionCategory>([
    ["FRONT_LINE", 78],
    ["TECHNICAL", 12],
    ["MANAGER", 10],
  ]);
}

/** Ages on the reference date: about half the front line 35 or younger, leaders older. */
function ageFor(random: DemoRandom, position: PositionCategory): number {
  switch (position) {
    case "FRONT_LINE":
      return random.chance(0.5) ? random.int(18, 35) : random.int(36, 58);
    case "TECHNICAL":
      return random.int(23, 55);
    case "MANAGER":
      return random.int(28, 57);
    case "ENTERPRISE_HEAD":
      return random.int(32, 58);
  }
}

/** A birth date that gives exactly `age` on the reference date: within the year before that birthday. */
function birthDateFor(random: DemoRandom, age: number, referenceDate: CalendarDate): CalendarDate {
  const [year, month, day] = referenceDate.split("-").map(Number) as [number, number, number];
  // A 29 February reference date falls on 28 February in a common birth year.
  const latest = Date.UTC(year - age, month - 1, Math.min(day, lastDayOfMonth(year - age, month)));
  return new Date(latest - random.int(0, 364) * 86_400_000).toISOString().slice(0, 10);
}

/** Grades follow experience: a twenty-year-old is at most 四级, 高级技师 come after twenty years. */
function skillGradeFor(random: DemoRandom, age: number): SkillGrade | null {
  if (random.chance(age < 22 ? 0.5 : 0.12)) return null;
  const years = age - 18;
  return random.weighted<SkillGrade>([
    ["GRADE_5", Math.max(1, 10 - years / 2)],
    ["GRADE_4", 6],
    ["GRADE_3", 2 + years / 4],
    ["GRADE_2", years >= 12 ? years / 6 : 0],
    ["GRADE_1", years >= 20 ? years / 12 : 0],
  ]);
}

/** 农民工 are common on non-public building sites, kitchens and in domestic service, rare in state firms. */
function migrantShare(union: DemoOrganization): number {
  const labourIntensive = ["construction", "catering", "homeService", "community", "logistics", "auto", "textile"];
  const intensive = union.sector !== null && labourIntensive.includes(union.sector);
  if (union.ownership === "NON_PUBLIC") return intensive ? 0.45 : 0.15;
  return intensive ? 0.2 : 0.03;
}

/**
 * Where the worker's ID number was issued: migrant workers come from Jinzhou's rural counties;
 * most others from the county their union is in, a few from elsewhere in the city.
 */
function regionFor(random: DemoRandom, union: DemoOrganization, migrant: boolean): string {
  if (migrant) return random.pick(ruralCountyRegions);
  return random.chance(0.9) ? union.regionCode : random.pick(allJinzhouRegions);
}

/** Sequence digits: odd for men, even for women (GB 11643), never reusing an ID number. */
function uniqueIdNumber(
  random: DemoRandom,
  region: string,
  birthDate: CalendarDate,
  gender: Gender,
  taken: Set<string>,
): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const sequence = random.int(0, 499) * 2 + (gender === "MALE" ? 1 : 0);
    const idNumber = composeIdNumber(region, birthDate, sequence);
    if (!taken.has(idNumber)) {
      taken.add(idNumber);
      return idNumber;
    }
  }
  throw new Error("ran out of demo ID numbers");
}

// Prefixes of the three carriers' common mobile segments. The rest is random, so the numbers are
// fictional; the demo must never send them anything.
const mobilePrefixes = [
  "130",
  "131",
  "132",
  "134",
  "135",
  "138",
  "139",
  "150",
  "151",
  "152",
  "155",
  "158",
  "159",
  "186",
];

function uniqueMobile(random: DemoRandom, taken: Set<string>): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const phone = random.pick(mobilePrefixes) + String(random.int(0, 99_999_999)).padStart(8, "0");
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
  throw new Error("ran out of demo mobile numbers");
}

/**
 * The demo roster: `demoWorkerCount` fictional workers in the grassroots unions of
 * `organizations`, each passed through `validateWorkerInput` exactly as an enrolment form would
 * be, so the demo never holds a record the product itself would refuse.
 */
export function demoWorkers(
  organizations: readonly DemoOrganization[],
  referenceDate: CalendarDate = demoReferenceDate,
): DemoWorker[] {
  const random = createDemoRandom("jinzhou-2015/workers");
  const unions = organizations.filter((organization) => organization.kind === "GRASSROOTS_UNION");
  const sizes = rosterSizes(unions, demoWorkerCount);
  const names = new Set<string>();
  const idNumbers = new Set<string>();
  const phones = new Set<string>();
  const workers: DemoWorker[] = [];

  unions.forEach((union, unionIndex) => {
    if (union.sector === null) throw new Error(`demo grassroots union ${union.code} has no sector`);
    const trades = sectorTrades[union.sector];
    for (let slot = 0; slot < (sizes[unionIndex] as number); slot++) {
      const positionCategory = positionFor(random, union, slot);
      const age = ageFor(random, positionCategory);
      const trade = random.weighted(trades);
      const gender: Gender = random.chance(trade.femaleShare) ? "FEMALE" : "MALE";
      const migrantWorker = positionCategory === "FRONT_LINE" && random.chance(migrantShare(union));
      const birthDate = birthDateFor(random, age, referenceDate);
      const input: WorkerInput = {
        name: uniquePersonName(random, gender, names),
        idNumber: uniqueIdNumber(random, regionFor(random, union, migrantWorker), birthDate, gender, idNumbers),
        phone: uniqueMobile(random, phones),
        trade: trade.name,
        skillGrade: skillGradeFor(random, age),
        positionCategory,
        migrantWorker,
        memberCardNumber: `JZ7777${String(workers.length + 1).padStart(6, "0")}`,
      };
      const validated = validateWorkerInput(input, referenceDate);
      if (!validated.ok) {
        throw new Error(`demo worker ${workers.length + 1} is invalid: ${JSON.stringify(validated.errors)}`);
      }
      if (ageOn(validated.value.birthDate, referenceDate) !== age) {
        throw new Error(`demo worker ${workers.length + 1} has the wrong age`);
      }
      workers.push({ ...validated.value, organizationCode: union.code });
    }
  });
  return workers;
}
