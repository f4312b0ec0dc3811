import type { PublicVote } from "./public-vote.ts";

/** 票数 per candidate: valid votes count, voided votes (无效票) are shown apart and never counted. */
export interface PublicVoteTally {
  candidateId: number;
  validVotes: number;
  voidedVotes: number;
}

/**
 * Counts the votes of each listed candidate, in the order listed (candidates without votes get 0).
 * A vote for a candidate not listed is a programmer error: silently dropping it would publish a
 * total that does not match the ballots.
 */
export function tallyPublicVotes(candidateIds: readonly number[], votes: readonly PublicVote[]): PublicVoteTally[] {
  const tallies = new Map<number, PublicVoteTally>(
    candidateIds.map((candidateId) => [candidateId, { candidateId, validVotes: 0, voidedVotes: 0 }]),
  );
  for (const vote of votes) {
    const tally = tallies.get(vote.candidateId);
    if (tally === undefined) throw new RangeError(`vote ${vote.voteId} is for unlisted candidate ${vote.candidateId}`);
    if (vote.voiding === null) tally.validVotes++;
    else tally.voidedVotes++;
  }
  return [...tallies.values()];
}
