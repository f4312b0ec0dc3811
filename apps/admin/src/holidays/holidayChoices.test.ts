import { describe, expect, it } from "vitest";
import { holidayKindChoices, holidayYearChoices, yearOfDay } from "./holidayChoices.ts";

describe("holiday choices", () => {
  it("offers both kinds as i18n keys", () => {
    expect(holidayKindChoices.map((choice) => choice.name)).toEqual([
      "resources.Holiday.kinds.HOLIDAY",
      "resources.Holiday.kinds.ADJUSTED_WORKING_DAY",
    ]);
  });

  it("offers the years from 2015 to next year, newest first", () => {
    expect(holidayYearChoices(2016).map((choice) => choice.id)).toEqual([2017, 2016, 2015]);
    expect(holidayYearChoices(2010).map((choice) => choice.id)).toEqual([2015]);
  });

  it("reads the year of a complete day only", () => {
    expect(yearOfDay("2015-10-01")).toBe(2015);
    expect(yearOfDay("2015-10")).toBeNull();
    expect(yearOfDay(null)).toBeNull();
  });
});
