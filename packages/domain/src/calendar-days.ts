import type { CalendarDate } from "./china-time.ts";

/**
 * Day arithmetic on "YYYY-MM-DD" dates. A CalendarDate is already a China date (the offset is
 * applied before a date exists), so stepping on UTC midnights is exact: no offset or daylight
 * saving can move a day.
 */
const dayMs = 24 * 60 * 60 * 1000;

function utcMsOf(date: CalendarDate): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

export function addDaysToCalendarDate(date: CalendarDate, days: number): CalendarDate {
  return new Date(utcMsOf(date) + days * dayMs).toISOString().slice(0, 10);
}

/** How many days `to` is after `from` (negative when before). */
export function calendarDaysFrom(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcMsOf(to) - utcMsOf(from)) / dayMs);
}

/** 0 Sunday … 6 Saturday, as Date#getUTCDay numbers them. */
export function weekdayOfCalendarDate(date: CalendarDate): number {
  return new Date(utcMsOf(date)).getUTCDay();
}

const weekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;

export function weekdayNameOf(date: CalendarDate): string {
  return weekdayNames[weekdayOfCalendarDate(date)] as string;
}

export function yearOfCalendarDate(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** 28–31: day 0 of the next month is the last day of this one. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function calendarDateOf(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
