import {
  chinaHolidayCalendar2015,
  chinaHolidayCalendar2016,
  type HolidayCalendar,
  type HolidayKind,
  validateHolidayCalendar,
  yearOfCalendarDate,
} from "@jinzhou/domain";

/** One row of the holiday calendar, as the admin would enter it. */
export interface DemoHoliday {
  date: string;
  year: number;
  name: string;
  kind: HolidayKind;
}

/**
 * The State Council's real arrangements for 2015 and 2016, the years the demo's activities run
 * in, so that notice periods and deadlines count working days the way the federation did.
 */
export function demoHolidays(): DemoHoliday[] {
  return [chinaHolidayCalendar2015, chinaHolidayCalendar2016].flatMap((calendar: HolidayCalendar) => {
    const validated = validateHolidayCalendar(calendar);
    if (!validated.ok) throw new Error(`demo holiday calendar ${calendar.year}: ${validated.errors[0]?.message}`);
    const { holidays, adjustedWorkingDays } = validated.value;
    return [
      ...holidays.map((day) => ({ ...day, kind: "HOLIDAY" as const })),
      ...adjustedWorkingDays.map((day) => ({ ...day, kind: "ADJUSTED_WORKING_DAY" as const })),
    ].map((day) => ({ date: day.date, year: yearOfCalendarDate(day.date), name: day.name, kind: day.kind }));
  });
}
