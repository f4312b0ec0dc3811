import type { Prisma, PrismaClient } from "@jinzhou/db";
import { type HolidayCalendar, type WorkingDayCalendar, workingDayCalendarOf } from "@jinzhou/domain";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The holiday arrangements the admin entered, as the domain's working-day calendar. A row belongs
 * to the year of its date, except a December day that the next year's New Year arrangement
 * reaches back to, which the domain accepts in either.
 */
export async function loadWorkingDayCalendar(db: Db): Promise<WorkingDayCalendar> {
  const rows = await db.holiday.findMany({ orderBy: { date: "asc" } });
  const byYear = new Map<
    number,
    { holidays: HolidayCalendar["holidays"][number][]; adjusted: HolidayCalendar["holidays"][number][] }
  >();
  for (const row of rows) {
    const year = byYear.get(row.year) ?? { holidays: [], adjusted: [] };
    (row.kind === "HOLIDAY" ? year.holidays : year.adjusted).push({ date: row.date, name: row.name });
    byYear.set(row.year, year);
  }
  return workingDayCalendarOf(
    [...byYear.entries()].map(([year, days]) => ({
      year,
      holidays: days.holidays,
      adjustedWorkingDays: days.adjusted,
    })),
  );
}
