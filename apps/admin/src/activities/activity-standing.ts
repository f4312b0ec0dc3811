import {
  type ActivityMilestone,
  type ActivitySchedule,
  type ActivityState,
  activityStates,
  type CalendarDate,
  defaultActivityDueWithinDays,
  summarizeActivityDeadlines,
} from "@jinzhou/domain";

/** Where an activity stands: each state of the lifecycle as done, current or ahead. */
export interface StandingState {
  state: ActivityState;
  status: "DONE" | "CURRENT" | "AHEAD";
}

/**
 * A dated step of the activity. PASSED: the state is already past it. OVERDUE: it is the current
 * stage's (or the 完成时限), its date has gone by and the state is not past it. DUE: within the
 * coming week. AHEAD: later. UNDATED: ahead, no date set. LATER: the end of a stage not yet begun.
 */
export interface StandingMilestone {
  milestone: ActivityMilestone;
  dueOn: CalendarDate | null;
  status: "PASSED" | "OVERDUE" | "DUE" | "AHEAD" | "UNDATED" | "LATER";
  /** Days past the date when overdue (1 the day after), days left otherwise; null without a date. */
  days: number | null;
}

export interface ActivityStanding {
  states: StandingState[];
  milestones: StandingMilestone[];
  overdue: StandingMilestone[];
}

const milestoneOrder: readonly ActivityMilestone[] = [
  "REGISTRATION_OPENS",
  "REGISTRATION_CLOSES",
  "JUDGING_ENDS",
  "ACTIVITY_COMPLETES",
];

const dateOf: Record<ActivityMilestone, keyof ActivitySchedule> = {
  REGISTRATION_OPENS: "registrationOpensOn",
  REGISTRATION_CLOSES: "registrationClosesOn",
  JUDGING_ENDS: "judgingEndsOn",
  ACTIVITY_COMPLETES: "completedBy",
};

/** The first state in which a milestone is behind the activity. */
const passedIn: Record<ActivityMilestone, ActivityState> = {
  REGISTRATION_OPENS: "REGISTRATION_OPEN",
  REGISTRATION_CLOSES: "REGISTRATION_CLOSED",
  JUDGING_ENDS: "PUBLIC_NOTICE",
  ACTIVITY_COMPLETES: "FINAL",
};

/** Far enough that every milestone still ahead is listed as due (the domain lists only those in its window). */
const everyDayAhead = 1_000_000;

/**
 * The lifecycle and the dates of one activity on `today` (a China calendar day). Which milestones
 * are still ahead in a state, and when a date is overdue (the day after it), are the domain's
 * deadline rules (summarizeActivityDeadlines), the same the dashboard uses.
 */
export function activityStanding(
  activity: { id: number; name: string; state: ActivityState; schedule: ActivitySchedule },
  today: CalendarDate,
): ActivityStanding {
  const current = activityStates.indexOf(activity.state);
  const states = activityStates.map((state, index) => ({
    state,
    status:
      index < current || activity.state === "FINAL"
        ? ("DONE" as const)
        : index === current
          ? ("CURRENT" as const)
          : ("AHEAD" as const),
  }));
  const [summary] = summarizeActivityDeadlines(
    [
      {
        activityId: activity.id,
        activityName: activity.name,
        departmentCode: "",
        state: activity.state,
        schedule: activity.schedule,
      },
    ],
    today,
    everyDayAhead,
  );
  const milestones = milestoneOrder.map((milestone): StandingMilestone => {
    const dueOn = activity.schedule[dateOf[milestone]];
    const overdue = summary?.overdue.find((deadline) => deadline.milestone === milestone);
    if (overdue) return { milestone, dueOn: overdue.dueOn, status: "OVERDUE", days: -overdue.daysLeft };
    const due = summary?.due.find((deadline) => deadline.milestone === milestone);
    if (due) {
      return {
        milestone,
        dueOn: due.dueOn,
        status: due.daysLeft <= defaultActivityDueWithinDays ? "DUE" : "AHEAD",
        days: due.daysLeft,
      };
    }
    if (summary?.undated.some((deadline) => deadline.milestone === milestone)) {
      return { milestone, dueOn: null, status: "UNDATED", days: null };
    }
    const passed = activityStates.indexOf(passedIn[milestone]) <= current;
    return { milestone, dueOn, status: passed ? "PASSED" : "LATER", days: null };
  });
  return { states, milestones, overdue: milestones.filter((milestone) => milestone.status === "OVERDUE") };
}
