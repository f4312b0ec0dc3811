import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToCalendarDate, weekdayOfCalendarDate } from "../calendar-days.ts";
import type { HolidayCalendar } from "./holiday-calendar.ts";
import { chinaHolidayCalendar2015, chinaHolidayCalendar2016 } from "./official-holiday-calendars.ts";
import { addWorkingDays, countWorkingDays, nextWorkingDayAfter } from "./working-day-arithmetic.ts";
import { isWorkingDay, workingDayCalendarOf } from "./working-day-calendar.ts";

const calendar = workingDayCalendarOf([chinaHolidayCalendar2015, chinaHolidayCalendar2016]);
const plainWeeks = workingDayCalendarOf([]);

describe("nextWorkingDayAfter", () => {
  it("skips the National Day week to Thursday 2015-10-08", () => {
    // 10-01 … 10-07 国庆节 holidays; 10-08 is a Thursday.
    expect(nextWorkingDayAfter(calendar, "2015-09-30")).toBe("2015-10-08");
  });

  it("lands on an adjusted working day: after New Year 2015 the first is Sunday 2015-01-04", () => {
    // 2014-12-31 Wed → 01-01, 01-02, 01-03 元旦 holidays → 01-04 Sunday, 调休上班.
    expect(nextWorkingDayAfter(calendar, "2014-12-31")).toBe("2015-01-04");
  });

  it("skips 中秋节 on Sunday 2015-09-27 like any weekend", () => {
    // 09-25 Fri → 09-26 Sat, 09-27 Sun (中秋节) → 09-28 Mon.
    expect(nextWorkingDayAfter(calendar, "2015-09-25")).toBe("2015-09-28");
  });
});

describe("addWorkingDays", () => {
  it("counts five working days across National Day 2015", () => {
    // After Tue 09-29: 09-30 (1), [10-01 … 10-07 国庆节], 10-08 Thu (2), 10-09 Fri (3),
    // 10-10 Sat 调休上班 (4), [10-11 Sun], 10-12 Mon (5).
    expect(addWorkingDays(calendar, "2015-09-29", 5)).toBe("2015-10-12");
    // Without the arrangement the same count would wrongly end on Tuesday 10-06:
    // 09-30 (1), 10-01 (2), 10-02 (3), [10-03, 10-04], 10-05 (4), 10-06 (5).
    expect(addWorkingDays(plainWeeks, "2015-09-29", 5)).toBe("2015-10-06");
  });

  it("counts across New Year 2016", () => {
    // After Tue 2015-12-29: 12-30 Wed (1), 12-31 Thu (2), [2016-01-01 Fri 元旦, 01-02 Sat, 01-03 Sun],
    // 01-04 Mon (3), 01-05 Tue (4), 01-06 Wed (5).
    expect(addWorkingDays(calendar, "2015-12-29", 5)).toBe("2016-01-06");
  });

  it("counts across Spring Festival 2016 with its two adjusted working days", () => {
    // After Fri 2016-02-05: 02-06 Sat 调休上班 (1), [02-07 … 02-13 春节], 02-14 Sun 调休上班 (2),
    // 02-15 Mon (3), 02-16 Tue (4), 02-17 Wed (5).
    expect(addWorkingDays(calendar, "2016-02-05", 5)).toBe("2016-02-17");
  });

  it("returns the date itself for 0 and throws on a count that is not a whole number ≥ 0", () => {
    expect(addWorkingDays(calendar, "2015-10-03", 0)).toBe("2015-10-03");
    expect(() => addWorkingDays(calendar, "2015-10-03", -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, "2015-10-03", 1.5)).toThrow(RangeError);
  });
});

describe("countWorkingDays", () => {
  it("counts working days after one date through another", () => {
    // (2015-09-29, 2015-10-12]: 09-30, 10-08, 10-09, 10-10, 10-12 = 5.
    expect(countWorkingDays(calendar, "2015-09-29", "2015-10-12")).toBe(5);
    // (2015-09-30, 2015-10-07]: all 国庆节 holidays = 0.
    expect(countWorkingDays(calendar, "2015-09-30", "2015-10-07")).toBe(0);
    expect(countWorkingDays(calendar, "2015-10-12", "2015-09-29")).toBe(0);
    expect(countWorkingDays(calendar, "2015-10-12", "2015-10-12")).toBe(0);
  });
});

// Dates from 2014-12-01 to 2016-12-31, inside or next to the arrangements entered.
const dateInCalendarYears = fc
  .integer({ min: 0, max: 761 })
  .map((offset) => addDaysToCalendarDate("2014-12-01", offset));

/** A made-up arrangement for 2030: random holidays, random weekend days worked, never both. */
const syntheticCalendar = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 60 }), fc.array(fc.boolean(), { maxLength: 60 }))
  .map(([offsets, worked]): HolidayCalendar => {
    const holidays: HolidayCalendar["holidays"][number][] = [];
    const adjustedWorkingDays: HolidayCalendar["adjustedWorkingDays"][number][] = [];
    offsets.forEach((offset, index) => {
      const date = addDaysToCalendarDate("2030-01-01", offset);
      const weekend = weekdayOfCalendarDate(date) % 6 === 0;
      if (weekend && worked[index]) adjustedWorkingDays.push({ date, name: "调休" });
      else holidays.push({ date, name: "假日" });
    });
    return { year: 2030, holidays, adjustedWorkingDays };
  })
  .map((entered) => workingDayCalendarOf([entered]));

const dateIn2030 = fc.integer({ min: 0, max: 300 }).map((offset) => addDaysToCalendarDate("2030-01-01", offset));

describe("properties", () => {
  it("adding N working days then counting the working days between gives N (official calendars)", () => {
    fc.assert(
      fc.property(dateInCalendarYears, fc.integer({ min: 0, max: 40 }), (date, count) => {
        expect(countWorkingDays(calendar, date, addWorkingDays(calendar, date, count))).toBe(count);
      }),
    );
  });

  it("adding N working days then counting the working days between gives N (made-up calendars)", () => {
    fc.assert(
      fc.property(syntheticCalendar, dateIn2030, fc.integer({ min: 0, max: 40 }), (made, date, count) => {
        expect(countWorkingDays(made, date, addWorkingDays(made, date, count))).toBe(count);
      }),
    );
  });

  it("the day reached is never a holiday, and a weekend day only when it is an adjusted working day", () => {
    fc.assert(
      fc.property(syntheticCalendar, dateIn2030, fc.integer({ min: 1, max: 40 }), (made, date, count) => {
        const end = addWorkingDays(made, date, count);
        expect(made.holidays.has(end)).toBe(false);
        if (weekdayOfCalendarDate(end) % 6 === 0) expect(made.adjustedWorkingDays.has(end)).toBe(true);
        expect(isWorkingDay(made, end)).toBe(true);
      }),
    );
  });
});
