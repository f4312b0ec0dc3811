import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fraction } from "./fraction.ts";

describe("Fraction", () => {
  it("adds 0.1 and 0.2 to exactly 0.3, which doubles do not", () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(Fraction.fromDecimal(0.1).plus(Fraction.fromDecimal(0.2)).equals(Fraction.fromDecimal("0.3"))).toBe(true);
  });

  it("keeps lowest terms with a positive denominator", () => {
    expect(Fraction.of(6, -8).toString()).toBe("-3/4");
    expect(Fraction.fromDecimal("8.50").toString()).toBe("17/2");
    expect(Fraction.of(0, 5).toString()).toBe("0");
  });

  it("rounds half away from zero for display", () => {
    // 85.125 = 681/8: ×100 = 8512.5 → 8513 → "85.13"
    expect(Fraction.fromDecimal("85.125").toFixed(2)).toBe("85.13");
    expect(Fraction.fromDecimal("85.124").toFixed(2)).toBe("85.12");
    // 2/3 = 0.666… → "0.67"; −2/3 → "-0.67"; −0.001 → "0.00" (no negative zero)
    expect(Fraction.of(2, 3).toFixed(2)).toBe("0.67");
    expect(Fraction.of(-2, 3).toFixed(2)).toBe("-0.67");
    expect(Fraction.fromDecimal("-0.001").toFixed(2)).toBe("0.00");
    expect(Fraction.fromDecimal("-2.5").toFixed(0)).toBe("-3");
    expect(Fraction.of(7).toFixed(2)).toBe("7.00");
  });

  it("multiplies, divides, compares and finds extremes", () => {
    // 100 × 87.3 ÷ 100 × 70% = 61.11
    const practical = Fraction.fromDecimal("87.3").times(100).dividedBy(100).times(Fraction.of(7, 10));
    expect(practical.toFixed(2)).toBe("61.11");
    expect(Fraction.of(1, 3).compare(Fraction.of(2, 6))).toBe(0);
    expect(Fraction.of(1, 3).compare(Fraction.of(1, 2))).toBe(-1);
    expect(Fraction.max([Fraction.of(1, 3), Fraction.of(1, 2), Fraction.of(-4)]).toString()).toBe("1/2");
    expect(Fraction.min([Fraction.of(1, 3), Fraction.of(1, 2), Fraction.of(-4)]).toString()).toBe("-4");
    expect(Fraction.sum([Fraction.of(1, 3), Fraction.of(2, 3)]).toString()).toBe("1");
    expect(Fraction.fromDecimal("8.3").isMultipleOf(Fraction.fromDecimal("0.1"))).toBe(true);
    expect(Fraction.fromDecimal("8.35").isMultipleOf(Fraction.fromDecimal("0.1"))).toBe(false);
    expect(Fraction.fromDecimal(1e-7).toString()).toBe("1/10000000");
    expect(Fraction.of(3, 4).toNumber()).toBe(0.75);
    expect(Fraction.of(3, 4).isInteger()).toBe(false);
  });

  it("refuses what is not a number", () => {
    expect(() => Fraction.of(1, 0)).toThrow(RangeError);
    expect(() => Fraction.fromDecimal("8,5")).toThrow(RangeError);
    expect(() => Fraction.fromDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => Fraction.of(0.5)).toThrow(RangeError);
    expect(() => Fraction.max([])).toThrow(RangeError);
    expect(() => Fraction.min([])).toThrow(RangeError);
  });

  it("agrees with exact decimal arithmetic on tenths (property)", () => {
    const tenths = fc.integer({ min: -100_000, max: 100_000 });
    fc.assert(
      fc.property(tenths, tenths, (a, b) => {
        const sum = Fraction.fromDecimal((a / 10).toFixed(1)).plus(Fraction.fromDecimal((b / 10).toFixed(1)));
        expect(sum.equals(Fraction.of(a + b, 10))).toBe(true);
        expect(sum.minus(Fraction.of(b, 10)).equals(Fraction.of(a, 10))).toBe(true);
      }),
    );
  });
});
