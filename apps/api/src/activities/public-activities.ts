import type { Prisma } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type ActivityEntrantType,
  type ActivityKind,
  type ActivityState,
  activityKindLabels,
  activityStateLabels,
  type CalendarDate,
} from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { publicScoreboardStates } from "../live/live-access.ts";
import { publishedStates } from "../results/result-scope.ts";
import { publicTournamentStates, scoringStates } from "../tournaments/tournament-access.ts";
import { isVoteRoundOpen } from "../voting/public-vote-round.ts";

/** The most activities one list returns: a year's work plan has a few dozen. */
export const publicActivitiesLimit = 200;

/**
 * The order the portal lists activities in: what one can still take part in first (报名中), then
 * what is happening (评审中: live scores, votes, matches), results under objection (结果公示), entries
 * closed and awaiting judging (报名截止), and the archive (已发布) last.
 */
const stateOrder: readonly ActivityState[] = [
  "REGISTRATION_OPEN",
  "JUDGING",
  "PUBLIC_NOTICE",
  "REGISTRATION_CLOSED",
  "FINAL",
];

/** Rounds whose scoreboard shows judges' (or exam) scores as they are submitted. */
const liveRoundKinds = ["CRITERIA_SCORING", "EXAM"] as const;

export interface PortalRoundView {
  id: number;
  name: string;
  /** The round's kind: CRITERIA_SCORING, EXAM, PUBLIC_VOTE or MATCHES. */
  kind: string;
  opensAt: Date | null;
  closesAt: Date | null;
  isOpen: boolean;
}

export interface PortalCategoryView {
  id: number;
  key: string;
  name: string;
  entrantType: ActivityEntrantType;
  capacity: number | null;
  placesLeft: number | null;
  waitingCount: number;
  selfRegistration: boolean;
  minMembers: number | null;
  maxMembers: number | null;
}

export interface PortalActivityView {
  id: number;
  code: string;
  name: string;
  kind: ActivityKind;
  kindLabel: string;
  state: ActivityState;
  stateLabel: string;
  departmentName: string;
  year: number;
  registrationOpensOn: string | null;
  registrationClosesOn: string | null;
  judgingEndsOn: string | null;
  completedBy: string | null;
  deadlinePhrase: string | null;
  selfRegistrationOpen: boolean;
  publicRecommendationOpen: boolean;
  projectDeclarationOpen: boolean;
  resultsPublished: boolean;
  categories: PortalCategoryView[];
  liveRounds: PortalRoundView[];
  publicVoteRounds: PortalRoundView[];
  tournamentRounds: PortalRoundView[];
}

const activitySelect = {
  id: true,
  code: true,
  name: true,
  kind: true,
  state: true,
  year: true,
  registrationOpensOn: true,
  registrationClosesOn: true,
  judgingEndsOn: true,
  completedBy: true,
  deadlinePhrase: true,
  stateChangedAt: true,
  configuration: true,
  department: { select: { name: true } },
  categories: {
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, key: true, name: true, entrantType: true, capacity: true },
  },
  // Only the rounds the portal links to: match rounds once something is drawn.
  rounds: {
    where: {
      OR: [{ kind: { in: [...liveRoundKinds, "PUBLIC_VOTE"] } }, { kind: "MATCHES", tournamentDraws: { some: {} } }],
    },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, kind: true, opensAt: true, closesAt: true, closedAt: true },
  },
} satisfies Prisma.ActivitySelect;

type ActivityRow = Prisma.ActivityGetPayload<{ select: typeof activitySelect }>;

/** Every category's confirmed (已确认, holding a place) and waiting (候补) entries, in one query. */
async function placeCounts(context: Context, categoryIds: number[]) {
  const counts = new Map<number, { confirmed: number; waiting: number }>();
  if (categoryIds.length === 0) return counts;
  const groups = await context.prisma.registration.groupBy({
    by: ["categoryId", "state"],
    where: { categoryId: { in: categoryIds }, state: { in: ["CONFIRMED", "WAITLISTED"] } },
    _count: { _all: true },
  });
  for (const group of groups) {
    const count = counts.get(group.categoryId) ?? { confirmed: 0, waiting: 0 };
    if (group.state === "CONFIRMED") count.confirmed += group._count._all;
    else count.waiting += group._count._all;
    counts.set(group.categoryId, count);
  }
  return counts;
}

/** Entries are taken now: 报名中, and the deadline (a China calendar day, inclusive) not yet passed. */
function takesEntries(activity: ActivityRow, today: CalendarDate): boolean {
  return (
    activity.state === "REGISTRATION_OPEN" &&
    (activity.registrationClosesOn === null || today <= activity.registrationClosesOn)
  );
}

