import type { ActivitySchedule } from "@jinzhou/domain";
import { describe, expect, it } from "vitest";
import { activityStanding } from "./activity-standing.ts";

const schedule: ActivitySchedule = {
  registrationOpensOn: "2015-04-01",
  registrationClosesOn: "2015-05-07",
  judgingEndsOn: "2015-06-10",
  completedBy: "2015-06-30",
};

const choir = { id: 7, name: "职工合唱比赛" };

describe("where an activity stands", () => {
  it("shows the lifecycle with the current state highlighted", () => {
    const { states } = activityStanding({ ...choir, state: "JUDGING", schedule }, "2015-05-20");
    expect(states.map((state) => `${state.state}:${state.status}`)).toEqual([
      "DRAFT:DONE",
      "REGISTRATION_OPEN:DONE",
      "REGISTRATION_CLOSED:DONE",
      "JUDGING:CURRENT",
      "PUBLIC_NOTICE:AHEAD",
      "FINAL:AHEAD",
    ]);
  });

  it("counts a registration still open three days after its deadline as three days overdue", () => {
    // Deadline Thursday 7 May 2015; on Sunday 10 May registration is still open: 8, 9, 10 → 3 days.
    const standing = activityStanding({ ...choir, state: "REGISTRATION_OPEN", schedule }, "2015-05-10");
    expect(standing.milestones).toEqual([
      { milestone: "REGISTRATION_OPENS", dueOn: "2015-04-01", status: "PASSED", days: null },
      { milestone: "REGISTRATION_CLOSES", dueOn: "2015-05-07", status: "OVERDUE", days: 3 },
      { milestone: "JUDGING_ENDS", dueOn: "2015-06-10", status: "LATER", days: null },
      // 10 May → 30 June: 21 + 30 = 51 days.
      { milestone: "ACTIVITY_COMPLETES", dueOn: "2015-06-30", status: "AHEAD", days: 51 },
    ]);
    expect(standing.overdue.map((milestone) => milestone.milestone)).toEqual(["REGISTRATION_CLOSES"]);
  });

  it("counts the deadline day itself as on time, and a week ahead as due", () => {
    const onTheDay = activityStanding({ ...choir, state: "REGISTRATION_OPEN", schedule }, "2015-05-07");
    expect(onTheDay.milestones[1]).toMatchObject({ status: "DUE", days: 0 });
    expect(onTheDay.overdue).toEqual([]);
    const weekBefore = activityStanding({ ...choir, state: "REGISTRATION_OPEN", schedule }, "2015-04-30");
    expect(weekBefore.milestones[1]).toMatchObject({ status: "DUE", days: 7 });
    const eightDaysBefore = activityStanding({ ...choir, state: "REGISTRATION_OPEN", schedule }, "2015-04-29");
    expect(eightDaysBefore.milestones[1]).toMatchObject({ status: "AHEAD", days: 8 });
  });

  it("says a draft past its planned opening day is overdue, and that an undated deadline needs a date", () => {
    const standing = activityStanding(
      { ...choir, state: "DRAFT", schedule: { ...schedule, completedBy: null } },
      "2015-04-03",
    );
    expect(standing.milestones[0]).toMatchObject({ milestone: "REGISTRATION_OPENS", status: "OVERDUE", days: 2 });
    expect(standing.milestones[3]).toMatchObject({ milestone: "ACTIVITY_COMPLETES", status: "UNDATED", dueOn: null });
  });

  it("finds nothing overdue once the results are final", () => {
    const standing = activityStanding({ ...choir, state: "FINAL", schedule }, "2015-12-31");
    expect(standing.states.every((state) => state.status === "DONE")).toBe(true);
    expect(standing.milestones.every((milestone) => milestone.status === "PASSED")).toBe(true);
    expect(standing.overdue).toEqual([]);
  });
});
