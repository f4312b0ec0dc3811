// The public vote's rules as the voting page applies them before asking the API (docs/api/voting.md).

export interface VoteCandidate {
  registrationId: string;
  name: string;
  organizationName: string;
  story: string | null;
  /** GET address of the candidate's photo (public), or null. */
  photoUrl: string | null;
  /** Only when the organizer shows live counts (countsShown). */
  validVotes: number | null;
}

export interface PublicVote {
  roundId: string;
  activityId: string;
  activityName: string;
  name: string;
  opensAt: string | null;
  closesAt: string | null;
  closedAt: string | null;
  isOpen: boolean;
  countsShown: boolean;
  maxCandidatesPerBallot: number;
  ballotsPerVoterPerDay: number;
  candidates: VoteCandidate[];
}

export interface VoterStatus {
  votingDay: string;
  ballotsCastToday: number;
  ballotsPerVoterPerDay: number;
  /** When the next China day starts (00:00 Beijing time), as an instant. */
  nextDayStartsAt: string;
}

/** open: ballots taken now; soon: a time is set and not reached; unscheduled: no time yet; closed: over. */
export type VotePhase = "open" | "soon" | "unscheduled" | "closed";

export function votePhase(
  vote: Pick<PublicVote, "isOpen" | "opensAt" | "closesAt" | "closedAt">,
  now: number,
): VotePhase {
  if (vote.isOpen) return "open";
  if (vote.closedAt !== null) return "closed";
  if (vote.opensAt === null) return "unscheduled";
  if (vote.closesAt !== null && Date.parse(vote.closesAt) <= now) return "closed";
  // The server says not open and it is not over: its clock has not reached opensAt yet.
  return "soon";
}

/**
 * Ticks or unticks a candidate. Ticking one more than a ballot may hold is refused and the
 * selection stays as it was, so the page can say why instead of dropping an earlier choice.
 */
export function toggleCandidate(
  selected: readonly string[],
  candidateId: string,
  maxPerBallot: number,
): { selected: string[]; refused: boolean } {
  if (selected.includes(candidateId)) {
    return { selected: selected.filter((id) => id !== candidateId), refused: false };
  }
  if (selected.length >= maxPerBallot) return { selected: [...selected], refused: true };
  return { selected: [...selected, candidateId], refused: false };
}

/** A refusal from castBallot: its stable code and the API's Chinese message. */
export interface BallotRefusal {
  code: string;
  message: string;
}

export interface DailyLimit {
  reached: boolean;
  /** The API's own words (今日已投 1 次，每日限投 1 次，请于…再来) when it refused a ballot. */
  apiMessage: string | null;
  /** When voting is possible again (00:00 China time of the next day). */
  nextVoteAt: string | null;
}

/**
 * Whether today's ballots are used up: the API refused with VOTE_LIMIT_REACHED (the voter's or the
 * network address's limit), or voterStatus counts as many ballots as a day allows. A status read
 * before midnight China time no longer holds after it.
 */
export function dailyLimitOf(
  status: VoterStatus | undefined,
  refusal: BallotRefusal | undefined,
  now: number,
): DailyLimit {
  const nextVoteAt = status?.nextDayStartsAt ?? null;
  if (nextVoteAt !== null && Date.parse(nextVoteAt) <= now)
    return { reached: false, apiMessage: null, nextVoteAt: null };
  if (refusal?.code === "VOTE_LIMIT_REACHED") return { reached: true, apiMessage: refusal.message, nextVoteAt };
  if (status && status.ballotsCastToday >= status.ballotsPerVoterPerDay) {
    return { reached: true, apiMessage: null, nextVoteAt };
  }
  return { reached: false, apiMessage: null, nextVoteAt: null };
}

/** Names of the chosen candidates in the order they are listed on the page. */
export function chosenNames(candidates: readonly VoteCandidate[], selected: readonly string[]): string[] {
  return candidates
    .filter((candidate) => selected.includes(candidate.registrationId))
    .map((candidate) => candidate.name);
}
