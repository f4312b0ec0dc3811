import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  chinaHolidayCalendar2015,
  computePublicNoticePeriod,
  type PublicNoticeObjection,
  type PublicNoticePeriod,
  workingDayCalendarOf,
} from "../public-notice/index.ts";
import type { Role } from "../roles.ts";
import {
  type ActivityLifecycleFacts,
  type ActivityTransitionDecision,
  type ActivityTransitionPerformer,
  decideActivityTransition,
  mayPerformActivityTransition,
} from "./activity-lifecycle.ts";
import { type ActivityState, activityStateLabels, activityStates } from "./activity-state.ts";
import {
  type ActivityTransition,
  activityTransitionDefinitions,
  activityTransitions,
  activityTransitionsFrom,
} from "./activity-transitions.ts";

// 文化宫 runs the choir contest for the 70th anniversary of the victory (task 30: 八月上旬前).
const culturePalace = { code: "WHG", name: "文化宫" };
const organizer: ActivityTransitionPerformer = { userId: 7, role: "ORGANIZER", departmentCode: "WHG" };
const publicityOrganizer: ActivityTransitionPerformer = { userId: 9, role: "ORGANIZER", departmentCode: "XJB" };
const admin: ActivityTransitionPerformer = { userId: 1, role: "ADMIN", departmentCode: null };

/** 09:00 China time on a date: 01:00 UTC. */
function chinaMorning(date: string): Date {
  return new Date(`${date}T01:00:00.000Z`);
}

// Published for notice on Monday 20 July 2015: five working days counted from the first working
// day after: Tue 21, Wed 22, Thu 23, Fri 24, (weekend 25–26), Mon 27 → 公示截止日期 2015-07-27.
const calendar2015 = workingDayCalendarOf([chinaHolidayCalendar2015]);
const noticeOutcome = computePublicNoticePeriod(
  calendar2015,
  { workingDays: 5, lateObjections: "ACCEPT_FLAGGED" },
  chinaMorning("2015-07-20"),
);
if (!noticeOutcome.ok) throw new Error("the 2015 calendar is entered");
const choirNotice: PublicNoticePeriod = noticeOutcome.period;

function objection(objectionId: number, resolved: boolean): PublicNoticeObjection {
  return {
    objectionId,
    entryId: 3,
    content: "该合唱团有非本单位职工参赛",
    contactName: "刘先生",
    contactPhone: "13904161234",
    otherContact: null,
    filedAt: chinaMorning("2015-07-22"),
    filedOn: "2015-07-22",
    late: false,
    resolution: resolved
      ? {
          outcome: "DISMISSED",
          reason: "经核实均为本单位在职职工",
          resolvedBy: 7,
          resolvedAt: chinaMorning("2015-07-24"),
        }
      : null,
  };
}

function choirFacts(overrides: Partial<ActivityLifecycleFacts> = {}): ActivityLifecycleFacts {
  return {
    state: "DRAFT",
    ownerDepartment: culturePalace,
    configurationProblems: [],
    schedule: {
      registrationOpensOn: "2015-06-01",
      registrationClosesOn: "2015-06-30",
      judgingEndsOn: "2015-07-24",
      completedBy: "2015-08-10",
    },
    registrations: { received: 0, awaitingReview: 0, accepted: 0 },
    rounds: [{ name: "现场演唱", closed: false, closingBlockers: [] }],
    unseparatedTies: [],
    publicNotice: { period: null, objections: [], periodProblems: [] },
    ...overrides,
  };
}

function reasonsOf(decision: ActivityTransitionDecision): string[] {
  return decision.allowed ? [] : decision.reasons.map((reason) => reason.code);
}

function messagesOf(decision: ActivityTransitionDecision): string[] {
  return decision.allowed ? [] : decision.reasons.map((reason) => reason.message);
}

