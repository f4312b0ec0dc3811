import { demoUnitAccountOrganizationCode } from "@jinzhou/db";
import type { ActivityCategory, Criterion } from "@jinzhou/domain";
import { issueCertificates } from "../certificates/issue-certificates.ts";
import { finalizeResults } from "../public-notices/finalize-results.ts";
import { enrol } from "../registrations/enrol.ts";
import {
  approve,
  assignPanel,
  createDraft,
  type DemoActivity,
  enrolIndividuals,
  judgeAndCompute,
  moveTo,
  publishIfCountable,
  rosterOf,
} from "./demo-steps.ts";
import type { DemoStory } from "./demo-story.ts";

/** The counties whose unit admins enter the demo's entrants, with their demo accounts. */
export const demoCounties = [
  ["unit", "JZ-GT", "古塔区"],
  ["unit2", "JZ-LH", "凌河区"],
  ["unit3", "JZ-TH", "太和区"],
] as const;

/**
 * 文化宫's choir contest, open for registration: each county's choir of eight entered by its unit
 * admin; 凌河区's and 太和区's passed 单位审核 and wait for 文化宫, 古塔区's waits for the `unit` account.
 */
export async function choirContestOpen(story: DemoStory): Promise<DemoActivity> {
  const year = story.day(-10).slice(0, 4);
  const activity = await createDraft(
    story,
    "culture",
    { day: -12 },
    {
      kind: "PERFORMANCE_CONTEST",
      code: `JZ-${year}-HC`,
      name: "锦州市职工合唱比赛",
      departmentCode: "WHG",
      opensOn: -10,
      closesOn: 14,
      judgingEndsOn: 30,
      completedBy: 45,
      adjust: (template) => ({
        ...template,
        categories: template.categories.map((category) => ({
          ...category,
          capacity: 20,
          entrant: { type: "TEAM", members: { min: 8, max: 60 } },
        })),
        approvalChain: { levels: ["UNIT", "ORGANIZER"] },
        rounds: template.rounds.map((round) => ({ ...round, judgesPerEntry: 5 })),
      }),
    },
  );
  await moveTo(story, "culture", { day: -10 }, activity.id, "REGISTRATION_OPEN");
  for (const [index, [unitAdmin, county, countyName]] of demoCounties.entries()) {
    const members = (await rosterOf(story, { under: county })).slice(0, 8);
    const { id } = await story.as(unitAdmin, { day: -8 + index * 2, time: "15:00" }, (context) =>
      enrol(context, {
        activityId: activity.id,
        categoryKey: "CHOIR",
        workerIds: members,
        leaderWorkerId: members[0] ?? null,
        name: `${countyName}职工合唱团`,
        idempotencyKey: `demo-choir-${county}`,
      }),
    );
    if (unitAdmin !== "unit") await approve(story, unitAdmin, { day: -3 + index, time: "10:00" }, id);
  }
  return activity;
}

/** Template choice for a speech contest's sheet: 100 in all. */
const speechCriteria: Criterion[] = [
  { key: "content", name: "演讲内容", max: "40" },
  { key: "delivery", name: "语言表达", max: "30" },
  { key: "presence", name: "形象风度", max: "15" },
  { key: "effect", name: "现场效果", max: "15" },
];

const speakers: ActivityCategory = {
  categoryId: "SPEECH",
  categoryName: "演讲",
  capacity: 30,
  entrant: { type: "INDIVIDUAL", members: { min: 1, max: 1 } },
  eligibility: {},
  badmintonEvent: null,
};

/**
 * 文化宫's "和谐与力量" worker-speaker selection, done: each speaker judged by three of the five
 * judges, published for notice, final once the notice period ended without objection, and
 * certificates issued. Left in 评审中 or 结果公示 when the notice period cannot be counted (a year
 * whose holiday arrangement the demo does not know).
 */
export async function speechContestFinal(story: DemoStory): Promise<{ activity: DemoActivity; final: boolean }> {
  const year = story.day(-60).slice(0, 4);
  const activity = await createDraft(
    story,
    "culture",
    { day: -62 },
    {
      kind: "PERFORMANCE_CONTEST",
      code: `JZ-${year}-YJ`,
      name: "职工“和谐与力量”主题演讲比赛",
      departmentCode: "WHG",
      opensOn: -60,
      closesOn: -46,
      judgingEndsOn: -32,
      completedBy: -5,
      adjust: (template) => ({
        ...template,
        categories: [speakers],
        // The county federations enter their speakers themselves: 主办审核 only.
        approvalChain: { levels: ["ORGANIZER"] },
        // Three of the five judges per speaker, averaged (with fewer than five nothing is dropped).
        rounds: template.rounds.map((round) => ({
          ...round,
          name: "现场演讲",
          judgesPerEntry: 3,
          criteriaScoring: { criteria: speechCriteria, aggregation: { method: "MEAN" } },
        })),
        certificates: { ...template.certificates, numberPrefix: `JZ-${year}-YJ` },
      }),
    },
  );
  await moveTo(story, "culture", { day: -60 }, activity.id, "REGISTRATION_OPEN");
  // 古塔区 puts the `worker` account's worker forward first, so the workers' pages show a result and a certificate.
  const { workerId: speaker } = await story.prisma.user.findUniqueOrThrow({
    where: { username: "worker" },
    select: { workerId: true },
  });
  for (const [index, [unitAdmin, county]] of demoCounties.entries()) {
    const roster = (await rosterOf(story, { under: county, positionCategories: ["FRONT_LINE", "TECHNICAL"] })).slice(8);
    const candidates = county === demoUnitAccountOrganizationCode && speaker !== null ? [speaker, ...roster] : roster;
    const ids = await enrolIndividuals(story, unitAdmin, { day: -55 + index }, activity, "SPEECH", candidates, 2);
    for (const id of ids) await approve(story, "culture", { day: -50 + index }, id);
  }
  await moveTo(story, "culture", { day: -45 }, activity.id, "REGISTRATION_CLOSED");
  const roundId = activity.rounds.performance as number;
  await assignPanel(story, "culture", { day: -44 }, roundId, activity.categories.SPEECH as number);
  await moveTo(story, "culture", { day: -40 }, activity.id, "JUDGING");
  await judgeAndCompute(story, "culture", activity, "performance", -40, -33);
  const notice = await publishIfCountable(story, "culture", { day: -30 }, activity.id);
  if (notice === null) return { activity, final: false };
  // Final the working day after the notice period ends, when nobody objected.
  const finalDay = story.offsetOf(notice.endDate) + 1;
  if (finalDay > -1) return { activity, final: false };
  await story.as("culture", { day: finalDay, time: "10:00" }, async (context) => {
    await finalizeResults(context, activity.id);
    await issueCertificates(context, activity.id);
  });
  return { activity, final: true };
}
