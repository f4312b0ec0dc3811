import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { parseScoreDecimal, scoreDecimalText } from "./score-decimal.ts";

describe("score decimals", () => {
  it("reads decimal text and numbers exactly, and answers null for anything else", () => {
    expect(parseScoreDecimal(" 8.5 ")?.toString()).toBe("17/2");
    expect(parseScoreDecimal("-0.5")?.toString()).toBe("-1/2");
    expect(parseScoreDecimal(0.1)?.toString()).toBe("1/10");
    for (const bad of ["", "8,5", ".5", "8.", "1e2", "八", Number.NaN, Number.POSITIVE_INFINITY, null, undefined]) {
      expect(parseScoreDecimal(bad)).toBeNull();
    }
  });

  it("writes a sum of decimal scores back as exact decimal text", () => {
    expect(scoreDecimalText(Fraction.of(179, 2))).toBe("89.5");
    expect(scoreDecimalText(Fraction.of(90))).toBe("90");
    // 0.1 + 0.2 = 0.3 exactly
    expect(scoreDecimalText(Fraction.fromDecimal("0.1").plus(Fraction.fromDecimal("0.2")))).toBe("0.3");
    expect(scoreDecimalText(Fraction.fromDecimal("84.125"))).toBe("84.125");
    expect(() => scoreDecimalText(Fraction.of(1, 3))).toThrow(RangeError);
  });
});