describe("the transitions", () => {
  it("labels the states with the words users see", () => {
    expect(activityStates.map((state) => activityStateLabels[state])).toEqual([
      "草稿",
      "报名中",
      "报名截止",
      "评审中",
      "结果公示",
      "已发布",
    ]);
  });

  it("offers the forward step first, and nothing once published", () => {
    expect(activityTransitionsFrom("DRAFT")).toEqual(["OPEN_REGISTRATION"]);
    expect(activityTransitionsFrom("REGISTRATION_OPEN")).toEqual(["CLOSE_REGISTRATION", "WITHDRAW_TO_DRAFT"]);
    expect(activityTransitionsFrom("REGISTRATION_CLOSED")).toEqual(["START_JUDGING", "REOPEN_REGISTRATION"]);
    expect(activityTransitionsFrom("JUDGING")).toEqual(["PUBLISH_FOR_NOTICE"]);
    expect(activityTransitionsFrom("PUBLIC_NOTICE")).toEqual(["PUBLISH_FINAL", "WITHDRAW_NOTICE"]);
    expect(activityTransitionsFrom("FINAL")).toEqual([]);
  });

  it("moves forward one state at a time and back only to an earlier state", () => {
    for (const transition of activityTransitions) {
      const { from, to } = activityTransitionDefinitions[transition];
      const step = activityStates.indexOf(to) - activityStates.indexOf(from);
      expect(step === 1 || step < 0).toBe(true);
    }
  });
});

describe("who may move an activity", () => {
  it("the admin and the organizers of the owning department", () => {
    expect(mayPerformActivityTransition(admin, "WHG")).toBe(true);
    expect(mayPerformActivityTransition(organizer, "WHG")).toBe(true);
  });

  it("not an organizer of another department, nor any other role", () => {
    expect(mayPerformActivityTransition(publicityOrganizer, "WHG")).toBe(false);
    expect(mayPerformActivityTransition({ userId: 3, role: "ORGANIZER", departmentCode: null }, "WHG")).toBe(false);
    for (const role of ["UNIT_ADMIN", "JUDGE", "WORKER"] as Role[]) {
      expect(mayPerformActivityTransition({ userId: 3, role, departmentCode: "WHG" }, "WHG")).toBe(false);
    }
  });
});

