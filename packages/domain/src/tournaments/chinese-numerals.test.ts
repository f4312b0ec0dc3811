import { describe, expect, it } from "vitest";
import { chineseCount, chineseNumeral, signedText } from "./chinese-numerals.ts";

describe("Chinese numerals", () => {
  it("writes counts as they are read", () => {
    expect([0, 1, 3, 9, 10, 11, 20, 32, 99, 128].map(chineseNumeral)).toEqual([
      "零",
      "一",
      "三",
      "九",
      "十",
      "十一",
      "二十",
      "三十二",
      "九十九",
      "128",
    ]);
    expect(chineseCount(2, "人")).toBe("两人");
    expect(chineseCount(3, "对")).toBe("三对");
    expect(() => chineseNumeral(-1)).toThrow(RangeError);
  });

  it("always shows the sign of a difference", () => {
    expect([3, 0, -5].map(signedText)).toEqual(["+3", "0", "-5"]);
  });
});