function portalViewOf(
  activity: ActivityRow,
  counts: ReadonlyMap<number, { confirmed: number; waiting: number }>,
  today: CalendarDate,
  now: number,
): PortalActivityView {
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const channels = configuration.entryChannels ?? [];
  const open = takesEntries(activity, today);
  const categories = activity.categories.map((category): PortalCategoryView => {
    const configured = configuration.categories?.find((candidate) => candidate.categoryId === category.key);
    const members = configured?.entrant.members ?? null;
    const named = category.entrantType !== "INDIVIDUAL" && members !== null;
    const count = counts.get(category.id) ?? { confirmed: 0, waiting: 0 };
    return {
      id: category.id,
      key: category.key,
      name: category.name,
      entrantType: category.entrantType,
      capacity: category.capacity,
      placesLeft: category.capacity === null ? null : Math.max(0, category.capacity - count.confirmed),
      waitingCount: count.waiting,
      // As `register` accepts: a worker enters alone or with their partner or team; projects are
      // declared (projectDeclarationOpen), units are entered by their union.
      selfRegistration:
        channels.includes("SELF_REGISTRATION") &&
        (category.entrantType === "INDIVIDUAL" || category.entrantType === "TEAM"),
      minMembers: named ? members.min : null,
      maxMembers: named ? members.max : null,
    };
  });
  const roundView = (round: ActivityRow["rounds"][number], isOpen: boolean): PortalRoundView => ({
    id: round.id,
    name: round.name,
    kind: round.kind,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    isOpen,
  });
  const scoreboardsPublic = publicScoreboardStates.includes(activity.state);
  const drawsPublic = publicTournamentStates.includes(activity.state);
  return {
    id: activity.id,
    code: activity.code,
    name: activity.name,
    kind: activity.kind,
    kindLabel: activityKindLabels[activity.kind],
    state: activity.state,
    stateLabel: activityStateLabels[activity.state],
    departmentName: activity.department.name,
    year: activity.year,
    registrationOpensOn: activity.registrationOpensOn,
    registrationClosesOn: activity.registrationClosesOn,
    judgingEndsOn: activity.judgingEndsOn,
    completedBy: activity.completedBy,
    deadlinePhrase: activity.deadlinePhrase,
    selfRegistrationOpen: open && categories.some((category) => category.selfRegistration),
    publicRecommendationOpen:
      open &&
      channels.includes("PUBLIC_RECOMMENDATION") &&
      categories.some((category) => category.entrantType === "INDIVIDUAL"),
    projectDeclarationOpen:
      open &&
      channels.includes("SELF_REGISTRATION") &&
      categories.some((category) => category.entrantType === "PROJECT"),
    resultsPublished: (publishedStates as readonly ActivityState[]).includes(activity.state),
    categories,
    // Open while the judges are still scoring (评审中); afterwards the board shows the final scores.
    liveRounds: scoreboardsPublic
      ? activity.rounds
          .filter((round) => (liveRoundKinds as readonly string[]).includes(round.kind))
          .map((round) => roundView(round, activity.state === "JUDGING"))
      : [],
    publicVoteRounds: activity.rounds
      .filter((round) => round.kind === "PUBLIC_VOTE" && round.opensAt !== null && round.closesAt !== null)
      .map((round) => roundView(round, isVoteRoundOpen(round, now))),
    // Open while matches are being played and scored.
    tournamentRounds: drawsPublic
      ? activity.rounds
          .filter((round) => round.kind === "MATCHES")
          .map((round) => roundView(round, scoringStates.includes(activity.state)))
      : [],
  };
}

async function portalViews(context: Context, where: Prisma.ActivityWhereInput): Promise<PortalActivityView[]> {
  const rows = await context.prisma.activity.findMany({
    where: { AND: [where, { state: { not: "DRAFT" } }] },
    orderBy: [{ year: "desc" }, { id: "desc" }],
    take: publicActivitiesLimit,
    select: activitySelect,
  });
  const counts = await placeCounts(
    context,
    rows.flatMap((activity) => activity.categories.map((category) => category.id)),
  );
  const now = Date.now();
  const rank = (activity: ActivityRow) => stateOrder.indexOf(activity.state);
  const changed = (activity: ActivityRow) => activity.stateChangedAt?.getTime() ?? 0;
  return rows
    .sort(
      (one, other) =>
        rank(one) - rank(other) || other.year - one.year || changed(other) - changed(one) || other.id - one.id,
    )
    .map((activity) => portalViewOf(activity, counts, context.today, now));
}

/**
 * Every activity past 草稿 as anyone (no sign-in) sees it on the workers' portal, of one year or of
 * all: what it is, whether it takes entries now and how, places left and waiting per category, and
 * the rounds the public can follow (live scoreboards, public votes, match schedules). Counts only:
 * no entrant's name or personal data. Five queries whatever the number of activities.
 */
export function publicActivities(context: Context, year: number | null): Promise<PortalActivityView[]> {
  return portalViews(context, year === null ? {} : { year });
}

/** One activity as publicActivities shows it; null for a draft or an unknown id. */
export async function publicActivity(context: Context, id: number): Promise<PortalActivityView | null> {
  const [activity] = await portalViews(context, { id });
  return activity ?? null;
}
