import type { CalendarDate } from "../china-time.ts";

/**
 * The first day of "the past N years" counted back from a reference date: the same calendar date N
 * years earlier (29 February falls back to 28 February in a common year). The day itself is inside
 * the window: an accident exactly three years before the deadline still counts, the stricter
 * reading for an honour the public will check.
 */
export function seriousAccidentWindowStart(referenceDate: CalendarDate, years: number): CalendarDate {
  const [year, month, day] = referenceDate.split("-").map(Number) as [number, number, number];
  const startYear = year - years;
  const lastDayOfMonth = new Date(Date.UTC(startYear, month, 0)).getUTCDate();
  return `${String(startYear).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(day, lastDayOfMonth)).padStart(2, "0")}`;
}

/**
 * The accidents that count: on or after the window's first day. Accidents recorded after the
 * reference date count too: they are more recent still, and the review happens after the deadline.
 */
export function recentSeriousAccidents(
  accidentDates: readonly CalendarDate[],
  referenceDate: CalendarDate,
  years: number,
): CalendarDate[] {
  const start = seriousAccidentWindowStart(referenceDate, years);
  return accidentDates.filter((date) => date >= start).sort();
}
