import { Fraction } from "../exact/fraction.ts";

/**
 * Optional per-judge normalization (off by default): a severe judge and a generous one are put on
 * the same footing before aggregating. Each judge's scores become z-scores over the entries that
 * judge scored, z = (x − judge's mean) ÷ judge's standard deviation, and are rescaled to the scale
 * of the round: normalized = round mean + z × round standard deviation, where the round's mean and
 * standard deviation are those of every raw score in the round (population formulas, dividing by
 * the count). Results are kept within 0 … the round's maximum possible score.
 *
 * Arithmetic: everything is exact except one square root per judge, the factor
 * round deviation ÷ judge deviation = √(round variance ÷ judge variance). It is exact when that
 * ratio is a square of a fraction (e.g. 25/49 → 5/7); otherwise it is truncated to 12 decimals
 * with integer arithmetic. No floating point is used, so every machine gets the same result.
 *
 * A judge who scored one entry only, or gave every entry the same score, shows no spread to
 * standardize: their z-score is taken as 0, so each of their scores becomes the round mean.
 * With no scores at all there is nothing to normalize and the round mean and variance are 0.
 */

export interface JudgeEntryScore {
  judgeId: number;
  entryId: number;
  score: Fraction;
}

export interface NormalizedJudgeEntryScore {
  judgeId: number;
  entryId: number;
  raw: Fraction;
  normalized: Fraction;
  /** True when the rescaled value fell outside 0 … maximum and was brought back to the bound. */
  clamped: boolean;
}

export interface JudgeNormalizationFactor {
  judgeId: number;
  count: number;
  mean: Fraction;
  variance: Fraction;
  /** Round deviation ÷ judge deviation; null when the judge's scores have no spread. */
  factor: Fraction | null;
  /** False when the factor's square root was truncated to 12 decimals. */
  factorExact: boolean;
}

export interface PerJudgeNormalization {
  roundMean: Fraction;
  roundVariance: Fraction;
  judges: JudgeNormalizationFactor[];
  /** In the order given. */
  scores: NormalizedJudgeEntryScore[];
}

export const normalizationSquareRootDecimals = 12;

export function normalizeScoresPerJudge(
  scores: readonly JudgeEntryScore[],
  scale: { maximum: Fraction },
): PerJudgeNormalization {
  const pairs = new Set(scores.map((score) => `${score.judgeId}:${score.entryId}`));
  if (pairs.size !== scores.length) throw new RangeError("a judge scored the same entry twice");
  if (scores.length === 0) return { roundMean: Fraction.zero, roundVariance: Fraction.zero, judges: [], scores: [] };

  const all = scores.map((score) => score.score);
  const roundMean = mean(all);
  const roundVariance = variance(all, roundMean);
  const judgeIds = [...new Set(scores.map((score) => score.judgeId))].sort((a, b) => a - b);
  const judges = judgeIds.map((judgeId): JudgeNormalizationFactor => {
    const own = scores.filter((score) => score.judgeId === judgeId).map((score) => score.score);
    const judgeMean = mean(own);
    const judgeVariance = variance(own, judgeMean);
    if (judgeVariance.equals(Fraction.zero)) {
      return { judgeId, count: own.length, mean: judgeMean, variance: judgeVariance, factor: null, factorExact: true };
    }
    const root = squareRoot(roundVariance.dividedBy(judgeVariance));
    return { judgeId, count: own.length, mean: judgeMean, variance: judgeVariance, ...root };
  });
  const factorOf = new Map(judges.map((judge) => [judge.judgeId, judge]));

  return {
    roundMean,
    roundVariance,
    judges,
    scores: scores.map((score) => {
      const judge = factorOf.get(score.judgeId);
      if (judge === undefined) throw new RangeError("unreachable: every judge has a factor");
      const rescaled =
        judge.factor === null ? roundMean : roundMean.plus(score.score.minus(judge.mean).times(judge.factor));
      const normalized = clamp(rescaled, Fraction.zero, scale.maximum);
      return {
        judgeId: score.judgeId,
        entryId: score.entryId,
        raw: score.score,
        normalized,
        clamped: !normalized.equals(rescaled),
      };
    }),
  };
}

function mean(values: readonly Fraction[]): Fraction {
  return Fraction.sum(values).dividedBy(Fraction.of(values.length));
}

function variance(values: readonly Fraction[], center: Fraction): Fraction {
  return mean(values.map((value) => value.minus(center).times(value.minus(center))));
}

function clamp(value: Fraction, low: Fraction, high: Fraction): Fraction {
  if (value.compare(low) < 0) return low;
  if (value.compare(high) > 0) return high;
  return value;
}

/** √value for value ≥ 0: exact for squares of fractions, otherwise truncated to 12 decimals. */
function squareRoot(value: Fraction): { factor: Fraction; factorExact: boolean } {
  const numeratorRoot = integerSquareRoot(value.numerator);
  const denominatorRoot = integerSquareRoot(value.denominator);
  if (numeratorRoot * numeratorRoot === value.numerator && denominatorRoot * denominatorRoot === value.denominator) {
    return { factor: Fraction.of(numeratorRoot, denominatorRoot), factorExact: true };
  }
  // ⌊√(p/q) · 10^d⌋ = ⌊√⌊p · 10^2d / q⌋⌋, all in integers.
  const scale = 10n ** BigInt(normalizationSquareRootDecimals);
  const root = integerSquareRoot((value.numerator * scale * scale) / value.denominator);
  return { factor: Fraction.of(root, scale), factorExact: false };
}

/** ⌊√n⌋ for n ≥ 0, by Newton's method on integers. */
function integerSquareRoot(n: bigint): bigint {
  if (n < 0n) throw new RangeError("square root of a negative number");
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}
