import type { Prisma, PrismaClient } from "@jinzhou/db";
import {
  type CalendarDate,
  DomainError,
  type FieldError,
  type HolidayKind,
  holidayKindLabels,
  isCalendarDate,
  validateHolidayCalendar,
  validationError,
  yearOfCalendarDate,
} from "@jinzhou/domain";

/** One day of the holiday calendar as the admin enters it. */
export interface HolidayDay {
  date: CalendarDate;
  name: string;
  kind: HolidayKind;
}

/** A holiday row as the audit log records it. */
export function holidayAuditValues(holiday: { id: number; date: string; year: number; name: string; kind: string }) {
  return { id: holiday.id, date: holiday.date, year: holiday.year, name: holiday.name, kind: holiday.kind };
}

/**
 * Checks one day with the domain's calendar rules (a real date, a name, an adjusted working day
 * on a Saturday or Sunday) and against the days already entered: a date is entered once, so it
 * cannot be both a holiday and an adjusted working day. Returns the cleaned row values.
 */
export async function checkHolidayDay(
  db: PrismaClient | Prisma.TransactionClient,
  day: HolidayDay,
  exceptId?: number,
): Promise<HolidayDay & { year: number }> {
  const date = day.date.trim();
  // An unreal date gets only its own error: any valid year keeps the year check quiet.
  const year = isCalendarDate(date) ? yearOfCalendarDate(date) : 2015;
  const listKey = day.kind === "HOLIDAY" ? "holidays" : "adjustedWorkingDays";
  const validated = validateHolidayCalendar({
    year,
    holidays: [],
    adjustedWorkingDays: [],
    [listKey]: [{ date, name: day.name }],
  });
  if (!validated.ok) throw validationError(validated.errors.map(asDayFieldError));
  const name = validated.value[listKey][0]?.name ?? day.name.trim();

  const taken = await db.holiday.findUnique({ where: { date } });
  if (taken && taken.id !== exceptId) {
    const entered = `${date} 已录入为${holidayKindLabels[taken.kind]}（${taken.name}）`;
    throw new DomainError("HOLIDAY_DATE_TAKEN", [
      taken.kind === day.kind
        ? { field: "date", code: "HOLIDAY_DATE_TAKEN", message: `${entered}，同一天只能录入一次` }
        : { field: "date", code: "HOLIDAY_AND_WORKING_DAY", message: `${entered}，不能既是节假日又是调休上班日` },
    ]);
  }
  return { date, year, name, kind: day.kind };
}

/** The calendar rule names fields inside its lists ("holidays[0].date"); a form has one day. */
function asDayFieldError(error: FieldError): FieldError {
  const field = /\.(date|name)$/.exec(error.field)?.[1] ?? (error.field === "year" ? "date" : error.field);
  return { ...error, field };
}
