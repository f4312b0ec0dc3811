import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../china-time.ts";
import { deadlineFromPhrase } from "./deadline-phrase.ts";

function dateOf(phrase: string, year: number): string | null {
  const reading = deadlineFromPhrase(phrase, year);
  return reading.ok ? reading.date : null;
}

describe("the task table's 完成时限 in 2015 (worked examples)", () => {
  it.each([
    // The month's last day: April has 30 days, October 31.
    ["四月末前", "2015-04-30"],
    ["十月末前", "2015-10-31"],
    ["六月末前", "2015-06-30"],
    // 上旬 is days 1–10, 中旬 11–20: the deadline is the period's last day.
    ["六月上旬", "2015-06-10"],
    ["八月上旬", "2015-08-10"],
    ["八月上旬前", "2015-08-10"],
    ["六月中旬前", "2015-06-20"],
    // 下旬 is 21 to the month's end: September has 30 days.
    ["九月下旬", "2015-09-30"],
    // Year-long and year-end tasks are due by 31 December.
    ["年底前", "2015-12-31"],
    ["全年", "2015-12-31"],
    // 十一 is National Day (1 October): the day before.
    ["十一前", "2015-09-30"],
  ])("%s → %s", (phrase, date) => {
    expect(deadlineFromPhrase(phrase, 2015)).toEqual({ ok: true, date });
  });
});

describe("other readings", () => {
  it("February's end follows leap years", () => {
    // 2016 is divisible by 4 and not by 100: leap; 2015 and 1900 (divisible by 100, not 400) are not.
    expect(dateOf("二月末前", 2016)).toBe("2016-02-29");
    expect(dateOf("二月底", 2015)).toBe("2015-02-28");
    expect(dateOf("2月下旬", 1900)).toBe("1900-02-28");
    expect(dateOf("二月末", 2000)).toBe("2000-02-29");
  });

  it("accepts digits, 月底, 以前/之前, spaces, and a named day", () => {
    expect(dateOf("4月末前", 2015)).toBe("2015-04-30");
    expect(dateOf("十二月底以前", 2015)).toBe("2015-12-31");
    expect(dateOf(" 十一月 上旬 之前 ", 2015)).toBe("2015-11-10");
    expect(dateOf("六月十五日前", 2015)).toBe("2015-06-15");
    expect(dateOf("3月21日", 2015)).toBe("2015-03-21");
    expect(dateOf("十月三十一日前", 2015)).toBe("2015-10-31");
    expect(dateOf("十月二十日", 2015)).toBe("2015-10-20");
    expect(dateOf("年内", 2015)).toBe("2015-12-31");
    expect(dateOf("年末前", 2015)).toBe("2015-12-31");
    expect(dateOf("年终", 2015)).toBe("2015-12-31");
  });

  it("the days before other holidays", () => {
    expect(dateOf("五一前", 2015)).toBe("2015-04-30");
    expect(dateOf("七一前", 2015)).toBe("2015-06-30");
    expect(dateOf("国庆前", 2015)).toBe("2015-09-30");
    expect(dateOf("国庆节前", 2015)).toBe("2015-09-30");
  });

  it("refuses what it cannot read, asking for a date", () => {
    const reading = deadlineFromPhrase("与省大赛时间对接", 2015);
    expect(reading).toEqual({
      ok: false,
      reasons: [
        { code: "DEADLINE_PHRASE_UNKNOWN", message: "无法把完成时限“与省大赛时间对接”换算为日期，请直接填写具体日期" },
      ],
    });
    for (const phrase of [
      "",
      "十一", // the holiday itself, not a deadline
      "六月前", // May or June?
      "十三月末前",
      "零月末",
      "二月三十日",
      "四月零日",
      "四月三十二日",
      "一二月末",
      "月末",
      "十十月末",
    ]) {
      expect(deadlineFromPhrase(phrase, 2015).ok).toBe(false);
    }
  });

  it("a year that is not a year is a programmer's error", () => {
    expect(() => deadlineFromPhrase("全年", 2015.5)).toThrow(RangeError);
    expect(() => deadlineFromPhrase("全年", 0)).toThrow(RangeError);
  });
});

describe("properties", () => {
  const monthNames = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

  it("every month's 末, 上旬, 中旬, 下旬 is a real date of that year and month, in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const name = monthNames[month - 1] as string;
        const end = dateOf(`${name}月末前`, year);
        const early = dateOf(`${name}月上旬`, year);
        const middle = dateOf(`${name}月中旬`, year);
        const late = dateOf(`${month}月下旬`, year);
        const prefix = `${year}-${String(month).padStart(2, "0")}-`;
        for (const date of [end, early, middle, late]) {
          expect(date !== null && isCalendarDate(date) && date.startsWith(prefix)).toBe(true);
        }
        expect(late).toBe(end);
        expect((early as string) < (middle as string) && (middle as string) < (end as string)).toBe(true);
      }),
    );
  });
});
