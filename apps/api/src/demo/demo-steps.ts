import type { ActivityConfiguration, ActivityKind, ActivityState, Gender, PositionCategory } from "@jinzhou/domain";
import { DomainError } from "@jinzhou/domain";
import { createActivity } from "../activities/create-activity.ts";
import { transitionActivity } from "../activities/transition-activity.ts";
import { updateActivity } from "../activities/update-activity.ts";
import { assignJudgesAutomatically } from "../judging/assign-judges-balanced.ts";
import { closeRound } from "../judging/close-round.ts";
import { setRoundPanel } from "../judging/set-round-panel.ts";
import { submitScore } from "../judging/submit-score.ts";
import { publishForNotice } from "../public-notices/publish-for-notice.ts";
import { enrol } from "../registrations/enrol.ts";
import { reviewRegistration } from "../registrations/review-registration.ts";
import { computeResults } from "../results/compute-results.ts";
import type { DemoMoment, DemoStory } from "./demo-story.ts";

/** The five demo judges, the panel of every judged demo activity. */
export const demoJudges = ["judge", "judge2", "judge3", "judge4", "judge5"] as const;

export interface DemoActivity {
  id: number;
  /** Category ids by the configuration's key. */
  categories: Record<string, number>;
  /** Round ids by the configuration's key. */
  rounds: Record<string, number>;
}

export interface DraftPlan {
  kind: ActivityKind;
  code: string;
  name: string;
  departmentCode: string;
  /** Schedule, in days from the load day. */
  opensOn: number;
  closesOn: number;
  judgingEndsOn: number;
  completedBy: number;
  /** The organizer's adjustments of the kind's template. */
  adjust?: (template: ActivityConfiguration) => ActivityConfiguration;
}

/** The organizer creates the draft from its kind's template and adjusts it, as in the stepper. */
export async function createDraft(
  story: DemoStory,
  organizer: string,
  moment: DemoMoment,
  plan: DraftPlan,
): Promise<DemoActivity> {
  const departmentId = await story.departmentId(plan.departmentCode);
  const id = await story.as(organizer, moment, async (context) => {
    const created = await createActivity(context, {
      kind: plan.kind,
      code: plan.code,
      name: plan.name,
      year: Number(story.day(moment.day).slice(0, 4)),
      departmentId,
      registrationOpensOn: story.day(plan.opensOn),
      registrationClosesOn: story.day(plan.closesOn),
      judgingEndsOn: story.day(plan.judgingEndsOn),
      completedBy: story.day(plan.completedBy),
    });
    if (!created) throw new Error(`demo: ${plan.code} was not created`);
    if (plan.adjust) {
      const configuration = plan.adjust(created.configuration as unknown as ActivityConfiguration);
      await updateActivity(context, created.id, { version: created.version, configuration });
    }
    return created.id;
  });
  return readActivity(story, id);
}

async function readActivity(story: DemoStory, id: number): Promise<DemoActivity> {
  const [categories, rounds] = await Promise.all([
    story.prisma.category.findMany({ where: { activityId: id }, select: { id: true, key: true } }),
    story.prisma.round.findMany({ where: { activityId: id }, select: { id: true, key: true } }),
  ]);
  return {
    id,
    categories: Object.fromEntries(categories.map((category) => [category.key, category.id])),
    rounds: Object.fromEntries(rounds.map((round) => [round.key, round.id])),
  };
}

export async function moveTo(
  story: DemoStory,
  organizer: string,
  moment: DemoMoment,
  activityId: number,
  to: ActivityState,
  reason: string | null = null,
): Promise<void> {
  await story.as(organizer, moment, (context) => transitionActivity(context, activityId, to, reason));
}

export interface WorkerQuery {
  /** The county federation or industry union whose grassroots unions the workers belong to. */
  under: string;
  trade?: string;
  gender?: Gender;
  positionCategories?: PositionCategory[];
}

