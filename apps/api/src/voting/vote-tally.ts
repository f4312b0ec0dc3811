import {
  DomainError,
  detectSuspiciousVoting,
  mayPerformActivityTransition,
  mayViewLiveVoteCounts,
  publicVoteScores,
  type SuspiciousVotingFinding,
  tallyPublicVotes,
} from "@jinzhou/domain";
import { activityPerformerOf } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";
import {
  findVoteRound,
  isVoteRoundOpen,
  requireVoteOrganizer,
  roundVotes,
  type VoteCandidateRow,
  voteCandidates,
  votingRulesOf,
} from "./public-vote-round.ts";

export interface TallyRow extends VoteCandidateRow {
  validVotes: number;
  voidedVotes: number;
  /** Exact public score so far ("200/3"); null for a disqualified candidate. */
  publicScore: string | null;
}

/** The organizer's live tally (票数): valid votes, voided votes apart, penalty, public score so far. */
export async function organizerTally(context: Context, roundId: number): Promise<TallyRow[]> {
  const { round } = await requireVoteOrganizer(context, roundId);
  return tallyRows(context, round);
}

async function tallyRows(context: Context, round: { id: number; activityId: number }): Promise<TallyRow[]> {
  const [candidates, votes] = await Promise.all([
    voteCandidates(context.prisma, round),
    roundVotes(context.prisma, round.id),
  ]);
  const tallies = tallyPublicVotes(
    candidates.map((candidate) => candidate.registrationId),
    votes,
  );
  const { scores } = publicVoteScores(
    tallies.map((tally, index) => ({
      candidateId: tally.candidateId,
      validVotes: tally.validVotes,
      disqualified: candidates[index]?.disqualified ?? false,
    })),
  );
  const scoreOf = new Map(scores.map((score) => [score.candidateId, score.publicScore.toString()]));
  return candidates.map((candidate, index) => ({
    ...candidate,
    validVotes: tallies[index]?.validVotes ?? 0,
    voidedVotes: tallies[index]?.voidedVotes ?? 0,
    publicScore: scoreOf.get(candidate.registrationId) ?? null,
  }));
}

/**
 * A vote as the public sees it: the round, its rules, and the candidates with their stories.
 * Valid vote counts only when the viewer may see them (the organizer chose to show live counts,
 * or the viewer is the admin or an organizer); never ID numbers or phones.
 */
export async function publicVoteView(context: Context, roundId: number) {
  const round = await findVoteRound(context.prisma, roundId);
  const rules = votingRulesOf(round);
  // The admin and the owning department's organizers manage the vote; for everyone else (other
  // departments' organizers included) a draft's vote looks absent and live counts follow the rules.
  const manages =
    context.actor !== null &&
    mayPerformActivityTransition(await activityPerformerOf(context), round.activity.department.code);
  if (round.activity.state === "DRAFT" && !manages) throw new DomainError("NOT_FOUND", [], "没有找到这项公众投票");
  const showCounts = mayViewLiveVoteCounts(rules, manages ? (context.actor?.role ?? null) : null);
  const candidates = showCounts
    ? await tallyRows(context, round)
    : (await voteCandidates(context.prisma, round)).map((candidate) => ({ ...candidate, validVotes: null }));
  const now = Date.now();
  return {
    round,
    rules,
    isOpen: isVoteRoundOpen(round, now),
    countsShown: showCounts,
    candidates: candidates
      .filter((candidate) => !candidate.disqualified || showCounts)
      .map((candidate) => ({
        registrationId: candidate.registrationId,
        name: candidate.name,
        organizationName: candidate.organizationName,
        story: candidate.story,
        photoUrl: candidate.photoUrl,
        disqualified: candidate.disqualified,
        validVotes: candidate.validVotes,
      })),
  };
}

/** Suspicious patterns over the valid votes (the domain's thresholds): prompts to check, not verdicts. */
export async function suspiciousVoting(context: Context, roundId: number): Promise<SuspiciousVotingFinding[]> {
  const { round } = await requireVoteOrganizer(context, roundId);
  const [candidates, votes] = await Promise.all([
    voteCandidates(context.prisma, round),
    roundVotes(context.prisma, round.id),
  ]);
  return detectSuspiciousVoting(
    votes,
    new Map(candidates.map((candidate) => [candidate.registrationId, candidate.name])),
  );
}
