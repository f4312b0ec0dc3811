import { addDaysToCalendarDate } from "../calendar-days.ts";
import type { CalendarDate } from "../china-time.ts";
import { isWorkingDay, type WorkingDayCalendar } from "./working-day-calendar.ts";

/** The first working day strictly after `date`. */
export function nextWorkingDayAfter(calendar: WorkingDayCalendar, date: CalendarDate): CalendarDate {
  // Holidays are a finite list, so a working day is always reached.
  let next = addDaysToCalendarDate(date, 1);
  while (!isWorkingDay(calendar, next)) next = addDaysToCalendarDate(next, 1);
  return next;
}

/** The `count`-th working day strictly after `date`; `date` itself when `count` is 0. */
export function addWorkingDays(calendar: WorkingDayCalendar, date: CalendarDate, count: number): CalendarDate {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`not a count of working days: ${count}`);
  let reached = date;
  for (let step = 0; step < count; step++) reached = nextWorkingDayAfter(calendar, reached);
  return reached;
}

/**
 * Working days strictly after `after`, up to and including `through` (0 when `through` is not
 * later). Half-open so that counting from d to addWorkingDays(d, n) gives back n.
 */
export function countWorkingDays(calendar: WorkingDayCalendar, after: CalendarDate, through: CalendarDate): number {
  let count = 0;
  for (let date = addDaysToCalendarDate(after, 1); date <= through; date = addDaysToCalendarDate(date, 1)) {
    if (isWorkingDay(calendar, date)) count++;
  }
  return count;
}
