import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import { parseScoreDecimal } from "../judging/score-decimal.ts";
import type { VotingRules } from "./voting-rules.ts";

/** One candidate's two results before they are combined. */
export interface JuryAndPublicVoteInput {
  candidateId: number;
  name: string;
  /** The jury round's result (e.g. the aggregated judges' score); null when missing. */
  juryResult: Fraction | null;
  /** Valid votes only: voided votes are already excluded (see tallyPublicVotes). */
  validVotes: number;
  /** Disqualified candidates get no score and do not set the most votes. */
  disqualified: boolean;
}

/** Exact scores, rounded only for display (toFixed(2)); rank on `total`. */
export interface CombinedVoteScore {
  candidateId: number;
  validVotes: number;
  /** 100 × validVotes ÷ the most valid votes any candidate received (0 when nobody has votes). */
  publicScore: Fraction;
  /** 100 × juryResult ÷ the jury round's maximum possible result. */
  juryScore: Fraction;
  /** juryShare% × juryScore + publicShare% × publicScore: 0–100. */
  total: Fraction;
}

export type CombinedVoteOutcome =
  | { ok: true; scores: CombinedVoteScore[]; mostValidVotes: number; disqualifiedCandidateIds: number[] }
  | { ok: false; reasons: Reason[] };

const hundred = Fraction.of(100);

/**
 * Combines the jury round and the public vote, by default 70% jury + 30% public. A candidate whose
 * jury result is missing or outside 0 … the maximum gets no total, and then nobody does: the public
 * scores depend on every candidate's votes and would be published half-checked.
 * Shares must have passed validateVotingRules; a maximum ≤ 0 or a vote count that is not a whole
 * number ≥ 0 is a programmer error and throws.
 */
export function combineJuryAndPublicVote(
  inputs: readonly JuryAndPublicVoteInput[],
  juryMaxResult: Fraction,
  shares: Pick<VotingRules, "juryShare" | "publicShare">,
): CombinedVoteOutcome {
  if (juryMaxResult.compare(Fraction.zero) <= 0) throw new RangeError("the jury round's maximum must be positive");
  const juryShare = parseScoreDecimal(shares.juryShare);
  const publicShare = parseScoreDecimal(shares.publicShare);
  if (juryShare === null || publicShare === null || !juryShare.plus(publicShare).equals(hundred)) {
    throw new RangeError(`shares must sum to 100: ${shares.juryShare} + ${shares.publicShare}`);
  }
  for (const input of inputs) {
    if (!Number.isSafeInteger(input.validVotes) || input.validVotes < 0) {
      throw new RangeError(`not a vote count: ${input.validVotes}`);
    }
  }
  const ranked = inputs.filter((input) => !input.disqualified);
  const reasons: Reason[] = [];
  for (const input of ranked) {
    if (input.juryResult === null) {
      reasons.push({ code: "JURY_RESULT_MISSING", message: `候选人${input.name}缺少评委评分，无法计算总分` });
    } else if (input.juryResult.compare(Fraction.zero) < 0 || input.juryResult.compare(juryMaxResult) > 0) {
      reasons.push({
        code: "JURY_RESULT_OUT_OF_RANGE",
        message: `候选人${input.name}的评委评分 ${input.juryResult.toFixed(2)} 超出 0–${juryMaxResult.toFixed(2)} 的范围`,
      });
    }
  }
  if (reasons.length > 0) return { ok: false, reasons };
  const mostValidVotes = Math.max(0, ...ranked.map((input) => input.validVotes));
  const scores = ranked.map((input): CombinedVoteScore => {
    const publicScore =
      mostValidVotes === 0
        ? Fraction.zero
        : hundred.times(Fraction.of(input.validVotes)).dividedBy(Fraction.of(mostValidVotes));
    const juryScore = hundred.times(input.juryResult as Fraction).dividedBy(juryMaxResult);
    const total = juryShare.times(juryScore).plus(publicShare.times(publicScore)).dividedBy(hundred);
    return { candidateId: input.candidateId, validVotes: input.validVotes, publicScore, juryScore, total };
  });
  const disqualifiedCandidateIds = inputs.filter((input) => input.disqualified).map((input) => input.candidateId);
  return { ok: true, scores, mostValidVotes, disqualifiedCandidateIds };
}
