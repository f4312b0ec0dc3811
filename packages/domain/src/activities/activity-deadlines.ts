import { calendarDaysFrom } from "../calendar-days.ts";
import { type CalendarDate, isCalendarDate } from "../china-time.ts";
import type { ActivitySchedule } from "./activity-schedule.ts";
import type { ActivityState } from "./activity-state.ts";

/**
 * What is due and overdue, per department, for the dashboard. Each unfinished activity has the
 * date its current stage should end by, and its 完成时限 from the task table; a date is overdue the
 * day after it (a deadline day still counts as on time).
 */
export type ActivityMilestone = "REGISTRATION_OPENS" | "REGISTRATION_CLOSES" | "JUDGING_ENDS" | "ACTIVITY_COMPLETES";

export const activityMilestoneLabels: Record<ActivityMilestone, string> = {
  REGISTRATION_OPENS: "开放报名",
  REGISTRATION_CLOSES: "报名截止",
  JUDGING_ENDS: "评审结束",
  ACTIVITY_COMPLETES: "完成时限",
};

const milestoneDate: Record<ActivityMilestone, keyof ActivitySchedule> = {
  REGISTRATION_OPENS: "registrationOpensOn",
  REGISTRATION_CLOSES: "registrationClosesOn",
  JUDGING_ENDS: "judgingEndsOn",
  ACTIVITY_COMPLETES: "completedBy",
};

/**
 * The milestones still ahead of an activity in a state. In 结果公示 only the 完成时限 is left: the
 * notice period is fixed in working days once started, and the activity is done when it is published.
 */
const milestonesAhead: Record<ActivityState, readonly ActivityMilestone[]> = {
  DRAFT: ["REGISTRATION_OPENS", "ACTIVITY_COMPLETES"],
  REGISTRATION_OPEN: ["REGISTRATION_CLOSES", "ACTIVITY_COMPLETES"],
  REGISTRATION_CLOSED: ["JUDGING_ENDS", "ACTIVITY_COMPLETES"],
  JUDGING: ["JUDGING_ENDS", "ACTIVITY_COMPLETES"],
  PUBLIC_NOTICE: ["ACTIVITY_COMPLETES"],
  FINAL: [],
};

export interface ActivityDeadlineSubject {
  activityId: number;
  activityName: string;
  departmentCode: string;
  state: ActivityState;
  schedule: ActivitySchedule;
}

export interface ActivityDeadline {
  activityId: number;
  activityName: string;
  state: ActivityState;
  milestone: ActivityMilestone;
  dueOn: CalendarDate;
  /** Days from today to the due date: 0 today, 3 in three days, −2 two days overdue. */
  daysLeft: number;
}

export interface ActivityUndatedMilestone {
  activityId: number;
  activityName: string;
  state: ActivityState;
  milestone: ActivityMilestone;
}

export interface DepartmentDeadlineSummary {
  departmentCode: string;
  /** Most overdue first. */
  overdue: ActivityDeadline[];
  /** Due today or within the window, soonest first. */
  due: ActivityDeadline[];
  /** Milestones ahead whose date is not set (or not a real date): the organizer should plan them. */
  undated: ActivityUndatedMilestone[];
}

/** Default window of "due soon": a week, the rhythm of the plan's 周安排制度. */
export const defaultActivityDueWithinDays = 7;

/**
 * Departments in code order, each with something overdue, due or undated (departments with
 * nothing to show are left out). Milestones later than the window are not listed.
 */
export function summarizeActivityDeadlines(
  activities: readonly ActivityDeadlineSubject[],
  today: CalendarDate,
  dueWithinDays: number = defaultActivityDueWithinDays,
): DepartmentDeadlineSummary[] {
  if (!isCalendarDate(today)) throw new RangeError(`not a calendar date: ${today}`);
  if (!Number.isInteger(dueWithinDays) || dueWithinDays < 0) throw new RangeError(`bad window: ${dueWithinDays}`);
  const byDepartment = new Map<string, DepartmentDeadlineSummary>();
  for (const activity of activities) {
    for (const milestone of milestonesAhead[activity.state]) {
      const dueOn = activity.schedule[milestoneDate[milestone]];
      const base = {
        activityId: activity.activityId,
        activityName: activity.activityName,
        state: activity.state,
        milestone,
      };
      let summary = byDepartment.get(activity.departmentCode);
      if (summary === undefined) {
        summary = { departmentCode: activity.departmentCode, overdue: [], due: [], undated: [] };
        byDepartment.set(activity.departmentCode, summary);
      }
      if (dueOn === null || !isCalendarDate(dueOn)) {
        summary.undated.push(base);
        continue;
      }
      const daysLeft = calendarDaysFrom(today, dueOn);
      if (daysLeft < 0) summary.overdue.push({ ...base, dueOn, daysLeft });
      else if (daysLeft <= dueWithinDays) summary.due.push({ ...base, dueOn, daysLeft });
    }
  }
  const byDate = (a: ActivityDeadline, b: ActivityDeadline) =>
    a.daysLeft - b.daysLeft || a.activityId - b.activityId || milestoneOrder(a.milestone) - milestoneOrder(b.milestone);
  return (
    [...byDepartment.values()]
      .filter((summary) => summary.overdue.length + summary.due.length + summary.undated.length > 0)
      // One summary per code, so two codes are never equal.
      .sort((a, b) => (a.departmentCode < b.departmentCode ? -1 : 1))
      .map((summary) => ({
        ...summary,
        overdue: summary.overdue.sort(byDate),
        due: summary.due.sort(byDate),
        undated: summary.undated.sort(
          (a, b) => a.activityId - b.activityId || milestoneOrder(a.milestone) - milestoneOrder(b.milestone),
        ),
      }))
  );
}

function milestoneOrder(milestone: ActivityMilestone): number {
  return Object.keys(milestoneDate).indexOf(milestone);
}
