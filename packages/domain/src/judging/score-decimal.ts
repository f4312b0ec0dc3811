import { Fraction } from "../exact/fraction.ts";

/**
 * Scores, maxima and steps arrive as decimal text typed by people ("8.5", "50") or as numbers from
 * a form. They are read exactly, and anything that is not a plain decimal is answered with null so
 * that the caller can say which field is wrong instead of throwing.
 */
export function parseScoreDecimal(value: string | number | null | undefined): Fraction | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? Fraction.fromDecimal(value) : null;
  const text = value.trim();
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Fraction.fromDecimal(text) : null;
}

/**
 * The exact decimal text of a value whose denominator divides a power of ten (every sum of
 * decimal scores does), for storing a total without rounding: 179/2 → "89.5", 5 → "5".
 */
export function scoreDecimalText(value: Fraction): string {
  for (let digits = 0; digits <= 20; digits++) {
    if (value.times(Fraction.of(10n ** BigInt(digits))).isInteger()) return value.toFixed(digits);
  }
  throw new RangeError(`${value.toString()} has no short exact decimal form`);
}
