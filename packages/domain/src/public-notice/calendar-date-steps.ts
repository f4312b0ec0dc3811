import type { CalendarDate } from "../china-time.ts";

/**
 * Day steps on "YYYY-MM-DD" dates. A CalendarDate is already a China date, so stepping on UTC
 * midnights is exact: no offset or daylight saving can move a day. Internal to this folder.
 */
const dayMs = 24 * 60 * 60 * 1000;

function utcMsOf(date: CalendarDate): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

export function addDaysToCalendarDate(date: CalendarDate, days: number): CalendarDate {
  return new Date(utcMsOf(date) + days * dayMs).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday, as Date#getUTCDay numbers them. */
export function weekdayOfCalendarDate(date: CalendarDate): number {
  return new Date(utcMsOf(date)).getUTCDay();
}

export function yearOfCalendarDate(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

const weekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;

export function weekdayNameOf(date: CalendarDate): string {
  return weekdayNames[weekdayOfCalendarDate(date)] as string;
}
