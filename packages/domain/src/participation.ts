import type { CalendarDate } from "./china-time.ts";
import { youngWorkerBornAfter } from "./worker.ts";

/**
 * The plan's aims (work point 4): more young workers and more workers of non-public enterprises in
 * contests. The dashboard reports their share among a year's entrants; these are its rules.
 */

/**
 * The day ages are taken on for a year's statistics: 31 December of that year, so that a year's
 * figures do not change with the day they are looked at, and 青年职工 (35 or younger) means
 * "not yet 36 at the end of the year".
 */
export function participationReferenceDate(year: number): CalendarDate {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a year: ${year}`);
  return `${year}-12-31`;
}

/** The latest birth date that is not young for a year's statistics (young = born after it). */
export function youngEntrantBornAfter(year: number): CalendarDate {
  return youngWorkerBornAfter(participationReferenceDate(year));
}

/**
 * A share in percent with one decimal, rounded half up: 1 of 8 is 12.5, 1 of 3 is 33.3, 2 of 3
 * is 66.7. Computed on integers, so that 12.5 is exact and never 12.499…; null when there is no
 * one to count (a share of nobody is not 0%).
 */
export function participationShare(part: number, whole: number): number | null {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || part < 0 || part > whole) {
    throw new RangeError(`not a part of a whole: ${part} of ${whole}`);
  }
  if (whole === 0) return null;
  // round(1000 × part ÷ whole) in tenths of a percent, half up: ⌊(2000 × part + whole) ÷ (2 × whole)⌋.
  const tenths = Math.floor((2000 * part + whole) / (2 * whole));
  return tenths / 10;
}
