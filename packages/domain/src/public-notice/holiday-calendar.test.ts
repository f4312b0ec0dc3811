import { describe, expect, it } from "vitest";
import { holidayCalendarDaysFromRange, validateHolidayCalendar } from "./holiday-calendar.ts";
import { chinaHolidayCalendar2015, chinaHolidayCalendar2016 } from "./official-holiday-calendars.ts";

describe("holidayCalendarDaysFromRange", () => {
  it("lists every day of 国庆节 2015, 10月1日至7日, seven days", () => {
    const days = holidayCalendarDaysFromRange("国庆节", "2015-10-01", "2015-10-07");
    expect(days.map((day) => day.date)).toEqual([
      "2015-10-01",
      "2015-10-02",
      "2015-10-03",
      "2015-10-04",
      "2015-10-05",
      "2015-10-06",
      "2015-10-07",
    ]);
    expect(days.every((day) => day.name === "国庆节")).toBe(true);
  });

  it("crosses a month end and a year end", () => {
    expect(holidayCalendarDaysFromRange("元旦", "2007-12-30", "2008-01-01").map((day) => day.date)).toEqual([
      "2007-12-30",
      "2007-12-31",
      "2008-01-01",
    ]);
  });

  it("throws on a reversed or impossible range (a programmer error)", () => {
    expect(() => holidayCalendarDaysFromRange("x", "2015-10-07", "2015-10-01")).toThrow(RangeError);
    expect(() => holidayCalendarDaysFromRange("x", "2015-02-30", "2015-03-01")).toThrow(RangeError);
    expect(() => holidayCalendarDaysFromRange("x", "2015-03-01", "2015-13-01")).toThrow(RangeError);
  });
});

describe("validateHolidayCalendar", () => {
  it("accepts the official 2015 and 2016 arrangements", () => {
    expect(validateHolidayCalendar(chinaHolidayCalendar2015).ok).toBe(true);
    expect(validateHolidayCalendar(chinaHolidayCalendar2016).ok).toBe(true);
  });

  it("trims names and sorts both lists by date", () => {
    const result = validateHolidayCalendar({
      year: 2015,
      holidays: [
        { date: "2015-10-02", name: " 国庆节 " },
        { date: "2015-10-01", name: "国庆节" },
      ],
      adjustedWorkingDays: [
        { date: "2015-10-10", name: "国庆节" },
        { date: "2015-01-04", name: "元旦" },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        year: 2015,
        holidays: [
          { date: "2015-10-01", name: "国庆节" },
          { date: "2015-10-02", name: "国庆节" },
        ],
        adjustedWorkingDays: [
          { date: "2015-01-04", name: "元旦" },
          { date: "2015-10-10", name: "国庆节" },
        ],
      },
    });
  });

  it("accepts December dates of the year before, as the 2012 New Year arrangement needs (2011-12-31 worked)", () => {
    const result = validateHolidayCalendar({
      year: 2012,
      holidays: holidayCalendarDaysFromRange("元旦", "2012-01-01", "2012-01-03"),
      adjustedWorkingDays: [{ date: "2011-12-31", name: "元旦" }],
    });
    expect(result.ok).toBe(true);
  });

  it("reports every problem at once", () => {
    const result = validateHolidayCalendar({
      year: 2015,
      holidays: [
        { date: "2015-10-01", name: "国庆节" },
        { date: "2015-10-01", name: "国庆节" },
        { date: "2015-02-29", name: "春节" },
        { date: "2016-01-01", name: "元旦" },
        { date: "2014-11-30", name: "" },
        { date: "2015-10-10", name: "国庆节国庆节国庆节国庆节国庆节国庆节国庆节" },
      ],
      adjustedWorkingDays: [
        // Friday 9 October 2015: a working day already.
        { date: "2015-10-09", name: "国庆节" },
        // Saturday 10 October 2015, also entered as a holiday above.
        { date: "2015-10-10", name: "国庆节" },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.field, error.code])).toEqual([
      ["holidays[1].date", "HOLIDAY_DATE_DUPLICATE"],
      ["holidays[2].date", "DATE_INVALID"],
      ["holidays[3].date", "HOLIDAY_DATE_OUTSIDE_YEAR"],
      ["holidays[4].name", "REQUIRED"],
      ["holidays[4].date", "HOLIDAY_DATE_OUTSIDE_YEAR"],
      ["holidays[5].name", "TOO_LONG"],
      ["adjustedWorkingDays[0].date", "ADJUSTED_WORKING_DAY_NOT_WEEKEND"],
      ["adjustedWorkingDays[1].date", "HOLIDAY_AND_WORKING_DAY"],
    ]);
    expect(result.errors.map((error) => error.message)).toEqual([
      "2015-10-01 重复录入",
      "日期“2015-02-29”不存在",
      "2016-01-01 不在 2015 年内（仅元旦安排可含上一年 12 月的日期）",
      "请填写节假日的名称，如“国庆节”",
      "2014-11-30 不在 2015 年内（仅元旦安排可含上一年 12 月的日期）",
      "名称不能超过 20 个字",
      "2015-10-09 是星期五，本来就是工作日，调休上班日只能是星期六或星期日",
      "2015-10-10 不能既是节假日又是调休上班日",
    ]);
  });

  it("reports an adjusted working day entered before its clash with a holiday, whichever list comes first", () => {
    const result = validateHolidayCalendar({
      year: 2015,
      holidays: [{ date: "2015-10-10", name: "国庆节" }],
      adjustedWorkingDays: [
        { date: "2015-10-10", name: "国庆节" },
        { date: "2015-10-11", name: "" },
      ],
    });
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(["HOLIDAY_AND_WORKING_DAY", "REQUIRED"]);
    if (!result.ok) expect(result.errors[1]?.message).toBe("请填写调休上班日的名称，如“国庆节”");
  });

  it("refuses a year out of range or not whole, and then skips the in-year check", () => {
    for (const year of [1999, 2101, 2015.5, Number.NaN]) {
      const result = validateHolidayCalendar({
        year,
        holidays: [{ date: "2015-10-01", name: "国庆节" }],
        adjustedWorkingDays: [],
      });
      expect(result).toEqual({
        ok: false,
        errors: [{ field: "year", code: "HOLIDAY_CALENDAR_YEAR_INVALID", message: "年份应为 2000–2100 之间的整数" }],
      });
    }
  });
});
