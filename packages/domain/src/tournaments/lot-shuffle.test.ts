import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shuffleByLotNumber } from "./lot-shuffle.ts";

describe("lots by number", () => {
  it("the same lot number always gives the same order", () => {
    const entrants = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"];
    const first = shuffleByLotNumber(entrants, 20150926);
    expect(shuffleByLotNumber(entrants, 20150926)).toEqual(first);
    expect(entrants).toEqual(["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"]);
    expect(shuffleByLotNumber(entrants, 20150927)).not.toEqual(first);
  });

  it("is a permutation of what was given", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 0, max: 0xffffffff }), (items, lotNumber) => {
        expect([...shuffleByLotNumber(items, lotNumber)].sort()).toEqual([...items].sort());
      }),
    );
  });

  it("refuses a lot number that is not a whole number from 0 to 2^32 - 1", () => {
    expect(() => shuffleByLotNumber([1, 2], -1)).toThrow(RangeError);
    expect(() => shuffleByLotNumber([1, 2], 1.5)).toThrow(RangeError);
    expect(() => shuffleByLotNumber([1, 2], 2 ** 32)).toThrow(RangeError);
  });
});
