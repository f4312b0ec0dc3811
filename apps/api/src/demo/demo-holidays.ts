import {
  chinaHolidayCalendar2015,
  chinaHolidayCalendar2016,
  type HolidayCalendar,
  holidayCalendarDaysFromRange as range,
  validateHolidayCalendar,
  yearOfCalendarDate,
} from "@jinzhou/domain";
import { createHoliday } from "../holidays/create-holiday.ts";
import type { DemoStory } from "./demo-story.ts";

/**
 * The State Council's arrangements the demo knows beyond the 2015 and 2016 ones the demo data
 * brings, entered the way the admin enters them (the days each notice gives off, and the weekend
 * days it says are worked). A notice period is only counted through years whose arrangement is
 * entered, so the demo's results can go up for public notice only in these years.
 */

/** 国办发明电〔2024〕12号 (12 November 2024). */
const chinaHolidayCalendar2025: HolidayCalendar = {
  year: 2025,
  holidays: [
    { date: "2025-01-01", name: "元旦" },
    ...range("春节", "2025-01-28", "2025-02-04"),
    ...range("清明节", "2025-04-04", "2025-04-06"),
    ...range("劳动节", "2025-05-01", "2025-05-05"),
    ...range("端午节", "2025-05-31", "2025-06-02"),
    ...range("国庆节、中秋节", "2025-10-01", "2025-10-08"),
  ],
  adjustedWorkingDays: [
    { date: "2025-01-26", name: "春节" },
    { date: "2025-02-08", name: "春节" },
    { date: "2025-04-27", name: "劳动节" },
    { date: "2025-09-28", name: "国庆节、中秋节" },
    { date: "2025-10-11", name: "国庆节、中秋节" },
  ],
};

/** 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025). */
const chinaHolidayCalendar2026: HolidayCalendar = {
  year: 2026,
  holidays: [
    ...range("元旦", "2026-01-01", "2026-01-03"),
    ...range("春节", "2026-02-15", "2026-02-23"),
    ...range("清明节", "2026-04-04", "2026-04-06"),
    ...range("劳动节", "2026-05-01", "2026-05-05"),
    ...range("端午节", "2026-06-19", "2026-06-21"),
    ...range("中秋节", "2026-09-25", "2026-09-27"),
    ...range("国庆节", "2026-10-01", "2026-10-07"),
  ],
  adjustedWorkingDays: [
    { date: "2026-01-04", name: "元旦" },
    { date: "2026-02-14", name: "春节" },
    { date: "2026-02-28", name: "春节" },
    { date: "2026-05-09", name: "劳动节" },
    { date: "2026-09-20", name: "国庆节" },
    { date: "2026-10-10", name: "国庆节" },
  ],
};

export const demoKnownHolidayCalendars: readonly HolidayCalendar[] = [
  chinaHolidayCalendar2015,
  chinaHolidayCalendar2016,
  chinaHolidayCalendar2025,
  chinaHolidayCalendar2026,
];

/**
 * The admin enters the arrangement of every year the demo's story touches (from `fromDay` to
 * `throughDay`, days from the load day) that is known here and not entered yet. Returns the years
 * entered.
 */
export async function enterHolidayArrangements(story: DemoStory, fromDay: number, throughDay: number) {
  const firstYear = yearOfCalendarDate(story.day(fromDay));
  const lastYear = yearOfCalendarDate(story.day(throughDay));
  const entered: number[] = [];
  for (const calendar of demoKnownHolidayCalendars) {
    if (calendar.year < firstYear || calendar.year > lastYear) continue;
    if ((await story.prisma.holiday.count({ where: { year: calendar.year } })) > 0) continue;
    const validated = validateHolidayCalendar(calendar);
    if (!validated.ok) throw new Error(`demo holiday calendar ${calendar.year}: ${validated.errors[0]?.message}`);
    const { holidays, adjustedWorkingDays } = validated.value;
    await story.as("admin", { day: fromDay - 1 }, async (context) => {
      for (const day of holidays) await createHoliday(context, { ...day, kind: "HOLIDAY" });
      for (const day of adjustedWorkingDays) await createHoliday(context, { ...day, kind: "ADJUSTED_WORKING_DAY" });
    });
    entered.push(calendar.year);
  }
  return entered;
}
