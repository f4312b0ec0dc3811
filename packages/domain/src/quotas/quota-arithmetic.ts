import { Fraction } from "../exact/fraction.ts";
import { scoreDecimalText } from "../judging/score-decimal.ts";

/**
 * Whole numbers and display text derived from exact fractions, shared by the quota split and the
 * composition limits. Kept in bigint so that no step ever passes through a binary double.
 */

/** ⌊value⌋, the whole part of a non-negative value. */
export function floorOfFraction(value: Fraction): bigint {
  const quotient = value.numerator / value.denominator;
  // bigint division truncates toward zero; below zero the floor is one further down.
  return value.numerator < 0n && quotient * value.denominator !== value.numerator ? quotient - 1n : quotient;
}

/** ⌈value⌉. */
export function ceilingOfFraction(value: Fraction): bigint {
  return -floorOfFraction(value.negated());
}

/** True when the value has a finite decimal expansion (its denominator has no prime but 2 and 5). */
function hasFiniteDecimal(value: Fraction): boolean {
  let rest = value.denominator;
  while (rest % 2n === 0n) rest /= 2n;
  while (rest % 5n === 0n) rest /= 5n;
  return rest === 1n;
}

/**
 * A value as the public can check it: the exact decimal when there is one ("2.84"), otherwise
 * the exact fraction with four decimals beside it ("1207/750 ≈ 1.6093"), so that two remainders
 * that look equal when rounded are never shown as if they were.
 */
export function exactQuotaText(value: Fraction): string {
  return hasFiniteDecimal(value) ? scoreDecimalText(value) : `${value.toString()} ≈ ${value.toFixed(4)}`;
}

/** A share of a list as a percentage with two decimals: 1/2 → "50.00%". */
export function sharePercentText(share: Fraction): string {
  return `${share.times(Fraction.of(100)).toFixed(2)}%`;
}
