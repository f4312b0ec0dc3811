import { chinaDateOf, DomainError, voterIdentityReasons, voterKeyOf } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { voterOf } from "./cast-ballot.ts";
import { findVoteRound, votingRulesOf } from "./public-vote-round.ts";

/**
 * 今日已投: how many ballots the voter (signed-in worker, or voter token) has cast in this vote on
 * today's China day, the daily limit, and when the next day starts (00:00 China time).
 */
export async function voterStatus(context: Context, roundId: number, voterToken: string | null) {
  const voter = await voterOf(context, voterToken);
  const voterKey = voterKeyOf(voter);
  if (voterKey === null) {
    const reasons = voterIdentityReasons(voter);
    throw new DomainError(
      "ANONYMOUS_VOTE",
      reasons.map(({ code, message }) => ({ field: "voter", code, message })),
    );
  }
  const round = await findVoteRound(context.prisma, roundId);
  const now = new Date();
  const votingDay = chinaDateOf(now);
  const ballotsCastToday = await context.prisma.ballot.count({ where: { roundId: round.id, voterKey, votingDay } });
  const nextDayStartsAt = new Date(Date.parse(`${votingDay}T00:00:00+08:00`) + 24 * 60 * 60 * 1000);
  return {
    votingDay,
    ballotsCastToday,
    ballotsPerVoterPerDay: votingRulesOf(round).ballotsPerVoterPerDay,
    nextDayStartsAt,
  };
}
