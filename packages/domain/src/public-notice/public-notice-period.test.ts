import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weekdayOfCalendarDate } from "../calendar-days.ts";
import { chinaHolidayCalendar2015, chinaHolidayCalendar2016 } from "./official-holiday-calendars.ts";
import {
  computePublicNoticePeriod,
  describePublicNoticePeriod,
  hasPublicNoticeEnded,
  isWithinPublicNotice,
  type PublicNoticePeriod,
  remainingPublicNoticeWorkingDays,
} from "./public-notice-period.ts";
import { defaultPublicNoticeRule } from "./public-notice-rule.ts";
import { countWorkingDays } from "./working-day-arithmetic.ts";
import { workingDayCalendarOf } from "./working-day-calendar.ts";

/*
 * The 2015 arrangement, 国办发明电〔2014〕28号 (国务院办公厅, 16 December 2014):
 *   六、中秋节：9月27日放假。            27 September 2015 was a Sunday; no day in lieu.
 *   七、国庆节：10月1日至7日放假调休，共7天。10月10日（星期六）上班。
 * Weekdays: 2015-09-29 Tuesday, 10-01 Thursday, 10-07 Wednesday, 10-10 Saturday, 10-12 Monday.
 * The 2016 arrangement, 国办发明电〔2015〕18号: 一、元旦：1月1日放假，与周末连休。2016-01-01 was a
 * Friday, so there is no adjusted working day around it.
 */
const calendar = workingDayCalendarOf([chinaHolidayCalendar2015, chinaHolidayCalendar2016]);
const only2015 = workingDayCalendarOf([chinaHolidayCalendar2015]);

function periodOf(publishedAt: string, workingDays = 5): PublicNoticePeriod {
  const outcome = computePublicNoticePeriod(
    calendar,
    { ...defaultPublicNoticeRule, workingDays },
    new Date(publishedAt),
  );
  if (!outcome.ok) throw new Error(outcome.reasons.map((reason) => reason.message).join("; "));
  return outcome.period;
}

describe("computePublicNoticePeriod: the National Day 2015 worked example", () => {
  // Published Tuesday 2015-09-29 at 10:00 China time (02:00 UTC). Day by day:
  //   09-29 Tue  publication day — not counted
  //   09-30 Wed  working day      — day 1 (first day)
  //   10-01 Thu … 10-07 Wed  国庆节 — not counted (10-03 Sat and 10-04 Sun are weekends anyway)
  //   10-08 Thu  working day      — day 2
  //   10-09 Fri  working day      — day 3
  //   10-10 Sat  调休上班          — day 4
  //   10-11 Sun  weekend          — not counted
  //   10-12 Mon  working day      — day 5 → 公示截止日期 2015-10-12
  const period = periodOf("2015-09-29T02:00:00Z");

  it("starts on the first working day after publication and ends after five working days", () => {
    expect(period.publishedOn).toBe("2015-09-29");
    expect(period.firstDay).toBe("2015-09-30");
    expect(period.endDate).toBe("2015-10-12");
    expect(period.workingDates).toEqual(["2015-09-30", "2015-10-08", "2015-10-09", "2015-10-10", "2015-10-12"]);
    expect(describePublicNoticePeriod(period)).toBe("公示期：2015年9月30日至2015年10月12日（5 个工作日）");
  });

  it("knows which days are within the period (holidays between included)", () => {
    expect(isWithinPublicNotice(period, "2015-09-29")).toBe(false);
    expect(isWithinPublicNotice(period, "2015-09-30")).toBe(true);
    expect(isWithinPublicNotice(period, "2015-10-04")).toBe(true);
    expect(isWithinPublicNotice(period, "2015-10-12")).toBe(true);
    expect(isWithinPublicNotice(period, "2015-10-13")).toBe(false);
  });

  it("counts the working days remaining, today included", () => {
    expect(remainingPublicNoticeWorkingDays(period, "2015-09-29")).toBe(5); // before day 1
    expect(remainingPublicNoticeWorkingDays(period, "2015-09-30")).toBe(5); // day 1 itself
    expect(remainingPublicNoticeWorkingDays(period, "2015-10-01")).toBe(4); // 10-08, 10-09, 10-10, 10-12
    expect(remainingPublicNoticeWorkingDays(period, "2015-10-10")).toBe(2); // 10-10, 10-12
    expect(remainingPublicNoticeWorkingDays(period, "2015-10-11")).toBe(1); // 10-12
    expect(remainingPublicNoticeWorkingDays(period, "2015-10-12")).toBe(1); // the end date, until midnight
    expect(remainingPublicNoticeWorkingDays(period, "2015-10-13")).toBe(0);
  });

  it("has ended only from the day after the end date", () => {
    expect(hasPublicNoticeEnded(period, "2015-10-12")).toBe(false);
    expect(hasPublicNoticeEnded(period, "2015-10-13")).toBe(true);
  });
});

