/**
 * Exact rational numbers for scores. Judges score in steps of 0.1, totals divide by maxima and
 * multiply by weights: in binary floating point 0.1 + 0.2 ≠ 0.3, and two entrants whose totals are
 * equal on paper could be ranked apart by a rounding error. Every score, mean and total is kept as
 * a fraction of integers, compared exactly, and rounded only for display.
 */
export class Fraction {
  /** Always in lowest terms with a positive denominator. */
  readonly numerator: bigint;
  readonly denominator: bigint;

  private constructor(numerator: bigint, denominator: bigint) {
    if (denominator === 0n) throw new RangeError("division by zero");
    const sign = denominator < 0n ? -1n : 1n;
    const divisor = gcd(abs(numerator), abs(denominator)) || 1n;
    this.numerator = (sign * numerator) / divisor;
    this.denominator = (sign * denominator) / divisor;
  }

  static readonly zero = new Fraction(0n, 1n);

  static of(numerator: bigint | number, denominator: bigint | number = 1n): Fraction {
    return new Fraction(toBigInt(numerator), toBigInt(denominator));
  }

  /**
   * A decimal as written ("8.5", 8.5, "-0.25") taken exactly: 8.5 becomes 17/2, not the binary
   * double nearest to it. Numbers are read through their shortest decimal representation.
   */
  static fromDecimal(value: number | string): Fraction {
    const text = typeof value === "number" ? numberToDecimalText(value) : value.trim();
    const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match) throw new RangeError(`not a decimal number: ${text}`);
    const [, sign, whole, fraction = ""] = match;
    const numerator = BigInt(`${whole}${fraction}`) * (sign === "-" ? -1n : 1n);
    return new Fraction(numerator, 10n ** BigInt(fraction.length));
  }

  plus(other: Fraction): Fraction {
    return new Fraction(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  minus(other: Fraction): Fraction {
    return this.plus(other.negated());
  }

  times(other: Fraction | number): Fraction {
    const factor = other instanceof Fraction ? other : Fraction.fromDecimal(other);
    return new Fraction(this.numerator * factor.numerator, this.denominator * factor.denominator);
  }

  dividedBy(other: Fraction | number): Fraction {
    const divisor = other instanceof Fraction ? other : Fraction.fromDecimal(other);
    return new Fraction(this.numerator * divisor.denominator, this.denominator * divisor.numerator);
  }

  negated(): Fraction {
    return new Fraction(-this.numerator, this.denominator);
  }

  /** Negative, zero or positive as this is less than, equal to or greater than `other`. */
  compare(other: Fraction): number {
    const difference = this.numerator * other.denominator - other.numerator * this.denominator;
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  }

  equals(other: Fraction): boolean {
    return this.compare(other) === 0;
  }

  isInteger(): boolean {
    return this.denominator === 1n;
  }

  /** True when this is a whole multiple of `step` (e.g. a score in steps of 0.1). */
  isMultipleOf(step: Fraction): boolean {
    return this.dividedBy(step).isInteger();
  }

  /** The nearest double, for charts and statistics that need no exactness. */
  toNumber(): number {
    return Number(this.numerator) / Number(this.denominator);
  }

  /**
   * Rounded half away from zero to `digits` decimals, as people round by hand:
   * 85.125 → "85.13", 85.124 → "85.12", −2.5 with 0 digits → "-3".
   */
  toFixed(digits = 2): string {
    const scale = 10n ** BigInt(digits);
    const scaled = abs(this.numerator) * scale;
    let units = scaled / this.denominator;
    if ((scaled % this.denominator) * 2n >= this.denominator) units += 1n;
    const negative = this.numerator < 0n && units !== 0n;
    const text = units.toString().padStart(digits + 1, "0");
    const whole = text.slice(0, text.length - digits);
    const decimals = digits > 0 ? `.${text.slice(text.length - digits)}` : "";
    return `${negative ? "-" : ""}${whole}${decimals}`;
  }

  toString(): string {
    return this.denominator === 1n ? this.numerator.toString() : `${this.numerator}/${this.denominator}`;
  }

  static sum(values: readonly Fraction[]): Fraction {
    return values.reduce((total, value) => total.plus(value), Fraction.zero);
  }

  static max(values: readonly Fraction[]): Fraction {
    if (values.length === 0) throw new RangeError("max of nothing");
    return values.reduce((best, value) => (value.compare(best) > 0 ? value : best));
  }

  static min(values: readonly Fraction[]): Fraction {
    if (values.length === 0) throw new RangeError("min of nothing");
    return values.reduce((best, value) => (value.compare(best) < 0 ? value : best));
  }
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function toBigInt(value: bigint | number): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}; use Fraction.fromDecimal`);
  return BigInt(value);
}

function numberToDecimalText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // 1e-7 and the like: expand the exponent.
  return value.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
}
