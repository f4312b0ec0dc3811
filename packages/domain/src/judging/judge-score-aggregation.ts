import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import {
  type ScoreAggregation,
  type ScoreAggregationMethod,
  scoreTrimFor,
  scoreTrimReasons,
} from "./criteria-scoring-rule.ts";

/** One judge's score for an entry (the sum of their criterion scores, or its normalized value). */
export interface JudgeTotal {
  judgeId: number;
  score: Fraction;
}

/**
 * An entry's result and how it was reached, so the public can redo it by hand: which scores were
 * dropped (去掉最高分和最低分), which were kept, and the plain mean of all scores, which performance
 * contests use as their first tie-break.
 */
export interface JudgeScoreAggregate {
  method: ScoreAggregationMethod;
  result: Fraction;
  judgeCount: number;
  /** Scores dropped at each end: k for a trimmed mean, 0 for mean and median. */
  trim: number;
  /** Lowest first. Among equal scores the smaller judge id counts as lower. */
  droppedLowest: JudgeTotal[];
  /** Lowest first, like every list here. */
  droppedHighest: JudgeTotal[];
  /** Lowest first. */
  kept: JudgeTotal[];
  untrimmedMean: Fraction;
}

export type JudgeScoreAggregation = { ok: true; value: JudgeScoreAggregate } | { ok: false; reasons: Reason[] };

/**
 * Aggregates the judges' scores for one entry: mean; median (the mean of the two middle scores
 * when their number is even); or trimmed mean, dropping the k highest and k lowest and averaging
 * the rest, refused when 2k ≥ n.
 */
export function aggregateJudgeScores(
  scores: readonly JudgeTotal[],
  aggregation: ScoreAggregation,
): JudgeScoreAggregation {
  if (new Set(scores.map((score) => score.judgeId)).size !== scores.length) {
    throw new RangeError("a judge appears twice among the scores of one entry");
  }
  const n = scores.length;
  if (n === 0) return { ok: false, reasons: [{ code: "NO_JUDGE_SCORES", message: "没有可汇总的评委评分" }] };
  const trimReasons = scoreTrimReasons(aggregation, n);
  if (trimReasons.length > 0) return { ok: false, reasons: trimReasons };

  const ascending = [...scores].sort((a, b) => a.score.compare(b.score) || a.judgeId - b.judgeId);
  const untrimmedMean = meanOf(ascending);
  const k = scoreTrimFor(aggregation, n);
  const kept = ascending.slice(k, n - k);
  const result = aggregation.method === "MEDIAN" ? medianOf(ascending) : meanOf(kept);
  return {
    ok: true,
    value: {
      method: aggregation.method,
      result,
      judgeCount: n,
      trim: k,
      droppedLowest: ascending.slice(0, k),
      droppedHighest: ascending.slice(n - k),
      kept,
      untrimmedMean,
    },
  };
}

function meanOf(scores: readonly JudgeTotal[]): Fraction {
  return Fraction.sum(scores.map((score) => score.score)).dividedBy(Fraction.of(scores.length));
}

function medianOf(ascending: readonly JudgeTotal[]): Fraction {
  const middle = Math.floor(ascending.length / 2);
  const upper = ascending[middle];
  const lower = ascending.length % 2 === 0 ? ascending[middle - 1] : upper;
  if (upper === undefined || lower === undefined) throw new RangeError("median of nothing");
  return upper.score.plus(lower.score).dividedBy(Fraction.of(2));
}
