import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { participationReferenceDate, participationShare, youngEntrantBornAfter } from "./participation.ts";
import { isYoungWorker } from "./worker.ts";

describe("participationShare", () => {
  it("gives percents with one decimal, rounded half up", () => {
    expect(participationShare(1, 8)).toBe(12.5);
    expect(participationShare(1, 3)).toBe(33.3);
    expect(participationShare(2, 3)).toBe(66.7);
    // 1 of 16 is 6.25%: the half rounds up to 6.3.
    expect(participationShare(1, 16)).toBe(6.3);
    expect(participationShare(0, 7)).toBe(0);
    expect(participationShare(7, 7)).toBe(100);
  });

  it("is null when nobody entered", () => {
    expect(participationShare(0, 0)).toBeNull();
  });

  it("refuses a part that is not within its whole", () => {
    expect(() => participationShare(3, 2)).toThrow(RangeError);
    expect(() => participationShare(-1, 2)).toThrow(RangeError);
    expect(() => participationShare(0.5, 2)).toThrow(RangeError);
    expect(() => participationShare(1, Number.NaN)).toThrow(RangeError);
  });

  it("is within half a tenth of the exact percent (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), (whole, seed) => {
        const part = seed % (whole + 1);
        const share = participationShare(part, whole) as number;
        const exact = (100 * part) / whole;
        expect(Math.abs(share - exact)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});

describe("the reference date of a year's statistics", () => {
  it("is 31 December, so a worker born on 1 January 1980 is still young in 2015 and one born in 1979 is not", () => {
    expect(participationReferenceDate(2015)).toBe("2015-12-31");
    expect(youngEntrantBornAfter(2015)).toBe("1979-12-31");
    expect(isYoungWorker("1980-01-01", participationReferenceDate(2015))).toBe(true);
    expect(isYoungWorker("1979-12-31", participationReferenceDate(2015))).toBe(false);
  });

  it("refuses what is not a year", () => {
    expect(() => participationReferenceDate(15.5)).toThrow(RangeError);
    expect(() => participationReferenceDate(999)).toThrow(RangeError);
    expect(() => participationReferenceDate(10000)).toThrow(RangeError);
  });
});
