import type { CalendarDate } from "../china-time.ts";

/**
 * Day arithmetic on "YYYY-MM-DD" dates. Dates are calendar dates (China time is applied before a
 * date exists), so counting on UTC midnights is exact: no offset or daylight saving can shift a day.
 * Internal to the activities folder; not exported from its index.
 */
const dayMs = 24 * 60 * 60 * 1000;

function toUtcMs(date: CalendarDate): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/** How many days `to` is after `from` (negative when before). */
export function calendarDaysFrom(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / dayMs);
}

/** 28–31: day 0 of the next month is the last day of this one. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function calendarDateOf(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
