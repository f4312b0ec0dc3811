import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { ceilingOfFraction, exactQuotaText, floorOfFraction, sharePercentText } from "./quota-arithmetic.ts";

describe("quota arithmetic", () => {
  it("takes floors and ceilings exactly, below zero too", () => {
    expect(floorOfFraction(Fraction.of(7, 2))).toBe(3n);
    expect(floorOfFraction(Fraction.of(-7, 2))).toBe(-4n);
    expect(floorOfFraction(Fraction.of(-4))).toBe(-4n);
    expect(ceilingOfFraction(Fraction.of(7, 2))).toBe(4n);
    expect(ceilingOfFraction(Fraction.of(-7, 2))).toBe(-3n);
    expect(ceilingOfFraction(Fraction.of(6))).toBe(6n);
  });

  it("shows exact decimals, or the fraction beside four decimals", () => {
    expect(exactQuotaText(Fraction.of(71, 25))).toBe("2.84");
    expect(exactQuotaText(Fraction.of(150000))).toBe("150000");
    expect(exactQuotaText(Fraction.of(1207, 750))).toBe("1207/750 ≈ 1.6093");
  });

  it("shows shares as percentages with two decimals", () => {
    // 2 ÷ 11 = 0.181818… → 18.18%; 6 ÷ 11 = 0.545454… → 54.55%.
    expect(sharePercentText(Fraction.of(2, 11))).toBe("18.18%");
    expect(sharePercentText(Fraction.of(6, 11))).toBe("54.55%");
    expect(sharePercentText(Fraction.of(1, 2))).toBe("50.00%");
  });
});
