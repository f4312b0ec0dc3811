import type { Prisma } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type ActivityLifecycleFacts,
  type ActivityState,
  type FieldError,
  isRegistrationAwaitingReview,
  type PublicNoticeObjection,
  type PublicNoticePeriod,
  validateActivityConfiguration,
} from "@jinzhou/domain";
import type { Context } from "../context.ts";

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
 * Not yet gathered: why a notice period could not be computed (the holiday calendar is another
 * slice), and judging's closing blockers of an open round (no judging yet); an open round is
 * reported as not closed either way.
 */
export async function gatherLifecycleFacts(
  context: Context,
  activity: LifecycleActivity,
): Promise<ActivityLifecycleFacts> {
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const [registrationStates, rounds, notice] = await Promise.all([
    context.prisma.registration.groupBy({
      by: ["state"],
      where: { activityId: activity.id },
      _count: { _all: true },
    }),
    context.prisma.round.findMany({ where: { activityId: activity.id }, select: { key: true, closedAt: true } }),
    context.prisma.publicNotice.findUnique({
      where: { currentForActivityId: activity.id },
      include: { objections: true },
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
    unseparatedTies: [],
    publicNotice: {
      period: notice ? periodOf(notice) : null,
      objections: notice ? notice.objections.map(objectionOf) : [],
      periodProblems: [],
    },
  };
}

function problemsOf(configuration: ActivityConfiguration): FieldError[] {
  try {
    return validateActivityConfiguration(configuration);
  } catch {
    return [{ field: "configuration", code: "CONFIGURATION_INVALID", message: "活动设置格式不正确，缺少必要的部分" }];
  }
}

type NoticeRow = Prisma.PublicNoticeGetPayload<{ include: { objections: true } }>;

function periodOf(notice: NoticeRow): PublicNoticePeriod {
  return {
    publishedAt: notice.publishedAt,
    publishedOn: notice.publishedOn,
    workingDays: notice.workingDays,
    firstDay: notice.firstDay,
    endDate: notice.endDate,
    workingDates: notice.workingDates as string[],
  };
}

function objectionOf(row: NoticeRow["objections"][number]): PublicNoticeObjection {
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