describe("a choir contest from draft to final (worked example)", () => {
  it("walks every state, refusing on the way with every reason", () => {
    // 1. Opening registration with an unfinished configuration and no deadline is refused with
    //    both problems (and the schedule's).
    const unready = decideActivityTransition(
      { transition: "OPEN_REGISTRATION", performer: organizer, now: chinaMorning("2015-05-25") },
      choirFacts({
        configurationProblems: [
          { field: "rounds[0].maxResult", code: "X", message: "轮次“现场演唱”的满分应为各评分标准满分之和 100" },
        ],
        schedule: {
          registrationOpensOn: "2015-06-01",
          registrationClosesOn: null,
          judgingEndsOn: null,
          completedBy: "2015-08-10",
        },
      }),
    );
    expect(reasonsOf(unready)).toEqual([
      "ACTIVITY_CONFIGURATION_INVALID",
      "SCHEDULE_DATE_MISSING",
      "SCHEDULE_DATE_MISSING",
    ]);
    expect(messagesOf(unready)).toEqual([
      "活动设置有 1 处问题，请先修改：轮次“现场演唱”的满分应为各评分标准满分之和 100",
      "请设置报名截止日期",
      "请设置评审结束日期",
    ]);

    // 2. Fixed: registration opens on 1 June 2015.
    const opened = decideActivityTransition(
      { transition: "OPEN_REGISTRATION", performer: organizer, now: chinaMorning("2015-06-01") },
      choirFacts(),
    );
    expect(opened).toEqual({
      allowed: true,
      audit: {
        transition: "OPEN_REGISTRATION",
        from: "DRAFT",
        to: "REGISTRATION_OPEN",
        performedBy: 7,
        performedAt: chinaMorning("2015-06-01"),
        reason: null,
      },
    });

    // 3. The deadline (30 June) has passed on 1 July China time: closing needs no reason.
    const registering = choirFacts({
      state: "REGISTRATION_OPEN",
      registrations: { received: 14, awaitingReview: 2, accepted: 12 },
    });
    const closed = decideActivityTransition(
      { transition: "CLOSE_REGISTRATION", performer: organizer, now: chinaMorning("2015-07-01") },
      registering,
    );
    expect(closed.allowed && closed.audit.to).toBe("REGISTRATION_CLOSED");

    // 4. Judging cannot start while two registrations wait for review; once reviewed it can.
    const closedFacts = { ...registering, state: "REGISTRATION_CLOSED" as ActivityState };
    const waiting = decideActivityTransition(
      { transition: "START_JUDGING", performer: organizer, now: chinaMorning("2015-07-02") },
      closedFacts,
    );
    expect(messagesOf(waiting)).toEqual(["还有 2 份报名尚未审核完毕，须全部审核后才能开始评审"]);
    const judging = decideActivityTransition(
      { transition: "START_JUDGING", performer: organizer, now: chinaMorning("2015-07-03") },
      { ...closedFacts, registrations: { received: 14, awaitingReview: 0, accepted: 13 } },
    );
    expect(judging.allowed && judging.audit.to).toBe("JUDGING");

    // 5. The refused publication: asked by an organizer of 宣教部, with two judges still to
    //    submit and a tie across the first-prize line — three reasons, all reported.
    const judgingFacts = choirFacts({
      state: "JUDGING",
      registrations: { received: 14, awaitingReview: 0, accepted: 13 },
      rounds: [
        {
          name: "现场演唱",
          closed: false,
          closingBlockers: [
            { code: "JUDGE_NOT_SUBMITTED", message: "评委王丽尚未提交「锦州石化合唱团」「渤海大学教工合唱团」的评分" },
            { code: "JUDGE_NOT_SUBMITTED", message: "评委赵刚尚未提交「锦州石化合唱团」的评分" },
          ],
        },
      ],
      unseparatedTies: [
        {
          rankingName: "合唱（市级）",
          reason: {
            code: "AWARD_TIE_NEEDS_SEPARATION",
            message:
              "并列第 1 名的 锦州石化合唱团、渤海大学教工合唱团 占第 1–2 名，跨越一等奖（第 1–1 名）的末位，本活动不设并列奖项，须由主办部门裁定先后并记录理由后，奖项才能确定",
          },
        },
      ],
    });
    const refused = decideActivityTransition(
      { transition: "PUBLISH_FOR_NOTICE", performer: publicityOrganizer, now: chinaMorning("2015-07-20") },
      judgingFacts,
    );
    expect(refused.allowed).toBe(false);
    expect(messagesOf(refused)).toEqual([
      "只有承办部门（文化宫）的工作人员或系统管理员可以发布结果公示",
      "第 1 轮“现场演唱”尚未结束：评委王丽尚未提交「锦州石化合唱团」「渤海大学教工合唱团」的评分；评委赵刚尚未提交「锦州石化合唱团」的评分",
      "“合唱（市级）”：并列第 1 名的 锦州石化合唱团、渤海大学教工合唱团 占第 1–2 名，跨越一等奖（第 1–1 名）的末位，本活动不设并列奖项，须由主办部门裁定先后并记录理由后，奖项才能确定",
    ]);

    // 6. Round closed (赵刚 excused with a reason, 王丽 submitted), tie separated: published for
    //    notice on Monday 20 July by the organizer.
    const noticed = decideActivityTransition(
      { transition: "PUBLISH_FOR_NOTICE", performer: organizer, now: chinaMorning("2015-07-20") },
      { ...judgingFacts, rounds: [{ name: "现场演唱", closed: true, closingBlockers: [] }], unseparatedTies: [] },
    );
    expect(noticed.allowed && noticed.audit.to).toBe("PUBLIC_NOTICE");

    // 7. The period (see choirNotice) ends on Monday 27 July. On that day, with an objection
    //    open, both reasons are given.
    expect(choirNotice.endDate).toBe("2015-07-27");
    expect(choirNotice.workingDates).toEqual(["2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-27"]);
    const noticeFacts = choirFacts({
      state: "PUBLIC_NOTICE",
      rounds: [{ name: "现场演唱", closed: true, closingBlockers: [] }],
      publicNotice: { period: choirNotice, objections: [objection(1, false)], periodProblems: [] },
    });
    const tooEarly = decideActivityTransition(
      { transition: "PUBLISH_FINAL", performer: organizer, now: chinaMorning("2015-07-27") },
      noticeFacts,
    );
    expect(messagesOf(tooEarly)).toEqual([
      "公示期至 2015年7月27日 截止，尚未结束（含今日还有 1 个工作日）",
      "第 1 号异议（2015年7月22日提出）尚未处理",
    ]);

    // 8. The objection dismissed (reason recorded elsewhere); Tuesday 28 July: final.
    const final = decideActivityTransition(
      { transition: "PUBLISH_FINAL", performer: organizer, now: chinaMorning("2015-07-28") },
      { ...noticeFacts, publicNotice: { period: choirNotice, objections: [objection(1, true)], periodProblems: [] } },
    );
    expect(final).toEqual({
      allowed: true,
      audit: {
        transition: "PUBLISH_FINAL",
        from: "PUBLIC_NOTICE",
        to: "FINAL",
        performedBy: 7,
        performedAt: chinaMorning("2015-07-28"),
        reason: null,
      },
    });

    // 9. Nothing follows 已发布.
    const after = decideActivityTransition(
      { transition: "WITHDRAW_NOTICE", performer: admin, now: chinaMorning("2015-07-29"), reason: "发现计分错误" },
      { ...noticeFacts, state: "FINAL" },
    );
    expect(messagesOf(after)).toEqual(["活动当前为“已发布”，不能撤回公示、重新评审（仅在“结果公示”时可以）"]);
  });
});

