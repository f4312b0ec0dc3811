import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

/** The public vote of a round as its organizer reads it. */
export interface PublicVoteInfo {
  roundId: string;
  activityId: string;
  activityName: string;
  name: string;
  opensAt: string | null;
  closesAt: string | null;
  closedAt: string | null;
  isOpen: boolean;
  maxCandidatesPerBallot: number;
  ballotsPerVoterPerDay: number;
  ballotsPerIpPerDay: number;
}

export type PenaltyLevel = "NONE" | "WARNING" | "VOTES_VOIDED" | "DISQUALIFIED";

export interface TallyRow {
  registrationId: string;
  name: string;
  organizationName: string;
  validVotes: number;
  voidedVotes: number;
  penaltyLevel: PenaltyLevel;
  penaltyLevelLabel: string;
  disqualified: boolean;
  publicScoreText: string | null;
}

export interface Finding {
  kind: "MANY_BALLOTS_FROM_ONE_IP" | "VOTE_BURST" | string;
  description: string;
  ipAddress: string | null;
  votingDay: string | null;
  ballotCount: number | null;
  registrationId: string | null;
  from: string | null;
  to: string | null;
  voteCount: number;
  voteIds: string[];
}

export interface VoteRow {
  id: string;
  ballotId: string;
  registrationId: string;
  castAt: string;
  ipAddress: string;
  voided: boolean;
  voidReason: string | null;
}

export interface BallotRow {
  id: string;
  voter: string;
  castAt: string;
  ipAddress: string;
}

export interface PenaltyRow {
  id: string;
  registrationId: string;
  fromLevel: PenaltyLevel;
  level: PenaltyLevel;
  levelLabel: string;
  reason: string;
  voidedVoteIds: string[];
  decidedAt: string;
}

export const publicVoteQuery = `query PublicVote($roundId: ID!) {
  publicVote(roundId: $roundId) {
    roundId activityId activityName name opensAt closesAt closedAt isOpen
    maxCandidatesPerBallot ballotsPerVoterPerDay ballotsPerIpPerDay
  }
}`;

/** Tallies, suspicious patterns and penalties: what the page reads again every few seconds. */
export const liveQuery = `query VoteLive($roundId: ID!) {
  voteTally(roundId: $roundId) {
    registrationId name organizationName validVotes voidedVotes penaltyLevel penaltyLevelLabel disqualified publicScoreText
  }
  suspiciousVoting(roundId: $roundId) {
    kind description ipAddress votingDay ballotCount registrationId from to voteCount voteIds
  }
  votingPenalties(roundId: $roundId) {
    id registrationId fromLevel level levelLabel reason voidedVoteIds decidedAt
  }
}`;

export interface LiveData {
  voteTally: TallyRow[];
  suspiciousVoting: Finding[];
  votingPenalties: PenaltyRow[];
}

const votesQuery = `query Votes($filter: VoteFilter, $perPage: Int) {
  allVotes(filter: $filter, page: 0, perPage: $perPage, sortField: "castAt", sortOrder: "ASC") {
    id ballotId registrationId castAt ipAddress voided voidReason
  }
}`;

const ballotsQuery = `query Ballots($ids: [ID!], $perPage: Int) {
  allBallots(filter: { ids: $ids }, page: 0, perPage: $perPage, sortField: "castAt", sortOrder: "ASC") {
    id voter castAt ipAddress
  }
}`;

/** The votes behind a finding (or a candidate's), with the ballot each came on (voter masked by the API). */
export async function votesWithBallots(filter: {
  roundId: string;
  ids?: string[];
  registrationId?: string;
  voided?: boolean;
}): Promise<{ votes: VoteRow[]; ballots: Map<string, BallotRow> }> {
  const perPage = Math.min(Math.max(filter.ids?.length ?? 200, 1), 500);
  const { allVotes } = await requestGraphql<{ allVotes: VoteRow[] }>(votesQuery, { filter, perPage });
  const ballotIds = [...new Set(allVotes.map((vote) => vote.ballotId))];
  if (ballotIds.length === 0) return { votes: allVotes, ballots: new Map() };
  const { allBallots } = await requestGraphql<{ allBallots: BallotRow[] }>(ballotsQuery, {
    ids: ballotIds,
    perPage: ballotIds.length,
  });
  return { votes: allVotes, ballots: new Map(allBallots.map((ballot) => [ballot.id, ballot])) };
}

export function schedulePublicVote(roundId: string, opensOn: string, closesOn: string) {
  return requestGraphql<{ schedulePublicVote: PublicVoteInfo }>(
    `mutation Schedule($roundId: ID!, $opensOn: String, $closesOn: String) {
      schedulePublicVote(roundId: $roundId, opensOn: $opensOn, closesOn: $closesOn) { roundId opensAt closesAt isOpen }
    }`,
    { roundId, opensOn, closesOn },
  );
}

export function voidVotes(roundId: string, voteIds: string[], reason: string) {
  return requestGraphql<{ voidVotes: { id: string }[] }>(
    `mutation Void($roundId: ID!, $voteIds: [ID!]!, $reason: String!) {
      voidVotes(roundId: $roundId, voteIds: $voteIds, reason: $reason) { id voided voidReason }
    }`,
    { roundId, voteIds, reason },
  );
}

export function escalateVotingPenalty(
  roundId: string,
  registrationId: string,
  level: PenaltyLevel,
  reason: string,
  voteIds: string[] | null,
) {
  return requestGraphql<{ escalateVotingPenalty: PenaltyRow }>(
    `mutation Penalty($roundId: ID!, $registrationId: ID!, $level: VotingPenaltyLevel!, $reason: String!, $voteIds: [ID!]) {
      escalateVotingPenalty(roundId: $roundId, registrationId: $registrationId, level: $level, reason: $reason, voteIds: $voteIds) {
        id level levelLabel
      }
    }`,
    { roundId, registrationId, level, reason, voteIds },
  );
}

export function closePublicVote(roundId: string) {
  return requestGraphql<{ closePublicVote: TallyRow[] }>(
    `mutation Close($roundId: ID!) { closePublicVote(roundId: $roundId) { registrationId validVotes publicScoreText } }`,
    { roundId },
  );
}
