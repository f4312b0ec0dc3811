import { describe, expect, it } from "vitest";
import {
  type ActivityDeadlineSubject,
  activityMilestoneLabels,
  summarizeActivityDeadlines,
} from "./activity-deadlines.ts";
import { emptyActivitySchedule } from "./activity-schedule.ts";

// Three activities of the 2015 plan on 2015-04-25 (a Saturday).
const modelWorkers: ActivityDeadlineSubject = {
  activityId: 37,
  activityName: "2015年劳模选树",
  departmentCode: "SCBHB",
  state: "REGISTRATION_OPEN",
  schedule: {
    registrationOpensOn: "2015-03-20",
    registrationClosesOn: "2015-04-10",
    judgingEndsOn: "2015-04-20",
    completedBy: "2015-04-30", // 四月末前
  },
};
const mayDayShow: ActivityDeadlineSubject = {
  activityId: 30,
  activityName: "五一职工文艺汇演",
  departmentCode: "WHG",
  state: "JUDGING",
  schedule: {
    registrationOpensOn: "2015-03-01",
    registrationClosesOn: "2015-03-31",
    judgingEndsOn: "2015-04-28",
    completedBy: "2015-04-30", // 四月末前
  },
};
const choir: ActivityDeadlineSubject = {
  activityId: 31,
  activityName: "纪念抗战胜利70周年职工合唱大赛",
  departmentCode: "WHG",
  state: "DRAFT",
  schedule: { ...emptyActivitySchedule, completedBy: "2015-08-10" }, // 八月上旬前
};
const skills: ActivityDeadlineSubject = {
  activityId: 36,
  activityName: "第二届“状元杯”职工职业技能大赛",
  departmentCode: "SCBHB",
  state: "FINAL",
  schedule: { ...emptyActivitySchedule, completedBy: "2015-04-01" },
};

describe("summarizeActivityDeadlines (worked example on 2015-04-25)", () => {
  it("lists what is overdue and due within a week, per department", () => {
    const summary = summarizeActivityDeadlines([choir, modelWorkers, mayDayShow, skills], "2015-04-25");
    expect(summary).toEqual([
      {
        departmentCode: "SCBHB",
        // Registration closed on paper on 10 April but is still open: 25 − 10 = 15 days late.
        overdue: [
          {
            activityId: 37,
            activityName: "2015年劳模选树",
            state: "REGISTRATION_OPEN",
            milestone: "REGISTRATION_CLOSES",
            dueOn: "2015-04-10",
            daysLeft: -15,
          },
        ],
        // 30 − 25 = 5 days left, inside the 7-day window. The published skills contest shows nothing.
        due: [
          {
            activityId: 37,
            activityName: "2015年劳模选树",
            state: "REGISTRATION_OPEN",
            milestone: "ACTIVITY_COMPLETES",
            dueOn: "2015-04-30",
            daysLeft: 5,
          },
        ],
        undated: [],
      },
      {
        departmentCode: "WHG",
        overdue: [],
        // Judging ends in 28 − 25 = 3 days, the show is due in 5; the choir (10 August) is later.
        due: [
          {
            activityId: 30,
            activityName: "五一职工文艺汇演",
            state: "JUDGING",
            milestone: "JUDGING_ENDS",
            dueOn: "2015-04-28",
            daysLeft: 3,
          },
          {
            activityId: 30,
            activityName: "五一职工文艺汇演",
            state: "JUDGING",
            milestone: "ACTIVITY_COMPLETES",
            dueOn: "2015-04-30",
            daysLeft: 5,
          },
        ],
        // The choir draft has no registration date yet.
        undated: [
          {
            activityId: 31,
            activityName: "纪念抗战胜利70周年职工合唱大赛",
            state: "DRAFT",
            milestone: "REGISTRATION_OPENS",
          },
        ],
      },
    ]);
    expect(activityMilestoneLabels.REGISTRATION_CLOSES).toBe("报名截止");
  });

  it("a deadline day is on time; the day after is overdue", () => {
    const notice = { ...mayDayShow, state: "PUBLIC_NOTICE" as const };
    expect(summarizeActivityDeadlines([notice], "2015-04-30")[0]?.due.map((item) => item.daysLeft)).toEqual([0]);
    expect(summarizeActivityDeadlines([notice], "2015-05-01")[0]?.overdue.map((item) => item.daysLeft)).toEqual([-1]);
  });

  it("the window is adjustable, and departments with nothing to show are left out", () => {
    expect(summarizeActivityDeadlines([choir], "2015-07-01", 0)).toEqual([
      {
        departmentCode: "WHG",
        overdue: [],
        due: [],
        undated: [
          { activityId: 31, activityName: choir.activityName, state: "DRAFT", milestone: "REGISTRATION_OPENS" },
        ],
      },
    ]);
    // 10 August − 1 July = 30 + 10 = 40 days: due in a 40-day window, not in a 39-day one.
    const dated = { ...choir, schedule: { ...choir.schedule, registrationOpensOn: "2015-08-10" } };
    expect(summarizeActivityDeadlines([dated], "2015-07-01", 39)).toEqual([]);
    expect(summarizeActivityDeadlines([dated], "2015-07-01", 40)[0]?.due.map((item) => item.milestone)).toEqual([
      "REGISTRATION_OPENS",
      "ACTIVITY_COMPLETES",
    ]);
  });

  it("sorts overdue by lateness, then activity", () => {
    const a = { ...modelWorkers, activityId: 2 };
    const b = { ...modelWorkers, activityId: 1 };
    const c = {
      ...modelWorkers,
      activityId: 3,
      schedule: { ...modelWorkers.schedule, registrationClosesOn: "2015-04-01" },
    };
    const overdue = summarizeActivityDeadlines([a, b, c], "2015-05-02")[0]?.overdue ?? [];
    // c's registration is 31 days late; then completion (2 days) and registration (22 days) of 1 and 2.
    expect(overdue.map((item) => [item.activityId, item.milestone, item.daysLeft])).toEqual([
      [3, "REGISTRATION_CLOSES", -31],
      [1, "REGISTRATION_CLOSES", -22],
      [2, "REGISTRATION_CLOSES", -22],
      [1, "ACTIVITY_COMPLETES", -2],
      [2, "ACTIVITY_COMPLETES", -2],
      [3, "ACTIVITY_COMPLETES", -2],
    ]);
  });

  it("the milestones of one activity on one day follow the activity's order", () => {
    const undated = { ...choir, schedule: emptyActivitySchedule };
    const sameDay = {
      ...mayDayShow,
      activityId: 40,
      schedule: { ...mayDayShow.schedule, judgingEndsOn: "2015-04-30", completedBy: "2015-04-30" },
    };
    const [summary] = summarizeActivityDeadlines([sameDay, undated], "2015-04-25");
    expect(summary?.due.map((item) => item.milestone)).toEqual(["JUDGING_ENDS", "ACTIVITY_COMPLETES"]);
    expect(summary?.undated.map((item) => item.milestone)).toEqual(["REGISTRATION_OPENS", "ACTIVITY_COMPLETES"]);
  });

  it("refuses a malformed today or window (programmer errors)", () => {
    expect(() => summarizeActivityDeadlines([], "2015-02-30")).toThrow(RangeError);
    expect(() => summarizeActivityDeadlines([], "2015-04-25", -1)).toThrow(RangeError);
  });
});