describe("registration deadline in China time", () => {
  const open = choirFacts({ state: "REGISTRATION_OPEN" });

  it("closing on or before the deadline day is early and needs a reason", () => {
    // 2015-06-30T15:59Z is 23:59 on 30 June in China: still the deadline day.
    const early = decideActivityTransition(
      { transition: "CLOSE_REGISTRATION", performer: organizer, now: new Date("2015-06-30T15:59:00Z") },
      open,
    );
    expect(messagesOf(early)).toEqual(["报名截止日期（2015年6月30日）尚未过，提前截止报名须填写原因"]);
    const withReason = decideActivityTransition(
      {
        transition: "CLOSE_REGISTRATION",
        performer: organizer,
        now: new Date("2015-06-30T15:59:00Z"),
        reason: "  报名队伍已满 ",
      },
      open,
    );
    expect(withReason.allowed && withReason.audit.reason).toBe("报名队伍已满");
  });

  it("after midnight in China the deadline has passed", () => {
    // 2015-06-30T16:00Z is 00:00 on 1 July in China.
    const late = decideActivityTransition(
      { transition: "CLOSE_REGISTRATION", performer: organizer, now: new Date("2015-06-30T16:00:00Z") },
      open,
    );
    expect(late.allowed).toBe(true);
  });

  it("without a valid deadline, closing always needs a reason", () => {
    const undated = choirFacts({
      state: "REGISTRATION_OPEN",
      schedule: {
        registrationOpensOn: null,
        registrationClosesOn: "2015-06-31",
        judgingEndsOn: null,
        completedBy: null,
      },
    });
    const decision = decideActivityTransition(
      { transition: "CLOSE_REGISTRATION", performer: organizer, now: chinaMorning("2015-09-01") },
      undated,
    );
    expect(messagesOf(decision)).toEqual(["未设置报名截止日期，截止报名须填写原因"]);
  });

  it("registration cannot open after its deadline, nor with dates out of order", () => {
    const decision = decideActivityTransition(
      { transition: "OPEN_REGISTRATION", performer: admin, now: chinaMorning("2015-07-01") },
      choirFacts({
        schedule: {
          registrationOpensOn: "2015-06-01",
          registrationClosesOn: "2015-06-30",
          judgingEndsOn: "2015-06-20",
          completedBy: "2015-08-10",
        },
      }),
    );
    expect(messagesOf(decision)).toEqual([
      "评审结束日期（2015年6月20日）不能早于报名截止日期（2015年6月30日）",
      "报名截止日期（2015年6月30日）已过，请先调整报名截止日期",
    ]);
  });
});

