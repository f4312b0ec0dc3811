import type { ActivityCategory } from "@jinzhou/domain";
import { importExamScores } from "../judging/import-exam-scores.ts";
import { register } from "../registrations/register.ts";
import {
  approve,
  assignPanel,
  createDraft,
  type DemoActivity,
  enrolIndividuals,
  moveTo,
  rosterOf,
  scoreSheets,
} from "./demo-steps.ts";
import type { DemoStory } from "./demo-story.ts";

/** Category keys of the trades the demo contest runs, by trade name. */
const tradeKeys: Record<string, string> = { 焊工: "WELDER", 钳工: "FITTER", 餐厅服务员: "SERVICE" };

function tradeCategory(categoryId: string, name: string): ActivityCategory {
  return {
    categoryId,
    categoryName: name,
    capacity: 40,
    entrant: { type: "INDIVIDUAL", members: { min: 1, max: 1 } },
    eligibility: { trades: [name] },
    badmintonEvent: null,
  };
}

/**
 * 生产保护部's 2nd 状元杯, in judging: entrants from 古塔区, 凌河区 and 太和区 (the `worker` account
 * among them, registered by themself) approved by their unit and by the organizer, the theory exam
 * imported, the practical judged by three of the five-judge panel (balanced), and the judges part
 * way through their sheets: `judge` has most of theirs still to score.
 */
export async function skillsContestInJudging(story: DemoStory): Promise<DemoActivity> {
  const holder = await story.prisma.user.findUniqueOrThrow({
    where: { username: "worker" },
    select: { worker: { select: { id: true, trade: true } } },
  });
  const workerTrade = holder.worker?.trade ?? "餐厅服务员";
  const trades = [...new Set(["焊工", "钳工", workerTrade])];
  const keyOf = (trade: string, index: number) => tradeKeys[trade] ?? `TRADE-${index + 1}`;
  const year = story.day(-40).slice(0, 4);
  const activity = await createDraft(
    story,
    "organizer",
    { day: -40 },
    {
      kind: "SKILLS_CONTEST",
      code: `JZ-${year}-ZYB`,
      name: "第二届“状元杯”职工职业技能大赛",
      departmentCode: "SCBHB",
      opensOn: -40,
      closesOn: -15,
      judgingEndsOn: 5,
      completedBy: 30,
      adjust: (template) => ({
        ...template,
        categories: trades.map((trade, index) => tradeCategory(keyOf(trade, index), trade)),
        // 单位审核, then 主办审核 by 生产保护部.
        approvalChain: { levels: ["UNIT", "ORGANIZER"] },
        rounds: template.rounds.map((round) =>
          round.kind === "CRITERIA_SCORING" ? { ...round, judgesPerEntry: 3 } : round,
        ),
      }),
    },
  );
  await moveTo(story, "organizer", { day: -40, time: "10:00" }, activity.id, "REGISTRATION_OPEN");

  // The `worker` account registers on their phone, in their own trade.
  const workerKey = keyOf(workerTrade, trades.indexOf(workerTrade));
  const own = await story.as("worker", { day: -36, time: "20:15" }, (context) =>
    register(context, { activityId: activity.id, categoryKey: workerKey, idempotencyKey: "demo-zyb-worker" }),
  );

  // Each county's unit admin enrols a worker per trade from its roster and approves them.
  const entries: { id: number; unitAdmin: string }[] = [{ id: own.id, unitAdmin: "unit" }];
  const units = [
    ["unit", "JZ-GT"],
    ["unit2", "JZ-LH"],
    ["unit3", "JZ-TH"],
  ] as const;
  for (const [unitAdmin, county] of units) {
    for (const [index, trade] of trades.entries()) {
      const roster = (await rosterOf(story, { under: county, trade })).filter((id) => id !== holder.worker?.id);
      const ids = await enrolIndividuals(story, unitAdmin, { day: -33 }, activity, keyOf(trade, index), roster, 1);
      entries.push(...ids.map((id) => ({ id, unitAdmin })));
    }
  }
  for (const entry of entries) await approve(story, entry.unitAdmin, { day: -30, time: "10:00" }, entry.id);
  for (const entry of entries) await approve(story, "organizer", { day: -28, time: "14:00" }, entry.id);

  // The deadline has passed: registration closes, the rounds are set up.
  await moveTo(story, "organizer", { day: -14 }, activity.id, "REGISTRATION_CLOSED");
  const practical = activity.rounds.practical as number;
  for (const categoryId of Object.values(activity.categories)) {
    await assignPanel(story, "organizer", { day: -12 }, practical, categoryId);
  }
  // The exam centre's theory scores (理论成绩), imported as a sheet.
  const accepted = await story.prisma.registration.findMany({
    where: { activityId: activity.id, state: "CONFIRMED" },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  await story.as("organizer", { day: -11 }, (context) =>
    importExamScores(context, {
      roundId: activity.rounds.theory as number,
      rows: accepted.map((entry, index) => ({ registrationId: entry.id, score: String(68 + ((index * 11) % 30)) })),
      firstRowNumber: 2,
    }),
  );
  await moveTo(story, "organizer", { day: -10 }, activity.id, "JUDGING");

  // The practical: two judges are done, one half way, `judge` and judge5 have begun.
  await scoreSheets(story, "judge2", { day: -8, time: "15:00" }, practical);
  await scoreSheets(story, "judge3", { day: -7, time: "16:00" }, practical);
  await scoreSheets(story, "judge4", { day: -5, time: "10:30" }, practical, 3);
  await scoreSheets(story, "judge5", { day: -3, time: "11:00" }, practical, 1);
  await scoreSheets(story, "judge", { day: -2, time: "14:30" }, practical, 1);
  return activity;
}
