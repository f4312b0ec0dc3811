import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import type { CriteriaScoringRule } from "./criteria-scoring-rule.ts";
import {
  type EntryJudgingStatus,
  entryJudgingStatuses,
  type RoundJudgingState,
  roundClosingBlockers,
} from "./round-closing.ts";

/**
 * 评审委员会表决 (a COMMITTEE_VOTE round, e.g. the 劳模选树 committee of 15): the committee members
 * are judge accounts seated on the round's panel and assigned to the candidates like a scoring
 * panel (balanced assignment, conflicts of interest and recusals apply). Each member votes on each
 * assigned candidate with a one-item score sheet, 1 = 赞成 or 0 = 不赞成, so the sheet's validation,
 * locking and unlocking are those of criteria scoring. A candidate's round result is the number of
 * votes in favour — never a mean: an excused member simply does not vote, and the round's maximum
 * (its `maxResult`) is the committee's size.
 */

/** The key of the one criterion of a committee member's sheet. */
export const committeeVoteCriterionKey = "favour";

/** How the round result is read, e.g. on the big screen: "赞成票数". */
export const committeeVoteResultLabel = "赞成票数";

/**
 * The score sheet of a committee member: one criterion `favour`, 0 or 1 in steps of 1. The
 * aggregation is required by the sheet's type but never used: committee results come from
 * `committeeVoteResult`. MEAN is given because it asks for no trim, so the closing blockers of a
 * judged round (roundClosingBlockers) apply to a committee round unchanged.
 */
export function committeeVoteScoringRule(): CriteriaScoringRule {
  return {
    criteria: [{ key: committeeVoteCriterionKey, name: "表决（1 = 赞成，0 = 不赞成）", max: "1" }],
    step: "1",
    aggregation: { method: "MEAN" },
  };
}

/** A candidate's votes: each member's locked sheet total (1 or 0), and the members excused from voting. */
export interface CommitteeVotes {
  counted: readonly { judgeId: number; total: Fraction }[];
  excusedJudgeIds: readonly number[];
}

/** A candidate's result with the working, for checking by hand. */
export interface CommitteeVoteResult {
  /** The votes in favour, exactly (a whole number). */
  result: Fraction;
  inFavour: number;
  against: number;
  /** Members who voted: inFavour + against. */
  voters: number;
  /** Members excused from voting on this candidate. */
  excused: number;
  /** Member ids, ascending. */
  inFavourJudgeIds: number[];
  againstJudgeIds: number[];
  excusedJudgeIds: number[];
}

/**
 * Counts the votes on one candidate: the result is the number of votes in favour. A vote other
 * than 0 or 1 cannot come from a valid committee sheet and is a programming error (RangeError).
 */
export function committeeVoteResult(votes: CommitteeVotes): CommitteeVoteResult {
  const inFavourJudgeIds: number[] = [];
  const againstJudgeIds: number[] = [];
  for (const vote of votes.counted) {
    if (vote.total.equals(Fraction.of(1))) inFavourJudgeIds.push(vote.judgeId);
    else if (vote.total.equals(Fraction.zero)) againstJudgeIds.push(vote.judgeId);
    else throw new RangeError(`committee vote of member ${vote.judgeId} is ${vote.total.toString()}, not 0 or 1`);
  }
  const ascending = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);
  return {
    result: Fraction.of(inFavourJudgeIds.length),
    inFavour: inFavourJudgeIds.length,
    against: againstJudgeIds.length,
    voters: inFavourJudgeIds.length + againstJudgeIds.length,
    excused: votes.excusedJudgeIds.length,
    inFavourJudgeIds: ascending(inFavourJudgeIds),
    againstJudgeIds: ascending(againstJudgeIds),
    excusedJudgeIds: ascending(votes.excusedJudgeIds),
  };
}

export type CommitteeRoundResults =
  | { ok: true; entries: ({ entryId: number; name: string } & CommitteeVoteResult)[] }
  | { ok: false; reasons: Reason[] };

/**
 * The result of every candidate of a committee round that can close: refused with the closing
 * blockers of a judged round (a member who has neither voted nor been excused with a reason, a
 * vote unlocked and not cast again, a candidate without members …), else each candidate's votes in
 * favour, by entry id.
 */
export function committeeRoundResults(state: RoundJudgingState): CommitteeRoundResults {
  const blockers = roundClosingBlockers(state);
  if (blockers.length > 0) return { ok: false, reasons: blockers };
  return {
    ok: true,
    entries: entryJudgingStatuses(state).map((status: EntryJudgingStatus) => ({
      entryId: status.entryId,
      name: status.name,
      ...committeeVoteResult(status),
    })),
  };
}
