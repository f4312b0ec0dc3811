import { addDaysToCalendarDate } from "../calendar-days.ts";
import { type CalendarDate, chinaDateOf, formatChineseDate } from "../china-time.ts";
import type { Reason } from "../errors.ts";
import type { PublicNoticeRule } from "./public-notice-rule.ts";
import { nextWorkingDayAfter } from "./working-day-arithmetic.ts";
import { type WorkingDayCalendar, yearsMissingFromCalendar } from "./working-day-calendar.ts";

/** A notice period as computed when results were published for notice (结果公示). */
export interface PublicNoticePeriod {
  publishedAt: Date;
  /** The China date of publication. */
  publishedOn: CalendarDate;
  workingDays: number;
  /** The first working day after the day of publication: day 1 of the period. */
  firstDay: CalendarDate;
  /** 公示截止日期: the last working day of the period; the period runs to the end of it. */
  endDate: CalendarDate;
  /** The period's working days in order, firstDay … endDate, for checking by hand. */
  workingDates: readonly CalendarDate[];
}

export type PublicNoticePeriodOutcome = { ok: true; period: PublicNoticePeriod } | { ok: false; reasons: Reason[] };

/**
 * Counts `rule.workingDays` working days from the first working day after the China date of
 * publication: the day of publication never counts, even when it is a working day and the results
 * went up at eight in the morning (as with any period in Chinese law, 开始的当日不计入).
 *
 * Refused when a year the period touches has no holiday arrangement entered: counting through it
 * as plain Monday–Friday would give a wrong 公示截止日期 around New Year or the Spring Festival.
 * The rule must have passed validatePublicNoticeRule.
 */
export function computePublicNoticePeriod(
  calendar: WorkingDayCalendar,
  rule: PublicNoticeRule,
  publishedAt: Date,
): PublicNoticePeriodOutcome {
  if (!Number.isInteger(rule.workingDays) || rule.workingDays < 1) {
    throw new RangeError(`not a notice period: ${rule.workingDays}`);
  }
  const publishedOn = chinaDateOf(publishedAt);
  const workingDates: CalendarDate[] = [];
  let day = publishedOn;
  while (workingDates.length < rule.workingDays) {
    day = nextWorkingDayAfter(calendar, day);
    workingDates.push(day);
  }
  const missing = yearsMissingFromCalendar(calendar, addDaysToCalendarDate(publishedOn, 1), day);
  if (missing.length > 0) {
    return {
      ok: false,
      reasons: missing.map((year) => ({
        code: "HOLIDAY_CALENDAR_MISSING",
        message: `尚未录入 ${year} 年的节假日安排，无法计算公示截止日期，请系统管理员先录入`,
      })),
    };
  }
  return {
    ok: true,
    period: {
      publishedAt,
      publishedOn,
      workingDays: rule.workingDays,
      firstDay: workingDates[0] as CalendarDate,
      endDate: day,
      workingDates,
    },
  };
}

/** Whether `date` lies from the first day through the end date (weekends and holidays between included). */
export function isWithinPublicNotice(period: PublicNoticePeriod, date: CalendarDate): boolean {
  return period.firstDay <= date && date <= period.endDate;
}

/** True from the day after the end date: the end date itself is open to objections until midnight. */
export function hasPublicNoticeEnded(period: PublicNoticePeriod, today: CalendarDate): boolean {
  return today > period.endDate;
}

/**
 * Working days of the period still to come, today included when today is one of them (the day
 * is not over): all of them before the period starts, 0 once it has ended.
 */
export function remainingPublicNoticeWorkingDays(period: PublicNoticePeriod, today: CalendarDate): number {
  return period.workingDates.filter((date) => date >= today).length;
}

/** "公示期：2015年9月30日至2015年10月12日（5 个工作日）" */
export function describePublicNoticePeriod(period: PublicNoticePeriod): string {
  return `公示期：${formatChineseDate(period.firstDay)}至${formatChineseDate(period.endDate)}（${period.workingDays} 个工作日）`;
}