describe("the steps back", () => {
  it("reopening registration: only before the deadline, and with a reason", () => {
    const closed = choirFacts({ state: "REGISTRATION_CLOSED" });
    const noReason = decideActivityTransition(
      { transition: "REOPEN_REGISTRATION", performer: organizer, now: chinaMorning("2015-06-20") },
      closed,
    );
    expect(messagesOf(noReason)).toEqual(["重新开放报名须填写原因"]);
    const reopened = decideActivityTransition(
      {
        transition: "REOPEN_REGISTRATION",
        performer: organizer,
        now: chinaMorning("2015-06-20"),
        reason: "应县区要求",
      },
      closed,
    );
    expect(reopened.allowed && reopened.audit).toMatchObject({ from: "REGISTRATION_CLOSED", to: "REGISTRATION_OPEN" });
    const tooLate = decideActivityTransition(
      {
        transition: "REOPEN_REGISTRATION",
        performer: organizer,
        now: chinaMorning("2015-07-01"),
        reason: "应县区要求",
      },
      closed,
    );
    expect(messagesOf(tooLate)).toEqual(["报名截止日期（2015年6月30日）已过，如需重新开放报名，请先延长报名截止日期"]);
    const undated = decideActivityTransition(
      {
        transition: "REOPEN_REGISTRATION",
        performer: organizer,
        now: chinaMorning("2015-06-20"),
        reason: "应县区要求",
      },
      { ...closed, schedule: { ...closed.schedule, registrationClosesOn: null } },
    );
    expect(reasonsOf(undated)).toEqual(["REGISTRATION_DEADLINE_MISSING"]);
  });

  it("back to draft only while nobody has registered", () => {
    const open = choirFacts({
      state: "REGISTRATION_OPEN",
      registrations: { received: 3, awaitingReview: 3, accepted: 0 },
    });
    const refused = decideActivityTransition(
      { transition: "WITHDRAW_TO_DRAFT", performer: organizer, now: chinaMorning("2015-06-02"), reason: " " },
      open,
    );
    expect(messagesOf(refused)).toEqual(["撤回为草稿须填写原因", "已收到 3 份报名，不能撤回为草稿"]);
    const allowed = decideActivityTransition(
      {
        transition: "WITHDRAW_TO_DRAFT",
        performer: organizer,
        now: chinaMorning("2015-06-02"),
        reason: "评分标准有误",
      },
      { ...open, registrations: { received: 0, awaitingReview: 0, accepted: 0 } },
    );
    expect(allowed.allowed && allowed.audit.to).toBe("DRAFT");
  });

  it("a notice can be withdrawn for judging again, with a reason", () => {
    const notice = choirFacts({
      state: "PUBLIC_NOTICE",
      publicNotice: { period: choirNotice, objections: [objection(1, false)], periodProblems: [] },
    });
    const allowed = decideActivityTransition(
      {
        transition: "WITHDRAW_NOTICE",
        performer: organizer,
        now: chinaMorning("2015-07-22"),
        reason: "异议成立，重新评审",
      },
      notice,
    );
    expect(allowed.allowed && allowed.audit).toMatchObject({
      from: "PUBLIC_NOTICE",
      to: "JUDGING",
      reason: "异议成立，重新评审",
    });
  });
});

