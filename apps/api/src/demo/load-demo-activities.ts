import { demoPassword } from "@jinzhou/db";
import { createUser } from "../users/create-user.ts";
import { badmintonInPlay } from "./badminton-tournament.ts";
import { choirContestOpen, speechContestFinal } from "./culture-activities.ts";
import { enterHolidayArrangements } from "./demo-holidays.ts";
import { type DemoServices, DemoStory } from "./demo-story.ts";
import { innovationAwardOpen } from "./innovation-award.ts";
import { laborCompetitionInNotice } from "./labor-competition.ts";
import { modelWorkerNominations } from "./model-workers.ts";
import { mostBeautifulWorkerVoting } from "./most-beautiful-worker.ts";
import { skillsContestInJudging } from "./skills-contest.ts";

/** Unit admins of two more county federations, so entrants come from several counties. */
export const demoExtraUnitAccounts = [
  { username: "unit2", displayName: "凌河区总工会 马干事", organizationCode: "JZ-LH" },
  { username: "unit3", displayName: "太和区总工会 高干事", organizationCode: "JZ-TH" },
] as const;

export interface DemoActivitiesSummary {
  activities: { code: string; name: string; state: string }[];
  /** Years whose holiday arrangement the demo entered. */
  holidayYears: number[];
  ballots: number;
  /** Whether the finished activities reached their stage (they need the years' holiday arrangements). */
  speechContestFinal: boolean;
  laborCompetitionInNotice: boolean;
  objectionFiled: boolean;
  milliseconds: number;
  /** This process's CPU time for it (user + system): what the load costs, however busy the machine. */
  cpuMilliseconds: number;
  /** Milliseconds per story, for the start-up log. */
  steps: Record<string, number>;
}

/**
 * The demo's activities, one story per owning department, told through the API's own use cases
 * as the demo accounts over the weeks before `loadedAt` (the moment the demo data went in), so
 * each role finds its daily work waiting. Only for a database the demo data was just loaded into.
 */
export async function loadDemoActivities(
  services: DemoServices,
  loadedAt = new Date(),
): Promise<DemoActivitiesSummary> {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  if ((await services.prisma.activity.count()) > 0) {
    throw new Error("the demo's activities only go into the database the demo data was just loaded into");
  }
  const story = new DemoStory(services, loadedAt);
  for (const account of demoExtraUnitAccounts) {
    const organizationId = await story.organizationId(account.organizationCode);
    await story.as("admin", { day: -70 }, (context) =>
      createUser(context, {
        username: account.username,
        displayName: account.displayName,
        password: demoPassword,
        role: "UNIT_ADMIN",
        organizationId,
        departmentId: null,
        workerId: null,
      }),
    );
  }
  const steps: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const begun = performance.now();
    const result = await work();
    steps[name] = Math.round(performance.now() - begun);
    return result;
  };
  steps.accounts = Math.round(performance.now() - started);
  const holidayYears = await timed("holidays", () => enterHolidayArrangements(story, -70, 45));
  const speech = await timed("speechContest", () => speechContestFinal(story));
  const labor = await timed("laborCompetition", () => laborCompetitionInNotice(story));
  await timed("skillsContest", () => skillsContestInJudging(story));
  await timed("badminton", () => badmintonInPlay(story));
  const voting = await timed("mostBeautifulWorker", () => mostBeautifulWorkerVoting(story));
  await timed("modelWorkers", () => modelWorkerNominations(story));
  await timed("choir", () => choirContestOpen(story));
  await timed("innovationAward", () => innovationAwardOpen(story));

  const activities = await story.prisma.activity.findMany({
    orderBy: { id: "asc" },
    select: { code: true, name: true, state: true },
  });
  return {
    activities,
    holidayYears,
    ballots: voting.ballots,
    speechContestFinal: speech.final,
    laborCompetitionInNotice: labor.inNotice,
    objectionFiled: labor.objectionFiled,
    milliseconds: Math.round(performance.now() - started),
    cpuMilliseconds: cpuMillisecondsSince(cpuAtStart),
    steps,
  };
}

function cpuMillisecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
}

/**
 * The server's start-up hook: loads the demo's activities and logs what went in and how long it
 * took. A failure is logged, not thrown: the demo data is in and the server is usable without them.
 */
export async function loadDemoActivitiesLogged(services: DemoServices): Promise<DemoActivitiesSummary | null> {
  try {
    const summary = await loadDemoActivities(services);
    services.log.info("demo activities loaded", {
      activities: summary.activities.map((activity) => `${activity.code} ${activity.state}`),
      milliseconds: summary.milliseconds,
      cpuMilliseconds: summary.cpuMilliseconds,
      steps: summary.steps,
    });
    return summary;
  } catch (error) {
    services.log.error("demo activities could not be loaded", { error: (error as Error).message });
    return null;
  }
}
