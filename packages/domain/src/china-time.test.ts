import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ageOn,
  calendarDateToStored,
  chinaDateOf,
  formatChineseDate,
  isCalendarDate,
  startOfChinaDay,
  storedToCalendarDate,
} from "./china-time.ts";

describe("startOfChinaDay", () => {
  it("is 16:00 UTC of the day before, the first instant chinaDateOf gives that day", () => {
    expect(startOfChinaDay("2015-10-01").toISOString()).toBe("2015-09-30T16:00:00.000Z");
    expect(startOfChinaDay("2015-01-01").toISOString()).toBe("2014-12-31T16:00:00.000Z");
    expect(chinaDateOf(startOfChinaDay("2016-02-29"))).toBe("2016-02-29");
    expect(chinaDateOf(new Date(startOfChinaDay("2016-02-29").getTime() - 1))).toBe("2016-02-28");
  });
});

describe("chinaDateOf", () => {
  it("2015-09-30T16:30:00Z is already National Day, 2015-10-01, in China", () => {
    // 16:30 UTC + 8 h = 00:30 the next day.
    expect(chinaDateOf(new Date("2015-09-30T16:30:00Z"))).toBe("2015-10-01");
  });

  it("changes date at 16:00 UTC, China midnight", () => {
    expect(chinaDateOf(new Date("2015-09-30T15:59:59.999Z"))).toBe("2015-09-30");
    expect(chinaDateOf(new Date("2015-09-30T16:00:00.000Z"))).toBe("2015-10-01");
    expect(chinaDateOf(new Date("2015-09-30T00:00:00.000Z"))).toBe("2015-09-30");
  });

  it("crosses month, year and leap-day boundaries", () => {
    expect(chinaDateOf(new Date("2014-12-31T16:00:00Z"))).toBe("2015-01-01");
    expect(chinaDateOf(new Date("2016-02-28T16:00:00Z"))).toBe("2016-02-29");
    expect(chinaDateOf(new Date("2015-02-28T16:00:00Z"))).toBe("2015-03-01");
  });

  it("agrees with the Asia/Shanghai time zone for every instant since 1992 (no daylight saving)", () => {
    const shanghai = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" });
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1992-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        (instant) => {
          expect(chinaDateOf(instant)).toBe(shanghai.format(instant));
        },
      ),
    );
  });
});

describe("isCalendarDate", () => {
  it("accepts real dates, including 29 February in leap years", () => {
    for (const date of ["2015-03-18", "2016-02-29", "2000-02-29", "2015-12-31", "1900-01-01"]) {
      expect(isCalendarDate(date)).toBe(true);
    }
  });

  it("refuses impossible dates and other formats", () => {
    for (const text of [
      "2015-02-29", // 2015 is not a leap year
      "1900-02-29", // divisible by 100, not by 400
      "1999-02-30",
      "2015-04-31",
      "2015-13-01",
      "2015-00-10",
      "2015-01-00",
      "2015-1-1",
      "20150101",
      "2015/01/01",
      "2015-01-01T00:00:00Z",
      "",
    ]) {
      expect(isCalendarDate(text)).toBe(false);
    }
  });

  it("accepts every day from 1900 to 2100", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }),
        (d) => {
          expect(isCalendarDate(d.toISOString().slice(0, 10))).toBe(true);
        },
      ),
    );
  });
});

describe("ageOn", () => {
  it("counts the birthday itself as the new year", () => {
    expect(ageOn("1990-08-15", "2015-08-14")).toBe(24);
    expect(ageOn("1990-08-15", "2015-08-15")).toBe(25);
    expect(ageOn("1990-08-15", "2015-08-16")).toBe(25);
  });

  it("looks at the month before the day", () => {
    expect(ageOn("1990-08-15", "2015-07-31")).toBe(24); // later day, earlier month
    expect(ageOn("1990-08-15", "2015-09-01")).toBe(25); // earlier day, later month
  });

  it("is 0 on the day of birth and before the first birthday", () => {
    expect(ageOn("2015-10-01", "2015-10-01")).toBe(0);
    expect(ageOn("2015-10-01", "2016-09-30")).toBe(0);
    expect(ageOn("2015-10-01", "2016-10-01")).toBe(1);
  });

  it("someone born on 29 February has their birthday on 1 March in common years", () => {
    expect(ageOn("2000-02-29", "2015-02-28")).toBe(14);
    expect(ageOn("2000-02-29", "2015-03-01")).toBe(15);
  });

  it("someone born on 29 February has their birthday on 29 February in leap years", () => {
    expect(ageOn("2000-02-29", "2016-02-28")).toBe(15);
    expect(ageOn("2000-02-29", "2016-02-29")).toBe(16);
    expect(ageOn("2000-02-29", "2016-03-01")).toBe(16);
  });

  it("someone born on 28 February or 1 March is unaffected by leap years", () => {
    expect(ageOn("2000-02-28", "2015-02-28")).toBe(15);
    expect(ageOn("2000-03-01", "2016-02-29")).toBe(15);
    expect(ageOn("2000-03-01", "2016-03-01")).toBe(16);
  });

  it("is n on the n-th birthday and n − 1 the day before", () => {
    const born = fc
      .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2050-12-31T00:00:00Z"), noInvalidDate: true })
      .filter((d) => !(d.getUTCMonth() === 1 && d.getUTCDate() === 29));
    fc.assert(
      fc.property(born, fc.integer({ min: 1, max: 100 }), (birth, n) => {
        const birthday = new Date(birth);
        birthday.setUTCFullYear(birth.getUTCFullYear() + n);
        const dayBefore = new Date(birthday.getTime() - 24 * 60 * 60 * 1000);
        const iso = (d: Date) => d.toISOString().slice(0, 10);
        expect(ageOn(iso(birth), iso(birthday))).toBe(n);
        expect(ageOn(iso(birth), iso(dayBefore))).toBe(n - 1);
      }),
    );
  });
});

describe("stored dates and formatting", () => {
  it("stores a calendar date as 00:00 UTC and reads it back unchanged", () => {
    expect(calendarDateToStored("2015-10-01").toISOString()).toBe("2015-10-01T00:00:00.000Z");
    expect(storedToCalendarDate(calendarDateToStored("2016-02-29"))).toBe("2016-02-29");
  });

  it("writes dates the Chinese way, without leading zeros", () => {
    expect(formatChineseDate("2015-03-18")).toBe("2015年3月18日");
    expect(formatChineseDate("2015-10-01")).toBe("2015年10月1日");
  });
});