describe("other refusals", () => {
  it("judging needs at least one accepted entry and a valid configuration", () => {
    const decision = decideActivityTransition(
      { transition: "START_JUDGING", performer: organizer, now: chinaMorning("2015-07-02") },
      choirFacts({
        state: "REGISTRATION_CLOSED",
        configurationProblems: [
          { field: "a", code: "A", message: "问题一" },
          { field: "b", code: "B", message: "问题二" },
        ],
      }),
    );
    expect(messagesOf(decision)).toEqual([
      "活动设置有 2 处问题，请先修改：问题一；问题二",
      "没有审核通过的报名，无法开始评审",
    ]);
  });

  it("results need a round, and every round closed", () => {
    const none = decideActivityTransition(
      { transition: "PUBLISH_FOR_NOTICE", performer: organizer, now: chinaMorning("2015-07-20") },
      choirFacts({ state: "JUDGING", rounds: [] }),
    );
    expect(messagesOf(none)).toEqual(["活动没有设置评审轮次"]);
    const open = decideActivityTransition(
      { transition: "PUBLISH_FOR_NOTICE", performer: organizer, now: chinaMorning("2015-07-20") },
      choirFacts({
        state: "JUDGING",
        rounds: [
          { name: "初赛", closed: true, closingBlockers: [] },
          { name: "决赛", closed: false, closingBlockers: [] },
        ],
      }),
    );
    expect(messagesOf(open)).toEqual(["第 2 轮“决赛”尚未结束，请先结束该轮评审"]);
  });

  it("results cannot be published for notice when the period cannot be computed", () => {
    const decision = decideActivityTransition(
      { transition: "PUBLISH_FOR_NOTICE", performer: organizer, now: chinaMorning("2015-12-28") },
      choirFacts({
        state: "JUDGING",
        rounds: [{ name: "现场演唱", closed: true, closingBlockers: [] }],
        publicNotice: {
          period: null,
          objections: [],
          periodProblems: [
            {
              code: "HOLIDAY_CALENDAR_MISSING",
              message: "尚未录入 2016 年的节假日安排，无法计算公示截止日期，请系统管理员先录入",
            },
          ],
        },
      }),
    );
    expect(reasonsOf(decision)).toEqual(["HOLIDAY_CALENDAR_MISSING"]);
  });

  it("results cannot become final before a notice, nor with a tie to separate", () => {
    const decision = decideActivityTransition(
      { transition: "PUBLISH_FINAL", performer: admin, now: chinaMorning("2015-08-01") },
      choirFacts({
        state: "PUBLIC_NOTICE",
        unseparatedTies: [
          {
            rankingName: "合唱（市级）",
            reason: {
              code: "AWARD_TIE_NEEDS_SEPARATION",
              message:
                "并列第 1 名的 甲队、乙队 占第 1–2 名，跨越一等奖（第 1–1 名）的末位，本活动不设并列奖项，须由主办部门裁定先后并记录理由后，奖项才能确定",
            },
          },
        ],
      }),
    );
    expect(reasonsOf(decision)).toEqual(["PUBLIC_NOTICE_NOT_PUBLISHED", "AWARD_TIE_NEEDS_SEPARATION"]);
  });

  it("a wrong state is reported with the permission, without the step's own preconditions", () => {
    const decision = decideActivityTransition(
      {
        transition: "START_JUDGING",
        performer: { userId: 5, role: "JUDGE", departmentCode: null },
        now: chinaMorning("2015-06-05"),
      },
      choirFacts({ state: "REGISTRATION_OPEN", registrations: { received: 1, awaitingReview: 1, accepted: 0 } }),
    );
    expect(messagesOf(decision)).toEqual([
      "只有承办部门（文化宫）的工作人员或系统管理员可以开始评审",
      "活动当前为“报名中”，不能开始评审（仅在“报名截止”时可以）",
    ]);
  });
});

