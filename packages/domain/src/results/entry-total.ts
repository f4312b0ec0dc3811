import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import { type RoundDefinition, roundResultLabel } from "./round-definition.ts";

/** One round's part of an entry's total, kept exact for checking by hand. */
export interface RoundScore {
  roundKey: string;
  /** The round's result as produced by the round (exam score, aggregated judging, votes …). */
  result: Fraction;
  /** 100 × result ÷ the round's maximum possible result: 0–100. */
  normalized: Fraction;
  /** weight% × normalized: this round's contribution to the total. */
  weighted: Fraction;
}

export type EntryTotalOutcome =
  | { ok: true; total: Fraction; roundScores: RoundScore[] }
  | { ok: false; reasons: Reason[] };

const hundred = Fraction.of(100);

/**
 * 总分 = Σ weight% × (100 × result ÷ the round's maximum possible result).
 *
 * An entry missing any round's result is not given a total, and so is not ranked: a missing
 * practical is not a practical of 0 (the entrant may have been excused, or the score not yet
 * imported), and ranking it as 0 would publish a place nobody earned. A result below 0 or above
 * the round's maximum is refused the same way, because it can only be a typing or import error.
 * Rounds must have passed validateRoundDefinitions; a weight or maximum that is not a decimal is
 * a programmer error and throws.
 */
export function computeEntryTotal(
  rounds: readonly RoundDefinition[],
  roundResults: Readonly<Record<string, Fraction | undefined>>,
): EntryTotalOutcome {
  const reasons: Reason[] = [];
  const roundScores: RoundScore[] = [];
  for (const round of rounds) {
    const label = roundResultLabel(round);
    const result = Object.hasOwn(roundResults, round.key) ? roundResults[round.key] : undefined;
    if (result === undefined) {
      reasons.push({ code: "ROUND_RESULT_MISSING", message: `缺少${label}，不参加排名` });
      continue;
    }
    const maxResult = Fraction.fromDecimal(round.maxResult);
    if (result.compare(Fraction.zero) < 0) {
      reasons.push({ code: "ROUND_RESULT_NEGATIVE", message: `${label} ${result.toFixed(2)} 小于 0，不参加排名` });
      continue;
    }
    if (result.compare(maxResult) > 0) {
      reasons.push({
        code: "ROUND_RESULT_ABOVE_MAXIMUM",
        message: `${label} ${result.toFixed(2)} 超过本轮满分 ${round.maxResult}，不参加排名`,
      });
      continue;
    }
    const normalized = hundred.times(result).dividedBy(maxResult);
    const weighted = Fraction.fromDecimal(round.weight).dividedBy(hundred).times(normalized);
    roundScores.push({ roundKey: round.key, result, normalized, weighted });
  }
  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, total: Fraction.sum(roundScores.map((score) => score.weighted)), roundScores };
}
