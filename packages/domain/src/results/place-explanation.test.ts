import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { explainPlace } from "./place-explanation.ts";

const a = { entryId: 1, name: "甲", total: Fraction.of(80), tieBreakValues: [Fraction.of(90)] };
const b = { entryId: 2, name: "乙", total: Fraction.of(80), tieBreakValues: [Fraction.of(90)] };

describe("explainPlace: programmer errors", () => {
  it("refuses to call an entry alone while it is still tied", () => {
    expect(() => explainPlace(a, [a, b], ["实操成绩"], { kind: "ALONE", place: 1 })).toThrow(RangeError);
  });

  it("refuses entries whose tie-break values do not match the labels", () => {
    expect(() => explainPlace(a, [a, b], ["实操成绩", "理论成绩"], { kind: "SHARED", place: 1 })).toThrow(RangeError);
  });
});
