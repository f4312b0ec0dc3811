import { addDaysToCalendarDate, weekdayNameOf, weekdayOfCalendarDate, yearOfCalendarDate } from "../calendar-days.ts";
import { type CalendarDate, isCalendarDate } from "../china-time.ts";
import type { FieldError, Validated } from "../errors.ts";

/** One named day of the State Council's arrangement, e.g. { date: "2015-10-01", name: "国庆节" }. */
export interface HolidayCalendarDay {
  date: CalendarDate;
  name: string;
}

/**
 * One year's official arrangement (国务院办公厅关于某年部分节假日安排的通知), as the admin enters it:
 * the days off (法定节假日 and the days moved next to them, 放假调休) and the weekend days made
 * working days (调休上班). Listing a weekend day inside a holiday block as a holiday is harmless.
 */
export interface HolidayCalendar {
  year: number;
  holidays: readonly HolidayCalendarDay[];
  adjustedWorkingDays: readonly HolidayCalendarDay[];
}

/** The two kinds of day the admin enters, as the calendar screens name them. */
export type HolidayKind = "HOLIDAY" | "ADJUSTED_WORKING_DAY";

export const holidayKindLabels: Record<HolidayKind, string> = {
  HOLIDAY: "法定节假日",
  ADJUSTED_WORKING_DAY: "调休上班",
};

/** Holiday arrangements in today's form start in 1999; the bounds catch a mistyped year. */
const firstCalendarYear = 2000;
const lastCalendarYear = 2100;
const maxNameLength = 20;

/** Every day from `from` through `through`, all with one name: "10月1日至7日放假" typed as a range. */
export function holidayCalendarDaysFromRange(
  name: string,
  from: CalendarDate,
  through: CalendarDate,
): HolidayCalendarDay[] {
  if (!isCalendarDate(from) || !isCalendarDate(through) || through < from) {
    throw new RangeError(`not a date range: ${from} – ${through}`);
  }
  const days: HolidayCalendarDay[] = [];
  for (let date = from; date <= through; date = addDaysToCalendarDate(date, 1)) days.push({ date, name });
  return days;
}

/**
 * Whether `date` may appear in the arrangement for `year`: a date of that year, or of the December
 * before it, because a New Year arrangement sometimes starts there (2008: 2007-12-30 and 12-31 off,
 * Saturday 2007-12-29 worked; 2012: Saturday 2011-12-31 worked).
 */
function belongsToCalendarYear(date: CalendarDate, year: number): boolean {
  const dateYear = yearOfCalendarDate(date);
  return dateYear === year || (dateYear === year - 1 && date.slice(5, 7) === "12");
}

type DayListKey = "holidays" | "adjustedWorkingDays";

const listLabels: Record<DayListKey, string> = { holidays: "节假日", adjustedWorkingDays: "调休上班日" };

/**
 * Checks one year's arrangement and reports every problem: a year out of range, a date that does
 * not exist or lies outside the year, a missing or over-long name, a date entered twice, a date that
 * is both a holiday and an adjusted working day, and an adjusted working day that is not a Saturday
 * or Sunday (a weekday is a working day already; entering it is a slip for another date).
 * The value returned has trimmed names and both lists sorted by date.
 */
export function validateHolidayCalendar(calendar: HolidayCalendar): Validated<HolidayCalendar> {
  const errors: FieldError[] = [];
  const year = calendar.year;
  const yearValid = Number.isInteger(year) && year >= firstCalendarYear && year <= lastCalendarYear;
  if (!yearValid) {
    errors.push({
      field: "year",
      code: "HOLIDAY_CALENDAR_YEAR_INVALID",
      message: `年份应为 ${firstCalendarYear}–${lastCalendarYear} 之间的整数`,
    });
  }
  const cleaned: Record<DayListKey, HolidayCalendarDay[]> = { holidays: [], adjustedWorkingDays: [] };
  const firstListOf = new Map<CalendarDate, DayListKey>();
  for (const key of ["holidays", "adjustedWorkingDays"] as const) {
    calendar[key].forEach((day, index) => {
      const field = `${key}[${index}]`;
      const name = day.name.trim();
      if (name === "") {
        errors.push({
          field: `${field}.name`,
          code: "REQUIRED",
          message: `请填写${listLabels[key]}的名称，如“国庆节”`,
        });
      } else if (name.length > maxNameLength) {
        errors.push({ field: `${field}.name`, code: "TOO_LONG", message: `名称不能超过 ${maxNameLength} 个字` });
      }
      if (!isCalendarDate(day.date)) {
        errors.push({ field: `${field}.date`, code: "DATE_INVALID", message: `日期“${day.date}”不存在` });
        return;
      }
      if (yearValid && !belongsToCalendarYear(day.date, year)) {
        errors.push({
          field: `${field}.date`,
          code: "HOLIDAY_DATE_OUTSIDE_YEAR",
          message: `${day.date} 不在 ${year} 年内（仅元旦安排可含上一年 12 月的日期）`,
        });
      }
      const earlier = firstListOf.get(day.date);
      if (earlier === key) {
        errors.push({ field: `${field}.date`, code: "HOLIDAY_DATE_DUPLICATE", message: `${day.date} 重复录入` });
      } else if (earlier !== undefined) {
        errors.push({
          field: `${field}.date`,
          code: "HOLIDAY_AND_WORKING_DAY",
          message: `${day.date} 不能既是节假日又是调休上班日`,
        });
      } else {
        firstListOf.set(day.date, key);
      }
      if (key === "adjustedWorkingDays" && weekdayOfCalendarDate(day.date) % 6 !== 0) {
        errors.push({
          field: `${field}.date`,
          code: "ADJUSTED_WORKING_DAY_NOT_WEEKEND",
          message: `${day.date} 是${weekdayNameOf(day.date)}，本来就是工作日，调休上班日只能是星期六或星期日`,
        });
      }
      cleaned[key].push({ date: day.date, name });
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const byDate = (a: HolidayCalendarDay, b: HolidayCalendarDay) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return {
    ok: true,
    value: {
      year,
      holidays: cleaned.holidays.sort(byDate),
      adjustedWorkingDays: cleaned.adjustedWorkingDays.sort(byDate),
    },
  };
}
