import type { Prisma } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type ActivityLifecycleFacts,
  type ActivityState,
  type ActivityUnseparatedTie,
  computePublicNoticePeriod,
  type FieldError,
  isRegistrationAwaitingReview,
  type PublicNoticeObjection,
  type PublicNoticePeriod,
  validateActivityConfiguration,
} from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { loadWorkingDayCalendar } from "../public-notices/working-day-calendar.ts";
import { rankActivity } from "../results/activity-rankings.ts";

export interface LifecycleActivity {
  id: number;
  state: ActivityState;
  configuration: Prisma.JsonValue;
  registrationOpensOn: string | null;
  registrationClosesOn: string | null;
  judgingEndsOn: string | null;
  completedBy: string | null;
  department: { code: string; name: string };
}

/**
 * What the lifecycle rules look at, read from the database as it is now. Facts whose records no
 * workflow writes yet come out as what the tables hold: no results means no tie to separate.
 * Ties that block awards are ranked afresh from the round results while judging or in notice;
 * whether the notice period can be counted is asked while judging (the step it matters for).
 * Not yet gathered: judging's closing blockers of an open round (no judging yet); an open round
 * is reported as not closed either way.
 */
export async function gatherLifecycleFacts(
  context: Context,
  activity: LifecycleActivity,
): Promise<ActivityLifecycleFacts> {
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const [registrationStates, rounds, notice, objections] = await Promise.all([
    context.prisma.registration.groupBy({
      by: ["state"],
      where: { activityId: activity.id },
      _count: { _all: true },
    }),
    context.prisma.round.findMany({ where: { activityId: activity.id }, select: { key: true, closedAt: true } }),
    context.prisma.publicNotice.findUnique({ where: { currentForActivityId: activity.id } }),
    // The current notice's objections, and any still waiting from a notice withdrawn for
    // re-review: an objection once recorded is answered before the results are final.
    context.prisma.objection.findMany({
      where: {
        activityId: activity.id,
        OR: [
          { publicNotice: { currentForActivityId: activity.id } },
          { status: "OPEN" },
          { upheldAction: "RE_REVIEW", reReviewCompletedAt: null },
        ],
      },
      orderBy: { id: "asc" },
    }),
  ]);
  let received = 0;
  let awaitingReview = 0;
  let accepted = 0;
  for (const row of registrationStates) {
    received += row._count._all;
    if (isRegistrationAwaitingReview(row.state)) awaitingReview += row._count._all;
    if (row.state === "APPROVED" || row.state === "CONFIRMED") accepted += row._count._all;
  }
  const [unseparatedTies, periodProblems] = await Promise.all([
    unseparatedTiesOf(context, activity),
    activity.state === "JUDGING" ? noticePeriodProblems(context, configuration) : Promise.resolve([]),
  ]);
  const closedKeys = new Set(rounds.filter((round) => round.closedAt !== null).map((round) => round.key));
  return {
    state: activity.state,
    ownerDepartment: activity.department,
    configurationProblems: problemsOf(configuration),
    schedule: {
      registrationOpensOn: activity.registrationOpensOn,
      registrationClosesOn: activity.registrationClosesOn,
      judgingEndsOn: activity.judgingEndsOn,
      completedBy: activity.completedBy,
    },
    registrations: { received, awaitingReview, accepted },
    rounds: (configuration.rounds ?? []).map((round) => ({
      name: round.name,
      closed: closedKeys.has(round.key),
      closingBlockers: [],
    })),
    unseparatedTies,
    publicNotice: {
      period: notice ? periodOf(notice) : null,
      objections: objections.map(objectionOf),
      periodProblems,
    },
  };
}

async function unseparatedTiesOf(context: Context, activity: LifecycleActivity): Promise<ActivityUnseparatedTie[]> {
  if (activity.state !== "JUDGING" && activity.state !== "PUBLIC_NOTICE") return [];
  try {
    const rankings = await rankActivity(context.prisma, activity);
    return rankings.outcomes.flatMap((outcome) =>
      outcome.blockingTies.map((tie) => ({
        rankingName: `${outcome.categoryName}（${outcome.track.name}）`,
        reason: tie.reason,
      })),
    );
  } catch {
    // A configuration too broken to rank is reported by the configuration check.
    return [];
  }
}

/** Why a notice published now could not get its period (a year's holidays not entered). */
async function noticePeriodProblems(context: Context, configuration: ActivityConfiguration) {
  const rule = configuration.publicNotice ?? { workingDays: 5, lateObjections: "ACCEPT_FLAGGED" };
  const calendar = await loadWorkingDayCalendar(context.prisma);
  const period = computePublicNoticePeriod(calendar, rule, new Date());
  return period.ok ? [] : period.reasons;
}

function problemsOf(configuration: ActivityConfiguration): FieldError[] {
  try {
    return validateActivityConfiguration(configuration);
  } catch {
    return [{ field: "configuration", code: "CONFIGURATION_INVALID", message: "活动设置格式不正确，缺少必要的部分" }];
  }
}

type NoticeRow = Prisma.PublicNoticeGetPayload<{ include: { objections: true } }>;

function periodOf(notice: Omit<NoticeRow, "objections">): PublicNoticePeriod {
  return {
    publishedAt: notice.publishedAt,
    publishedOn: notice.publishedOn,
    workingDays: notice.workingDays,
    firstDay: notice.firstDay,
    endDate: notice.endDate,
    workingDates: notice.workingDates as string[],
  };
}

/** An Objection row as the domain's objection (resolution included). */
export function objectionOf(row: NoticeRow["objections"][number]): PublicNoticeObjection {
  const resolved = { resolvedBy: row.resolvedById ?? 0, resolvedAt: row.resolvedAt ?? row.filedAt };
  const text = row.resolution ?? "";
  return {
    objectionId: row.id,
    entryId: row.registrationId,
    content: row.content,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    otherContact: row.otherContact,
    filedAt: row.filedAt,
    filedOn: row.filedOn,
    late: row.late,
    resolution:
      row.status === "OPEN"
        ? null
        : row.status === "DISMISSED"
          ? { ...resolved, outcome: "DISMISSED", reason: text }
          : row.upheldAction === "WITHDRAW"
            ? { ...resolved, outcome: "UPHELD", action: "WITHDRAW", finding: text }
            : {
                ...resolved,
                outcome: "UPHELD",
                action: "RE_REVIEW",
                finding: text,
                reReviewCompletedAt: row.reReviewCompletedAt,
              },
  };
}
