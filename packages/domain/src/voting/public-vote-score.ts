import { Fraction } from "../exact/fraction.ts";

/** One candidate's valid votes as the public score needs them. */
export interface PublicVoteScoreInput {
  candidateId: number;
  /** Valid votes only: voided votes are already excluded (see tallyPublicVotes). */
  validVotes: number;
  /** Disqualified candidates get no score and do not set the most votes. */
  disqualified: boolean;
}

export interface PublicVoteScore {
  candidateId: number;
  validVotes: number;
  /** 100 × validVotes ÷ the most valid votes any candidate received (0 when nobody has votes), exact. */
  publicScore: Fraction;
}

const hundred = Fraction.of(100);

/**
 * The public vote normalized to 0–100: 100 × the candidate's valid votes ÷ the most valid votes any
 * (not disqualified) candidate received. Disqualified candidates are left out. A vote count that is
 * not a whole number ≥ 0 is a programmer error and throws.
 */
export function publicVoteScores(inputs: readonly PublicVoteScoreInput[]): {
  mostValidVotes: number;
  scores: PublicVoteScore[];
} {
  for (const input of inputs) {
    if (!Number.isSafeInteger(input.validVotes) || input.validVotes < 0) {
      throw new RangeError(`not a vote count: ${input.validVotes}`);
    }
  }
  const ranked = inputs.filter((input) => !input.disqualified);
  const mostValidVotes = Math.max(0, ...ranked.map((input) => input.validVotes));
  const scores = ranked.map((input) => ({
    candidateId: input.candidateId,
    validVotes: input.validVotes,
    publicScore:
      mostValidVotes === 0 ? Fraction.zero : hundred.times(input.validVotes).dividedBy(Fraction.of(mostValidVotes)),
  }));
  return { mostValidVotes, scores };
}
