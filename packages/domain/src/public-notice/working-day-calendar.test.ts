import { describe, expect, it } from "vitest";
import { chinaHolidayCalendar2015, chinaHolidayCalendar2016 } from "./official-holiday-calendars.ts";
import {
  calendarDayKindLabels,
  combineHolidayCalendars,
  describeCalendarDay,
  isWorkingDay,
  workingDayCalendarOf,
  yearsMissingFromCalendar,
} from "./working-day-calendar.ts";

const calendar = workingDayCalendarOf([chinaHolidayCalendar2015, chinaHolidayCalendar2016]);

describe("isWorkingDay over the 2015 and 2016 arrangements", () => {
  it.each([
    ["2015-09-25", true, "Friday"],
    ["2015-09-26", false, "Saturday"],
    ["2015-09-27", false, "Sunday and 中秋节"],
    ["2015-09-30", true, "Wednesday"],
    ["2015-10-01", false, "Thursday, 国庆节"],
    ["2015-10-05", false, "Monday, 国庆节"],
    ["2015-10-07", false, "Wednesday, 国庆节"],
    ["2015-10-08", true, "Thursday"],
    ["2015-10-10", true, "Saturday made a working day (调休)"],
    ["2015-10-11", false, "Sunday"],
    ["2015-01-04", true, "Sunday made a working day for 元旦"],
    ["2016-01-01", false, "Friday, 元旦"],
    ["2016-02-06", true, "Saturday made a working day for 春节"],
    ["2016-02-14", true, "Sunday made a working day for 春节"],
    ["2016-02-08", false, "Monday, 春节"],
  ])("%s is a working day: %s (%s)", (date, expected) => {
    expect(isWorkingDay(calendar, date)).toBe(expected);
  });

  it("falls back to Monday–Friday in a year with no arrangement", () => {
    expect(isWorkingDay(calendar, "2017-10-02")).toBe(true);
    expect(isWorkingDay(calendar, "2017-10-01")).toBe(false);
  });
});

describe("describeCalendarDay", () => {
  it("names the kind of day and the occasion", () => {
    expect(describeCalendarDay(calendar, "2015-10-01")).toEqual({
      date: "2015-10-01",
      kind: "HOLIDAY",
      working: false,
      occasion: "国庆节",
    });
    expect(describeCalendarDay(calendar, "2015-10-10")).toEqual({
      date: "2015-10-10",
      kind: "ADJUSTED_WORKING_DAY",
      working: true,
      occasion: "国庆节",
    });
    expect(describeCalendarDay(calendar, "2015-10-11")).toEqual({
      date: "2015-10-11",
      kind: "WEEKEND",
      working: false,
      occasion: null,
    });
    expect(describeCalendarDay(calendar, "2015-10-12")).toEqual({
      date: "2015-10-12",
      kind: "WORKDAY",
      working: true,
      occasion: null,
    });
    expect(calendarDayKindLabels.ADJUSTED_WORKING_DAY).toBe("调休上班");
  });
});

describe("combineHolidayCalendars", () => {
  it("merges years and records which are covered", () => {
    const result = combineHolidayCalendars([chinaHolidayCalendar2015, chinaHolidayCalendar2016]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.value.years]).toEqual([2015, 2016]);
    // 2015: 3 元旦 + 7 春节 + 2 清明 + 1 劳动 + 2 端午 + 3 抗战 + 1 中秋 + 7 国庆 = 26;
    // 2016: 1 元旦 + 7 春节 + 1 清明 + 2 劳动 + 3 端午 + 3 中秋 + 7 国庆 = 24; 26 + 24 = 50.
    expect(result.value.holidays.size).toBe(50);
    // 2015: 5 adjusted working days; 2016: 6; 11 in all.
    expect(result.value.adjustedWorkingDays.size).toBe(11);
  });

  it("prefixes each calendar's errors with its position", () => {
    const result = combineHolidayCalendars([
      chinaHolidayCalendar2015,
      { year: 2016, holidays: [{ date: "2016-02-30", name: "春节" }], adjustedWorkingDays: [] },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [{ field: "calendars[1].holidays[0].date", code: "DATE_INVALID", message: "日期“2016-02-30”不存在" }],
    });
  });

  it("refuses a year entered twice", () => {
    const result = combineHolidayCalendars([chinaHolidayCalendar2015, chinaHolidayCalendar2015]);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: "calendars[1].year", code: "HOLIDAY_CALENDAR_YEAR_DUPLICATE", message: "2015 年的节假日安排重复录入" },
      ],
    });
  });

  it("refuses December dates two years disagree on, either way round", () => {
    // The 2012 arrangement works Saturday 2011-12-31; a 2011 arrangement calling it a holiday contradicts it.
    const year2011 = { year: 2011, holidays: [{ date: "2011-12-31", name: "元旦" }], adjustedWorkingDays: [] };
    const year2012 = { year: 2012, holidays: [], adjustedWorkingDays: [{ date: "2011-12-31", name: "元旦" }] };
    expect(combineHolidayCalendars([year2011, year2012])).toEqual({
      ok: false,
      errors: [
        {
          field: "calendars[1].adjustedWorkingDays[0].date",
          code: "HOLIDAY_AND_WORKING_DAY",
          message: "2011-12-31 在不同年份的安排中分别被设为节假日和调休上班日",
        },
      ],
    });
    const reversed = combineHolidayCalendars([year2012, year2011]);
    expect(reversed.ok ? [] : reversed.errors.map((error) => error.field)).toEqual(["calendars[1].holidays[0].date"]);
  });

  it("keeps a December date both years agree on once", () => {
    const year2007 = { year: 2007, holidays: [{ date: "2007-12-31", name: "元旦" }], adjustedWorkingDays: [] };
    const year2008 = {
      year: 2008,
      holidays: [
        { date: "2007-12-31", name: "元旦" },
        { date: "2008-01-01", name: "元旦" },
      ],
      adjustedWorkingDays: [{ date: "2007-12-29", name: "元旦" }],
    };
    const withWorkedDay = { ...year2007, adjustedWorkingDays: [{ date: "2007-12-29", name: "元旦" }] };
    const result = combineHolidayCalendars([withWorkedDay, year2008]);
    expect(result.ok && result.value.holidays.size).toBe(2);
    expect(result.ok && result.value.adjustedWorkingDays.size).toBe(1);
  });

  it("workingDayCalendarOf throws on arrangements that were never validated", () => {
    expect(() => workingDayCalendarOf([chinaHolidayCalendar2015, chinaHolidayCalendar2015])).toThrow(RangeError);
  });
});

describe("yearsMissingFromCalendar", () => {
  it("lists the years without an arrangement between two dates", () => {
    expect(yearsMissingFromCalendar(calendar, "2015-12-29", "2016-01-06")).toEqual([]);
    expect(yearsMissingFromCalendar(calendar, "2014-12-29", "2018-01-06")).toEqual([2014, 2017, 2018]);
  });
});
