/**
 * Every date in the product is a China Standard Time (UTC+8) date, whatever the server's zone.
 * China has had no daylight saving since 1991, so a fixed offset is exact for the dates we handle.
 */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** A calendar date as "YYYY-MM-DD". */
export type CalendarDate = string;

/** The China calendar date of an instant. */
export function chinaDateOf(instant: Date): CalendarDate {
  return new Date(instant.getTime() + chinaOffsetMs).toISOString().slice(0, 10);
}

/** The instant a China calendar day begins: 00:00 in China, 16:00 UTC of the day before. */
export function startOfChinaDay(date: CalendarDate): Date {
  return new Date(new Date(`${date}T00:00:00.000Z`).getTime() - chinaOffsetMs);
}

/** True when "YYYY-MM-DD" names a real calendar date. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whole years of age on a reference date; the birthday itself counts as the new year. */
export function ageOn(birthDate: CalendarDate, referenceDate: CalendarDate): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ry, rm, rd] = referenceDate.split("-").map(Number) as [number, number, number];
  const hadBirthday = rm > bm || (rm === bm && rd >= bd);
  return ry - by - (hadBirthday ? 0 : 1);
}

/** The instant a calendar date is stored as: 00:00 UTC of that date. */
export function calendarDateToStored(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function storedToCalendarDate(stored: Date): CalendarDate {
  return stored.toISOString().slice(0, 10);
}

/** "2015年3月18日", the way dates are written for people. */
export function formatChineseDate(date: CalendarDate): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}
