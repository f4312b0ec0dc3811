import { describe, expect, it } from "vitest";
import { chinaToday, daysUntil, formatClock, formatDay, formatDayTime } from "./format.ts";

describe("dates in China time", () => {
  it("formats a calendar day and an instant in China time whatever the phone's zone", () => {
    expect(formatDay("2015-09-28", "zh")).toBe("2015年9月28日");
    // 16:30 UTC on the 27th is 00:30 on the 28th in China.
    expect(formatDay("2015-09-27T16:30:00Z", "zh")).toBe("2015年9月28日");
    expect(formatDayTime("2015-09-28T06:30:00Z", "zh")).toBe("9月28日 14:30");
    // English wording varies between ICU versions ("28 September at 14:30"); the parts do not.
    expect(formatDayTime("2015-09-28T06:30:00Z", "en")).toMatch(/^28 September\b.*14:30$/);
  });

  it("counts days to a deadline from today's China day", () => {
    const lateEveningUtc = new Date("2015-09-27T17:00:00Z"); // already the 28th in China
    expect(chinaToday(lateEveningUtc)).toBe("2015-09-28");
    expect(daysUntil("2015-09-28", lateEveningUtc)).toBe(0);
    expect(daysUntil("2015-10-01", lateEveningUtc)).toBe(3);
    expect(daysUntil("2015-09-27", lateEveningUtc)).toBe(-1);
  });
});

describe("formatClock", () => {
  it("shows the instant in China time", () => {
    expect(formatClock("2015-08-01T07:30:05.000Z")).toBe("15:30:05");
    expect(formatClock("2015-08-01T16:00:00.000Z")).toBe("00:00:00");
  });
});
