import type { Gender } from "@jinzhou/domain";
import { register } from "../registrations/register.ts";
import type { TournamentDrawMode } from "../tournaments/stored-draw.ts";
import { demoCounties } from "./culture-activities.ts";
import { approve, createDraft, type DemoActivity, enrolIndividuals, moveTo, rosterOf } from "./demo-steps.ts";
import type { DemoStory } from "./demo-story.ts";
import { openWorkerAccounts } from "./demo-worker-accounts.ts";
import { type DemoMatch, DemoTimetable, drawEvent, matchesOf, recordDemoScore } from "./tournament-steps.ts";

type DoublesEvent = "MENS_DOUBLES" | "MIXED_DOUBLES";

/** A pair that registered itself: the registrant (with a worker account) and the partner they chose. */
interface PairPlan {
  event: DoublesEvent;
  county: string;
  registrantGender: Gender;
  partnerGender: Gender;
}

/**
 * The doubles pairs, one registration each by one of the pair on the workers' pages. The first is
 * the `worker` account's (a woman from 古塔区) in the mixed doubles.
 */
const pairPlans: readonly PairPlan[] = [
  { event: "MIXED_DOUBLES", county: "JZ-GT", registrantGender: "FEMALE", partnerGender: "MALE" },
  { event: "MIXED_DOUBLES", county: "JZ-LH", registrantGender: "MALE", partnerGender: "FEMALE" },
  { event: "MIXED_DOUBLES", county: "JZ-TH", registrantGender: "MALE", partnerGender: "FEMALE" },
  { event: "MIXED_DOUBLES", county: "JZ-GT", registrantGender: "MALE", partnerGender: "FEMALE" },
  { event: "MENS_DOUBLES", county: "JZ-GT", registrantGender: "MALE", partnerGender: "MALE" },
  { event: "MENS_DOUBLES", county: "JZ-LH", registrantGender: "MALE", partnerGender: "MALE" },
  { event: "MENS_DOUBLES", county: "JZ-TH", registrantGender: "MALE", partnerGender: "MALE" },
  { event: "MENS_DOUBLES", county: "JZ-LH", registrantGender: "MALE", partnerGender: "MALE" },
];

/** How each event is drawn, with the lot number read out at the draw. */
const draws: readonly { event: string; mode: TournamentDrawMode; lotNumber: number }[] = [
  { event: "MENS_SINGLES", mode: "GROUPS_KNOCKOUT", lotNumber: 73_519 },
  { event: "WOMENS_SINGLES", mode: "GROUPS_KNOCKOUT", lotNumber: 28_466 },
  { event: "MENS_DOUBLES", mode: "KNOCKOUT", lotNumber: 51_907 },
  { event: "MIXED_DOUBLES", mode: "GROUPS_KNOCKOUT", lotNumber: 66_238 },
];

/**
 * 文化宫's badminton tournament, in play (评审中): singles entered by the counties' unit admins,
 * men's and mixed doubles pairs registered by workers themselves (the `worker` account among them)
 * and confirmed by their unit; registration closed, every event drawn, the first round played
 * yesterday at 锦州市体育馆 with its scores entered, the rest scheduled over the coming days.
 */
export async function badmintonInPlay(story: DemoStory): Promise<DemoActivity> {
  const year = story.day(-30).slice(0, 4);
  const activity = await createDraft(
    story,
    "culture",
    { day: -31 },
    {
      kind: "TOURNAMENT",
      code: `JZ-${year}-YMQ`,
      name: "锦州市第一届职工羽毛球比赛",
      departmentCode: "WHG",
      opensOn: -30,
      closesOn: -2,
      judgingEndsOn: 12,
      completedBy: 20,
    },
  );
  await moveTo(story, "culture", { day: -30 }, activity.id, "REGISTRATION_OPEN");
  const singles = [
    ["MENS_SINGLES", "MALE", 2],
    ["WOMENS_SINGLES", "FEMALE", 2],
  ] as const;
  for (const [index, [unitAdmin, county]] of demoCounties.entries()) {
    for (const [event, gender, count] of singles) {
      const roster = await rosterOf(story, { under: county, gender });
      const ids = await enrolIndividuals(story, unitAdmin, { day: -20 + index }, activity, event, roster, count);
      for (const id of ids) await approve(story, unitAdmin, { day: -18 + index }, id);
    }
  }
  await registerPairs(story, activity);
  await moveTo(story, "culture", { day: -1, time: "09:30" }, activity.id, "REGISTRATION_CLOSED");
  await playFirstRound(story, activity);
  return activity;
}