// Arbitrary snapshots, from "everything ready" to "everything wrong".
const dateArbitrary = fc.constantFrom<string | null>(null, "2015-04-30", "2015-06-30", "2015-08-10", "2015-12-31");
const factsArbitrary: fc.Arbitrary<ActivityLifecycleFacts> = fc.record({
  state: fc.constantFrom(...activityStates),
  ownerDepartment: fc.constantFrom(culturePalace, { code: "SCBHB", name: "生产保护部" }),
  configurationProblems: fc.array(fc.constant({ field: "rounds", code: "X", message: "问题" }), { maxLength: 2 }),
  schedule: fc.record({
    registrationOpensOn: dateArbitrary,
    registrationClosesOn: dateArbitrary,
    judgingEndsOn: dateArbitrary,
    completedBy: dateArbitrary,
  }),
  registrations: fc.record({
    received: fc.nat(3),
    awaitingReview: fc.nat(2),
    accepted: fc.nat(2),
  }),
  rounds: fc.array(
    fc.record({
      name: fc.constantFrom("理论", "实操"),
      closed: fc.boolean(),
      closingBlockers: fc.array(
        fc.constant({ code: "JUDGE_NOT_SUBMITTED", message: "评委王丽尚未提交「甲队」的评分" }),
        {
          maxLength: 1,
        },
      ),
    }),
    { maxLength: 2 },
  ),
  unseparatedTies: fc.array(
    fc.constant({
      rankingName: "钳工（市级）",
      reason: {
        code: "AWARD_TIE_NEEDS_SEPARATION",
        message:
          "并列第 1 名的 甲队、乙队 占第 1–2 名，跨越一等奖（第 1–1 名）的末位，本活动不设并列奖项，须由主办部门裁定先后并记录理由后，奖项才能确定",
      },
    }),
    {
      maxLength: 1,
    },
  ),
  publicNotice: fc.record({
    period: fc.constantFrom(null, choirNotice),
    objections: fc.constantFrom([], [objection(1, false)], [objection(1, true)]),
    periodProblems: fc.constantFrom(
      [],
      [{ code: "HOLIDAY_CALENDAR_MISSING", message: "尚未录入 2016 年的节假日安排" }],
    ),
  }),
});
const performerArbitrary: fc.Arbitrary<ActivityTransitionPerformer> = fc.record({
  userId: fc.nat(100),
  role: fc.constantFrom<Role>("ADMIN", "ORGANIZER", "UNIT_ADMIN", "JUDGE", "WORKER"),
  departmentCode: fc.constantFrom("WHG", "SCBHB", null),
});
const nowArbitrary = fc.date({
  min: new Date("2015-01-01T00:00:00Z"),
  max: new Date("2016-01-01T00:00:00Z"),
  noInvalidDate: true,
});
const reasonArbitrary = fc.constantFrom(undefined, null, "", "组委会决定");

