import { DomainError, publicVoteScores, tallyPublicVotes } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireVoteOrganizer, roundVotes, voteCandidates } from "./public-vote-round.ts";

/**
 * The organizer closes the vote (计票): no more ballots, and each candidate's public score is
 * written as the round's RoundResult, exact (a fraction such as "200/3"): 100 × valid votes ÷ the
 * most valid votes any candidate received (the domain's publicVoteScores). Voided votes count
 * nowhere; a disqualified candidate gets result "0" marked disqualified and does not set the most
 * votes. The results code combines the round with the jury round by the rounds' weights (70/30).
 * Closing takes the round's row lock first, so no ballot lands after the count.
 */
export async function closePublicVote(context: Context, roundId: number): Promise<{ id: number }> {
  const { round, performer } = await requireVoteOrganizer(context, roundId);
  return context.prisma.$transaction(
    async (tx) => {
      const closedAt = new Date();
      const closed = await tx.round.updateMany({
        where: { id: round.id, closedAt: null },
        data: { closedAt, closedById: performer.userId },
      });
      if (closed.count === 0) throw new DomainError("VOTING_CLOSED", [], "这项投票已经结束并计票，不能重复结束");
      const [candidates, votes] = await Promise.all([voteCandidates(tx, round), roundVotes(tx, round.id)]);
      const tallies = tallyPublicVotes(
        candidates.map((candidate) => candidate.registrationId),
        votes,
      );
      const disqualified = new Set(candidates.filter((c) => c.disqualified).map((c) => c.registrationId));
      const { mostValidVotes, scores } = publicVoteScores(
        tallies.map((tally) => ({
          candidateId: tally.candidateId,
          validVotes: tally.validVotes,
          disqualified: disqualified.has(tally.candidateId),
        })),
      );
      const scoreOf = new Map(scores.map((score) => [score.candidateId, score.publicScore]));
      await tx.roundResult.createMany({
        data: tallies.map((tally) => ({
          roundId: round.id,
          registrationId: tally.candidateId,
          result: scoreOf.get(tally.candidateId)?.toString() ?? "0",
          details: {
            validVotes: tally.validVotes,
            voidedVotes: tally.voidedVotes,
            mostValidVotes,
            disqualified: disqualified.has(tally.candidateId),
          },
          recordedById: performer.userId,
          recordedAt: closedAt,
        })),
      });
      await recordAuditEntry(tx, context.actor, {
        action: "PUBLIC_VOTE_CLOSE",
        entityType: "Round",
        entityId: round.id,
        activityId: round.activityId,
        before: { closedAt: null },
        after: {
          closedAt: closedAt.toISOString(),
          mostValidVotes,
          results: tallies.map((tally) => ({
            registrationId: tally.candidateId,
            validVotes: tally.validVotes,
            result: scoreOf.get(tally.candidateId)?.toString() ?? "0",
          })),
        },
      });
      return { id: round.id };
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}