/**
 * The pairs register on the workers' pages in the last two weeks of registration, each registrant
 * choosing a partner from their own county (players past the first four of the roster, so the
 * singles players rest); their unit admin confirms them.
 */
async function registerPairs(story: DemoStory, activity: DemoActivity): Promise<void> {
  const holder = await story.prisma.user.findUniqueOrThrow({
    where: { username: "worker" },
    select: { workerId: true },
  });
  if (holder.workerId === null) throw new Error("demo: the worker account has no worker");
  const used = new Set<number>([holder.workerId]);
  const pick = async (county: string, gender: Gender): Promise<number> => {
    const roster = await rosterOf(story, { under: county, gender });
    const id = roster.slice(4).find((each) => !used.has(each));
    if (id === undefined) throw new Error(`demo: no ${gender} player left under ${county}`);
    used.add(id);
    return id;
  };
  const pairs: { plan: PairPlan; registrant: number; partner: number }[] = [];
  for (const [index, plan] of pairPlans.entries()) {
    const registrant = index === 0 ? holder.workerId : await pick(plan.county, plan.registrantGender);
    pairs.push({ plan, registrant, partner: await pick(plan.county, plan.partnerGender) });
  }
  const usernames = await openWorkerAccounts(
    story,
    { day: -17 },
    pairs.slice(1).map((pair) => pair.registrant),
  );
  const registrantUsernames = ["worker", ...usernames];
  for (const [index, pair] of pairs.entries()) {
    const username = registrantUsernames[index] as string;
    const { id } = await story.as(username, { day: -15 + (index % 6), time: "20:30" }, (context) =>
      register(context, {
        activityId: activity.id,
        categoryKey: pair.plan.event,
        partnerWorkerId: pair.partner,
        idempotencyKey: `demo-ymq-${pair.plan.event}-${pair.registrant}`,
      }),
    );
    const unitAdmin = demoCounties.find(([, county]) => county === pair.plan.county)?.[0] ?? "unit";
    await approve(story, unitAdmin, { day: -8, time: "10:00" }, id);
  }
}

/**
 * Registration closed, the organizer draws every event that has entrants, opens the matches
 * (评审中) and sets the timetable: each group's first round and the first knockout round of the
 * men's doubles yesterday afternoon, played, with their scores entered that evening; the later
 * group rounds tomorrow and the day after; the knockout stages on the third day.
 */
async function playFirstRound(story: DemoStory, activity: DemoActivity): Promise<void> {
  const roundId = activity.rounds.matches as number;
  for (const [index, draw] of draws.entries()) {
    const categoryId = activity.categories[draw.event] as number;
    await drawEvent(
      story,
      "culture",
      { day: -1, time: `10:${String(index * 5).padStart(2, "0")}` },
      {
        roundId,
        categoryId,
        mode: draw.mode,
        lotNumber: draw.lotNumber,
      },
    );
  }
  await moveTo(story, "culture", { day: -1, time: "11:00" }, activity.id, "JUDGING");

  const matches: DemoMatch[] = [];
  for (const draw of draws) {
    matches.push(...(await matchesOf(story, roundId, activity.categories[draw.event] as number)));
  }
  const timetable = new DemoTimetable(story, "culture", { day: -1, time: "11:30" });
  const isFirstKnockoutRound = (match: DemoMatch, all: DemoMatch[]) =>
    match.stage === "KNOCKOUT" &&
    !all.some((other) => other.categoryId === match.categoryId && other.stage === "GROUP") &&
    match.entrantAId !== null &&
    match.entrantBId !== null;
  const played = matches.filter((match) => match.groupRound === 1 || isFirstKnockoutRound(match, matches));
  for (const match of played) await timetable.place(match, -1, "14:00");
  for (const match of matches.filter((each) => each.groupRound === 2)) await timetable.place(match, 1);
  for (const match of matches.filter((each) => (each.groupRound ?? 0) >= 3)) await timetable.place(match, 2);
  const later = matches.filter((match) => match.stage === "KNOCKOUT" && !played.includes(match));
  // The final (R2-1) in the afternoon, after the semi-finals.
  for (const match of later.filter((each) => !each.slot.startsWith("R2-"))) await timetable.place(match, 3);
  for (const match of later.filter((each) => each.slot.startsWith("R2-"))) await timetable.place(match, 3, "14:00");

  for (const [index, match] of played.entries()) {
    await recordDemoScore(
      story,
      "culture",
      { day: -1, time: `${17 + Math.floor(index / 6)}:${String((index % 6) * 10).padStart(2, "0")}` },
      match,
    );
  }
}