describe("properties", () => {
  it("no transition leaves the set of states, and it starts where the activity is", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...activityTransitions),
        factsArbitrary,
        performerArbitrary,
        nowArbitrary,
        reasonArbitrary,
        (transition, facts, performer, now, reason) => {
          const decision = decideActivityTransition({ transition, performer, now, reason }, facts);
          if (decision.allowed) {
            expect(activityStates).toContain(decision.audit.to);
            expect(decision.audit.from).toBe(facts.state);
            expect(decision.audit.to).toBe(activityTransitionDefinitions[transition].to);
          }
        },
      ),
    );
  });

  it("a refusal always has at least one reason, an allowed step none", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...activityTransitions),
        factsArbitrary,
        performerArbitrary,
        nowArbitrary,
        reasonArbitrary,
        (transition, facts, performer, now, reason) => {
          const decision = decideActivityTransition({ transition, performer, now, reason }, facts);
          if (decision.allowed) expect("reasons" in decision).toBe(false);
          else {
            expect(decision.reasons.length).toBeGreaterThan(0);
            for (const refusal of decision.reasons) {
              expect(refusal.code).toMatch(/^[A-Z_]+$/);
              expect(refusal.message).toMatch(/[\u4e00-\u9fff]/);
            }
          }
        },
      ),
    );
  });

  it("FINAL is reached from DRAFT only through every intermediate state, first visited in order", () => {
    // Walks that often succeed: the step is one offered from the current state, and the facts are
    // ready except, now and then, for one defect; the time is one of a few telling days.
    const ready = choirFacts({
      registrations: { received: 5, awaitingReview: 0, accepted: 5 },
      rounds: [{ name: "现场演唱", closed: true, closingBlockers: [] }],
      publicNotice: { period: choirNotice, objections: [], periodProblems: [] },
    });
    const defects: ((facts: ActivityLifecycleFacts) => ActivityLifecycleFacts)[] = [
      (facts) => facts,
      (facts) => facts,
      (facts) => facts,
      (facts) => ({ ...facts, registrations: { received: 5, awaitingReview: 1, accepted: 4 } }),
      (facts) => ({
        ...facts,
        rounds: [
          {
            name: "现场演唱",
            closed: false,
            closingBlockers: [{ code: "JUDGE_NOT_SUBMITTED", message: "评委王丽尚未提交「甲队」的评分" }],
          },
        ],
      }),
      (facts) => ({
        ...facts,
        publicNotice: { period: choirNotice, objections: [objection(2, false)], periodProblems: [] },
      }),
      (facts) => ({
        ...facts,
        unseparatedTies: [
          {
            rankingName: "合唱（市级）",
            reason: {
              code: "AWARD_TIE_NEEDS_SEPARATION",
              message:
                "并列第 1 名的 甲队、乙队 占第 1–2 名，跨越一等奖（第 1–1 名）的末位，本活动不设并列奖项，须由主办部门裁定先后并记录理由后，奖项才能确定",
            },
          },
        ],
      }),
    ];
    let walksReachingFinal = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(3),
            fc.nat(defects.length - 1),
            fc.constantFrom(organizer, organizer, admin, publicityOrganizer),
            fc.constantFrom("2015-06-10", "2015-07-01", "2015-07-28"),
            fc.constantFrom(null, "组委会决定", "组委会决定"),
          ),
          { minLength: 10, maxLength: 40 },
        ),
        (steps) => {
          let state: ActivityState = "DRAFT";
          const visited: ActivityState[] = [state];
          for (const [choice, defect, performer, day, reason] of steps) {
            const offered = activityTransitionsFrom(state);
            const transition = offered[choice % Math.max(offered.length, 1)];
            if (transition === undefined) break;
            const facts = (defects[defect] as (facts: ActivityLifecycleFacts) => ActivityLifecycleFacts)({
              ...ready,
              state,
            });
            const decision = decideActivityTransition({ transition, performer, now: chinaMorning(day), reason }, facts);
            if (decision.allowed) {
              state = decision.audit.to;
              visited.push(state);
            }
          }
          if (visited.includes("FINAL")) {
            walksReachingFinal++;
            // Every state was visited, and each for the first time after the one before it.
            const firstVisits = activityStates.map((candidate) => visited.indexOf(candidate));
            expect(firstVisits.every((index) => index >= 0)).toBe(true);
            for (let i = 1; i < firstVisits.length; i++) {
              expect(firstVisits[i]).toBeGreaterThan(firstVisits[i - 1] as number);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
    // The property is not vacuous: many walks do get to 已发布.
    expect(walksReachingFinal).toBeGreaterThan(10);
  });

  it("arbitrary steps over arbitrary facts only ever take the table's steps", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...activityTransitions),
            factsArbitrary,
            performerArbitrary,
            nowArbitrary,
            reasonArbitrary,
          ),
          { maxLength: 30 },
        ),
        (steps) => {
          let state: ActivityState = "DRAFT";
          for (const [transition, facts, performer, now, reason] of steps) {
            const decision = decideActivityTransition({ transition, performer, now, reason }, { ...facts, state });
            if (!decision.allowed) continue;
            const definition = activityTransitionDefinitions[transition];
            expect([decision.audit.from, decision.audit.to]).toEqual([definition.from, definition.to]);
            expect(decision.audit.from).toBe(state);
            state = decision.audit.to;
          }
        },
      ),
    );
  });

  it("with ready facts, the forward steps alone walk DRAFT to FINAL", () => {
    const forward: ActivityTransition[] = [
      "OPEN_REGISTRATION",
      "CLOSE_REGISTRATION",
      "START_JUDGING",
      "PUBLISH_FOR_NOTICE",
      "PUBLISH_FINAL",
    ];
    const ready = choirFacts({
      registrations: { received: 5, awaitingReview: 0, accepted: 5 },
      rounds: [{ name: "现场演唱", closed: true, closingBlockers: [] }],
      publicNotice: { period: choirNotice, objections: [], periodProblems: [] },
    });
    let state: ActivityState = "DRAFT";
    const days = ["2015-06-01", "2015-07-01", "2015-07-02", "2015-07-20", "2015-07-28"];
    forward.forEach((transition, index) => {
      const decision = decideActivityTransition(
        { transition, performer: organizer, now: chinaMorning(days[index] as string) },
        { ...ready, state },
      );
      expect(decision.allowed).toBe(true);
      if (decision.allowed) state = decision.audit.to;
    });
    expect(state).toBe("FINAL");
  });
});
