import { describe, expect, it } from "vitest";
import { basicsOf, emptyBasics, missingBasics, yearUnreadable } from "./basics-form.ts";

describe("the basics step", () => {
  it("needs a code, name, year and department for a new activity", () => {
    const basics = emptyBasics(2015);
    expect(basics.year).toBe("2015");
    expect(missingBasics(basics, false)).toEqual(["code", "name", "departmentId"]);
    expect(missingBasics({ ...basics, code: "HC-2015", name: "职工合唱比赛", departmentId: "3" }, false)).toEqual([]);
  });

  it("needs only the name when a draft is edited, and reads the stored dates as text", () => {
    const basics = basicsOf({
      kind: "PERFORMANCE_CONTEST",
      code: "HC-2015",
      name: " ",
      year: 2015,
      departmentId: "3",
      registrationOpensOn: "2015-06-01",
      registrationClosesOn: null,
    });
    expect(basics).toMatchObject({ year: "2015", registrationOpensOn: "2015-06-01", registrationClosesOn: "" });
    expect(missingBasics(basics, true)).toEqual(["name"]);
  });

  it("reads a year only as four digits", () => {
    expect(yearUnreadable({ ...emptyBasics(2015), year: "2015" })).toBe(false);
    expect(yearUnreadable({ ...emptyBasics(2015), year: "15" })).toBe(true);
    expect(yearUnreadable({ ...emptyBasics(2015), year: "二〇一五" })).toBe(true);
    // Empty is "missing", said by missingBasics.
    expect(yearUnreadable({ ...emptyBasics(2015), year: "" })).toBe(false);
  });
});
