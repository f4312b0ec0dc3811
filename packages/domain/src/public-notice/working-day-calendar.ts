import { weekdayOfCalendarDate, yearOfCalendarDate } from "../calendar-days.ts";
import type { CalendarDate } from "../china-time.ts";
import type { FieldError, Validated } from "../errors.ts";
import { type HolidayCalendar, validateHolidayCalendar } from "./holiday-calendar.ts";

/**
 * The years' arrangements merged into one lookup. Working days are Monday to Friday, minus the
 * official holidays, plus the weekend days made working days (调休上班).
 */
export interface WorkingDayCalendar {
  /** Years whose arrangement has been entered; dates of other years fall back to Monday–Friday. */
  readonly years: ReadonlySet<number>;
  readonly holidays: ReadonlyMap<CalendarDate, string>;
  readonly adjustedWorkingDays: ReadonlyMap<CalendarDate, string>;
}

/**
 * Validates every year's arrangement and merges them. Beyond each year's own checks: a year entered
 * twice, and a date one year calls a holiday while another calls it a working day (possible only
 * for the December dates a New Year arrangement reaches back to). Field paths are prefixed with the
 * calendar's position, e.g. "calendars[1].holidays[0].date".
 */
export function combineHolidayCalendars(calendars: readonly HolidayCalendar[]): Validated<WorkingDayCalendar> {
  const errors: FieldError[] = [];
  const years = new Set<number>();
  const holidays = new Map<CalendarDate, string>();
  const adjustedWorkingDays = new Map<CalendarDate, string>();
  calendars.forEach((calendar, index) => {
    const prefix = `calendars[${index}]`;
    const checked = validateHolidayCalendar(calendar);
    if (!checked.ok) {
      errors.push(...checked.errors.map((error) => ({ ...error, field: `${prefix}.${error.field}` })));
      return;
    }
    if (years.has(calendar.year)) {
      errors.push({
        field: `${prefix}.year`,
        code: "HOLIDAY_CALENDAR_YEAR_DUPLICATE",
        message: `${calendar.year} 年的节假日安排重复录入`,
      });
      return;
    }
    years.add(calendar.year);
    checked.value.holidays.forEach((day, dayIndex) => {
      if (adjustedWorkingDays.has(day.date)) {
        errors.push(conflict(`${prefix}.holidays[${dayIndex}].date`, day.date));
      } else if (!holidays.has(day.date)) holidays.set(day.date, day.name);
    });
    checked.value.adjustedWorkingDays.forEach((day, dayIndex) => {
      if (holidays.has(day.date)) {
        errors.push(conflict(`${prefix}.adjustedWorkingDays[${dayIndex}].date`, day.date));
      } else if (!adjustedWorkingDays.has(day.date)) adjustedWorkingDays.set(day.date, day.name);
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { years, holidays, adjustedWorkingDays } };
}

function conflict(field: string, date: CalendarDate): FieldError {
  return {
    field,
    code: "HOLIDAY_AND_WORKING_DAY",
    message: `${date} 在不同年份的安排中分别被设为节假日和调休上班日`,
  };
}

/**
 * Merges arrangements already validated (as stored). Invalid input here is a programmer error:
 * the admin's entries pass combineHolidayCalendars before they are saved.
 */
export function workingDayCalendarOf(calendars: readonly HolidayCalendar[]): WorkingDayCalendar {
  const combined = combineHolidayCalendars(calendars);
  if (!combined.ok) {
    throw new RangeError(`invalid holiday calendars: ${combined.errors.map((error) => error.field).join(", ")}`);
  }
  return combined.value;
}

export type CalendarDayKind = "WORKDAY" | "WEEKEND" | "HOLIDAY" | "ADJUSTED_WORKING_DAY";

export const calendarDayKindLabels: Record<CalendarDayKind, string> = {
  WORKDAY: "工作日",
  WEEKEND: "休息日",
  HOLIDAY: "节假日",
  ADJUSTED_WORKING_DAY: "调休上班",
};

/** What a day is, with the holiday's name where it has one, for listing a period day by day. */
export interface CalendarDayDescription {
  date: CalendarDate;
  kind: CalendarDayKind;
  working: boolean;
  /** "国庆节" for a holiday or an adjusted working day; null otherwise. */
  occasion: string | null;
}

export function describeCalendarDay(calendar: WorkingDayCalendar, date: CalendarDate): CalendarDayDescription {
  const adjusted = calendar.adjustedWorkingDays.get(date);
  if (adjusted !== undefined) return { date, kind: "ADJUSTED_WORKING_DAY", working: true, occasion: adjusted };
  const holiday = calendar.holidays.get(date);
  if (holiday !== undefined) return { date, kind: "HOLIDAY", working: false, occasion: holiday };
  const weekend = weekdayOfCalendarDate(date) % 6 === 0;
  return { date, kind: weekend ? "WEEKEND" : "WORKDAY", working: !weekend, occasion: null };
}

export function isWorkingDay(calendar: WorkingDayCalendar, date: CalendarDate): boolean {
  if (calendar.adjustedWorkingDays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return weekdayOfCalendarDate(date) % 6 !== 0;
}

/** Years from `from` through `through` whose arrangement has not been entered, in order. */
export function yearsMissingFromCalendar(
  calendar: WorkingDayCalendar,
  from: CalendarDate,
  through: CalendarDate,
): number[] {
  const missing: number[] = [];
  for (let year = yearOfCalendarDate(from); year <= yearOfCalendarDate(through); year++) {
    if (!calendar.years.has(year)) missing.push(year);
  }
  return missing;
}
