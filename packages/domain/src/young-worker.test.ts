import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isYoungWorker, youngWorkerBornAfter } from "./worker.ts";

describe("youngWorkerBornAfter", () => {
  it("on 2015-09-30 puts the bound at 1979-09-30: born that day is 36, born the next day is 35", () => {
    // 2015 − 35 − 1 = 1979; someone born 1979-09-30 turns 36 on 2015-09-30.
    expect(youngWorkerBornAfter("2015-09-30")).toBe("1979-09-30");
    expect(isYoungWorker("1979-09-30", "2015-09-30")).toBe(false);
    expect(isYoungWorker("1979-10-01", "2015-09-30")).toBe(true);
  });

  it("keeps 29 February when the bound year is a leap year, and clamps it when it is not", () => {
    // 2016 − 36 = 1980, a leap year.
    expect(youngWorkerBornAfter("2016-02-29")).toBe("1980-02-29");
    // 1936 − 36 = 1900, not a leap year (a century not divisible by 400): 1900-02-28.
    expect(youngWorkerBornAfter("1936-02-29")).toBe("1900-02-28");
  });

  it("agrees with isYoungWorker for every birth date and day (property)", () => {
    const day = fc.date({
      min: new Date("1950-01-01T00:00:00Z"),
      max: new Date("2099-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, day, (birth, today) => {
        const birthDate = birth.toISOString().slice(0, 10);
        const todayDate = today.toISOString().slice(0, 10);
        fc.pre(birthDate <= todayDate);
        expect(birthDate > youngWorkerBornAfter(todayDate)).toBe(isYoungWorker(birthDate, todayDate));
      }),
      { numRuns: 2000 },
    );
  });
});