describe("computePublicNoticePeriod: other worked examples", () => {
  it("uses the China date of publication: 23:59:59 and 00:00:00 China time differ by a whole day", () => {
    // 2015-09-29T15:59:59Z is 09-29 23:59:59 in China: the National Day example, ending 10-12.
    expect(periodOf("2015-09-29T15:59:59Z").endDate).toBe("2015-10-12");
    // 2015-09-29T16:00:00Z is already Wednesday 09-30 in China: 10-08 (1), 10-09 (2), 10-10 Sat 调休 (3),
    // [10-11 Sun], 10-12 (4), 10-13 Tue (5).
    const late = periodOf("2015-09-29T16:00:00Z");
    expect(late.publishedOn).toBe("2015-09-30");
    expect(late.workingDates).toEqual(["2015-10-08", "2015-10-09", "2015-10-10", "2015-10-12", "2015-10-13"]);
  });

  it("skips 中秋节 (Sunday 2015-09-27) when published the Friday before", () => {
    // Published Fri 2015-09-25: [09-26 Sat, 09-27 Sun 中秋节], 09-28 Mon (1), 09-29 (2), 09-30 (3),
    // [10-01 … 10-07 国庆节], 10-08 (4), 10-09 (5) → ends Friday 2015-10-09.
    const period = periodOf("2015-09-25T01:00:00Z");
    expect(period.firstDay).toBe("2015-09-28");
    expect(period.endDate).toBe("2015-10-09");
    // With a 6-working-day period the 6th day is Saturday 10-10, the adjusted working day.
    expect(periodOf("2015-09-25T01:00:00Z", 6).endDate).toBe("2015-10-10");
  });

  it("crosses New Year 2016", () => {
    // Published Tue 2015-12-29 10:00 China: 12-30 Wed (1), 12-31 Thu (2), [2016-01-01 Fri 元旦,
    // 01-02 Sat, 01-03 Sun], 01-04 Mon (3), 01-05 Tue (4), 01-06 Wed (5) → ends 2016-01-06.
    const period = periodOf("2015-12-29T02:00:00Z");
    expect(period.workingDates).toEqual(["2015-12-30", "2015-12-31", "2016-01-04", "2016-01-05", "2016-01-06"]);
    expect(describePublicNoticePeriod(period)).toBe("公示期：2015年12月30日至2016年1月6日（5 个工作日）");
  });

  it("refuses to count through a year whose arrangement is not entered", () => {
    const outcome = computePublicNoticePeriod(only2015, defaultPublicNoticeRule, new Date("2015-12-29T02:00:00Z"));
    expect(outcome).toEqual({
      ok: false,
      reasons: [
        {
          code: "HOLIDAY_CALENDAR_MISSING",
          message: "尚未录入 2016 年的节假日安排，无法计算公示截止日期，请系统管理员先录入",
        },
      ],
    });
    // A period that stays inside 2015 needs no 2016 arrangement.
    expect(computePublicNoticePeriod(only2015, defaultPublicNoticeRule, new Date("2015-09-29T02:00:00Z")).ok).toBe(
      true,
    );
  });

  it("does not need the publication year when the period lies wholly in the next one", () => {
    // Published Wed 2014-12-31: [2015-01-01 … 01-03 元旦], 01-04 Sun 调休上班 (1), 01-05 (2), 01-06 (3),
    // 01-07 (4), 01-08 Thu (5).
    const outcome = computePublicNoticePeriod(only2015, defaultPublicNoticeRule, new Date("2014-12-31T02:00:00Z"));
    expect(outcome.ok && outcome.period.workingDates).toEqual([
      "2015-01-04",
      "2015-01-05",
      "2015-01-06",
      "2015-01-07",
      "2015-01-08",
    ]);
  });

  it("throws on a rule that did not pass validation", () => {
    const rule = { ...defaultPublicNoticeRule, workingDays: 0 };
    expect(() => computePublicNoticePeriod(calendar, rule, new Date("2015-09-29T02:00:00Z"))).toThrow(RangeError);
  });
});

describe("properties", () => {
  // Instants from 2015-01-01 to 2016-10-31 China time, to the second: 30 working days later is still 2016.
  const publishedAt = fc
    .integer({ min: Date.UTC(2014, 11, 31, 16), max: Date.UTC(2016, 9, 31, 16) })
    .map((ms) => new Date(Math.floor(ms / 1000) * 1000));

  it("the end date is never a holiday, nor a weekend day unless it is an adjusted working day", () => {
    fc.assert(
      fc.property(publishedAt, fc.integer({ min: 1, max: 30 }), (at, workingDays) => {
        const outcome = computePublicNoticePeriod(calendar, { ...defaultPublicNoticeRule, workingDays }, at);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const { endDate, publishedOn, firstDay } = outcome.period;
        expect(calendar.holidays.has(endDate)).toBe(false);
        if (weekdayOfCalendarDate(endDate) % 6 === 0) expect(calendar.adjustedWorkingDays.has(endDate)).toBe(true);
        expect(countWorkingDays(calendar, publishedOn, endDate)).toBe(workingDays);
        expect(countWorkingDays(calendar, publishedOn, firstDay)).toBe(1);
        expect(remainingPublicNoticeWorkingDays(outcome.period, publishedOn)).toBe(workingDays);
      }),
    );
  });
});
