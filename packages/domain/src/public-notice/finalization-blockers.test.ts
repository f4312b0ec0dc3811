import { describe, expect, it } from "vitest";
import { finalizationBlockers } from "./finalization-blockers.ts";
import type { PublicNoticeObjection } from "./objection-resolution.ts";
import { chinaHolidayCalendar2015 } from "./official-holiday-calendars.ts";
import { computePublicNoticePeriod } from "./public-notice-period.ts";
import { defaultPublicNoticeRule } from "./public-notice-rule.ts";
import { workingDayCalendarOf } from "./working-day-calendar.ts";

// Published Tue 2015-09-29 10:00 China; working days 09-30, 10-08, 10-09, 10-10, 10-12; ends 10-12.
const outcome = computePublicNoticePeriod(
  workingDayCalendarOf([chinaHolidayCalendar2015]),
  defaultPublicNoticeRule,
  new Date("2015-09-29T02:00:00Z"),
);
if (!outcome.ok) throw new Error("period");
const period = outcome.period;
const resolvedAt = new Date("2015-10-09T06:00:00Z");

function objection(objectionId: number, changes: Partial<PublicNoticeObjection>): PublicNoticeObjection {
  return {
    objectionId,
    entryId: 7,
    content: "异议内容",
    contactName: "王建国",
    contactPhone: "13904161234",
    otherContact: null,
    filedAt: new Date("2015-10-08T01:00:00Z"),
    filedOn: "2015-10-08",
    late: false,
    resolution: null,
    ...changes,
  };
}

describe("finalizationBlockers", () => {
  it("is empty once the period is over and every objection is resolved", () => {
    const objections = [
      objection(1, { resolution: { outcome: "DISMISSED", reason: "不属实", resolvedBy: 12, resolvedAt } }),
      objection(2, {
        resolution: { outcome: "UPHELD", action: "WITHDRAW", finding: "属实", resolvedBy: 12, resolvedAt },
      }),
      objection(3, {
        resolution: {
          outcome: "UPHELD",
          action: "RE_REVIEW",
          finding: "属实",
          resolvedBy: 12,
          resolvedAt,
          reReviewCompletedAt: resolvedAt,
        },
      }),
    ];
    expect(finalizationBlockers({ period, today: "2015-10-13", objections })).toEqual([]);
  });

  it("returns every blocker, objections in number order", () => {
    const objections = [
      objection(5, {
        resolution: {
          outcome: "UPHELD",
          action: "RE_REVIEW",
          finding: "属实",
          resolvedBy: 12,
          resolvedAt,
          reReviewCompletedAt: null,
        },
      }),
      objection(4, { late: true, filedOn: "2015-10-13", filedAt: new Date("2015-10-13T01:00:00Z") }),
    ];
    // On Saturday 10-10 (调休上班) the days left are 10-10 and 10-12: 2.
    expect(finalizationBlockers({ period, today: "2015-10-10", objections })).toEqual([
      { code: "NOTICE_PERIOD_NOT_ENDED", message: "公示期至 2015年10月12日 截止，尚未结束（含今日还有 2 个工作日）" },
      { code: "OBJECTION_OPEN", message: "第 4 号异议（2015年10月13日提出，逾期提出）尚未处理" },
      { code: "OBJECTION_RE_REVIEW_PENDING", message: "第 5 号异议（2015年10月8日提出）成立，重新评审尚未完成" },
    ]);
  });

  it("blocks on the end date itself and before publication", () => {
    expect(finalizationBlockers({ period, today: "2015-10-12", objections: [] }).map((reason) => reason.code)).toEqual([
      "NOTICE_PERIOD_NOT_ENDED",
    ]);
    expect(finalizationBlockers({ period: null, today: "2015-10-12", objections: [] })).toEqual([
      { code: "PUBLIC_NOTICE_NOT_PUBLISHED", message: "结果尚未公示，公示期满后才能正式发布" },
    ]);
  });
});