/** Roster ids of workers under a county (or industry union), in roster order: whom a unit admin would pick. */
export async function rosterOf(story: DemoStory, query: WorkerQuery): Promise<number[]> {
  const county = await story.prisma.organization.findUniqueOrThrow({ where: { code: query.under } });
  const workers = await story.prisma.worker.findMany({
    where: {
      organization: { path: { startsWith: county.path } },
      ...(query.trade ? { trade: query.trade } : {}),
      ...(query.gender ? { gender: query.gender } : {}),
      ...(query.positionCategories ? { positionCategory: { in: query.positionCategories } } : {}),
    },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return workers.map((worker) => worker.id);
}

/** Refusals that only mean "pick another worker": the rules said no to this one. */
const skippable = new Set(["NOT_ELIGIBLE", "ALREADY_REGISTERED"]);

/**
 * A unit admin enrols individual workers from a roster, one by one as in the panel, until `count`
 * are in or the roster is used up; a worker the activity's rules refuse (not a union member, wrong
 * trade …) is passed over.
 */
export async function enrolIndividuals(
  story: DemoStory,
  unitAdmin: string,
  moment: DemoMoment,
  activity: DemoActivity,
  categoryKey: string,
  roster: readonly number[],
  count: number,
): Promise<number[]> {
  const entered: number[] = [];
  for (const workerId of roster) {
    if (entered.length === count) break;
    try {
      const { id } = await story.as(unitAdmin, moment, (context) =>
        enrol(context, {
          activityId: activity.id,
          categoryKey,
          workerIds: [workerId],
          idempotencyKey: `demo-${activity.id}-${categoryKey}-${workerId}`,
        }),
      );
      entered.push(id);
    } catch (error) {
      if (error instanceof DomainError && skippable.has(error.code)) continue;
      throw error;
    }
  }
  return entered;
}

export async function approve(story: DemoStory, reviewer: string, moment: DemoMoment, registrationId: number) {
  await story.as(reviewer, moment, (context) => reviewRegistration(context, registrationId, "APPROVE", null, null));
}

/** The panel of five for a judged round's category, then the balanced automatic assignment. */
export async function assignPanel(
  story: DemoStory,
  organizer: string,
  moment: DemoMoment,
  roundId: number,
  categoryId: number,
): Promise<void> {
  const judgeUserIds = await Promise.all(demoJudges.map((username) => story.userId(username)));
  await story.as(organizer, moment, async (context) => {
    await setRoundPanel(context, { roundId, categoryId, judgeUserIds });
    await assignJudgesAutomatically(context, { roundId, categoryId });
  });
}

/** A judge's open sheets in a round, in entry order. */
async function sheetsOf(story: DemoStory, judge: string, roundId: number) {
  return story.prisma.judgeAssignment.findMany({
    where: { roundId, judgeUserId: await story.userId(judge), score: null, excusedAt: null },
    orderBy: [{ registrationId: "asc" }, { id: "asc" }],
    select: { id: true, registrationId: true },
  });
}

/**
 * A judge fills in and submits `count` of their open sheets (all when omitted). Each criterion gets
 * a share of its maximum that depends on the entry and the judge, so entries rank apart and judges
 * differ a little, the same way on every load.
 */
export async function scoreSheets(
  story: DemoStory,
  judge: string,
  moment: DemoMoment,
  roundId: number,
  count?: number,
): Promise<number> {
  const criteria = await story.prisma.criterion.findMany({
    where: { roundId },
    orderBy: { sortOrder: "asc" },
    select: { key: true, max: true },
  });
  const sheets = await sheetsOf(story, judge, roundId);
  const judgeIndex = demoJudges.indexOf(judge as (typeof demoJudges)[number]);
  const chosen = sheets.slice(0, count ?? sheets.length);
  for (const sheet of chosen) {
    // 70 %–97 % of each maximum, in steps of 0.1.
    const share = 0.7 + ((sheet.registrationId * 7 + judgeIndex * 3) % 28) / 100;
    const scores = Object.fromEntries(
      criteria.map((criterion) => [criterion.key, (Math.round(Number(criterion.max) * share * 10) / 10).toFixed(1)]),
    );
    await story.as(judge, moment, (context) =>
      submitScore(context, { assignmentId: sheet.id, scores, idempotencyKey: `demo-sheet-${sheet.id}` }),
    );
  }
  return chosen.length;
}

/**
 * A judged round from the first sheet to the scoreboard: every judge submits every sheet, the
 * organizer closes the round and computes the results.
 */
export async function judgeAndCompute(
  story: DemoStory,
  organizer: string,
  activity: DemoActivity,
  roundKey: string,
  scoredOn: number,
  computedOn: number,
): Promise<void> {
  const roundId = activity.rounds[roundKey] as number;
  for (const [index, judge] of demoJudges.entries()) {
    await scoreSheets(story, judge, { day: scoredOn, time: `${10 + index}:00` }, roundId);
  }
  await story.as(organizer, { day: computedOn }, async (context) => {
    await closeRound(context, roundId);
    const summary = await computeResults(context, activity.id);
    if (summary.blockingTies.length > 0) throw new Error(`demo: ${activity.id} has a tie to separate`);
  });
}

/**
 * Publishes the results for public notice (公示). Refused, and left in 评审中 with its results, when
 * the notice period would run through a year whose holiday arrangement is not entered: the demo
 * knows only some years' arrangements (demo-holidays.ts). Returns the notice, or null then.
 */
export async function publishIfCountable(story: DemoStory, organizer: string, moment: DemoMoment, activityId: number) {
  try {
    return await story.as(organizer, moment, (context) => publishForNotice(context, activityId));
  } catch (error) {
    if (
      error instanceof DomainError &&
      error.fieldErrors.some((fieldError) => fieldError.code === "HOLIDAY_CALENDAR_MISSING")
    ) {
      return null;
    }
    throw error;
  }
}
