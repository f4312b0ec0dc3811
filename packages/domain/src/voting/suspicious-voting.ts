import { type CalendarDate, chinaDateOf, formatChineseDate } from "../china-time.ts";
import { chinaClockTimeOf, formatChinaDateTime } from "./china-clock-text.ts";
import type { PublicVote } from "./public-vote.ts";

/** When a pattern is worth an organizer's look. Findings are prompts to check, never verdicts. */
export interface SuspiciousVotingThresholds {
  /** Ballots from one IP address on one China day at or above which it is reported. */
  ballotsPerIpPerDay: number;
  /** Votes for one candidate within `burstWindowSeconds` at or above which they are reported. */
  burstVotes: number;
  burstWindowSeconds: number;
}

/**
 * Half the default daily limit per address (a busy office behind one address reaches it honestly,
 * so it is a prompt, not a refusal); ten votes for one candidate within a minute.
 */
export const defaultSuspiciousVotingThresholds: SuspiciousVotingThresholds = {
  ballotsPerIpPerDay: 10,
  burstVotes: 10,
  burstWindowSeconds: 60,
};

/** Many ballots from one IP address on one China day. */
export interface SuspiciousAddressFinding {
  kind: "MANY_BALLOTS_FROM_ONE_IP";
  ipAddress: string;
  votingDay: CalendarDate;
  ballotCount: number;
  voteIds: number[];
  description: string;
}

/** Many votes for one candidate within a short window. */
export interface VoteBurstFinding {
  kind: "VOTE_BURST";
  candidateId: number;
  from: Date;
  to: Date;
  voteCount: number;
  voteIds: number[];
  description: string;
}

export type SuspiciousVotingFinding = SuspiciousAddressFinding | VoteBurstFinding;

/**
 * Looks at the valid votes (voided ones are already dealt with) for two patterns: many ballots from
 * one IP address on one China day, and a burst of votes for one candidate in a short window
 * (overlapping bursts are reported as one, from its first vote to its last). Findings come in a
 * fixed order — addresses by day then address, bursts by start then candidate — so the same votes
 * always give the same list.
 */
export function detectSuspiciousVoting(
  votes: readonly PublicVote[],
  candidateNames: ReadonlyMap<number, string>,
  thresholds: SuspiciousVotingThresholds = defaultSuspiciousVotingThresholds,
): SuspiciousVotingFinding[] {
  for (const value of Object.values(thresholds)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`not a threshold: ${value}`);
  }
  const valid = votes
    .filter((vote) => vote.voiding === null)
    .sort((a, b) => a.castAt.getTime() - b.castAt.getTime() || a.voteId - b.voteId);
  return [...addressFindings(valid, thresholds), ...burstFindings(valid, candidateNames, thresholds)];
}

function addressFindings(
  votes: readonly PublicVote[],
  thresholds: SuspiciousVotingThresholds,
): SuspiciousAddressFinding[] {
  const groups = new Map<
    string,
    { ipAddress: string; votingDay: CalendarDate; ballots: Set<number>; voteIds: number[] }
  >();
  for (const vote of votes) {
    const ipAddress = vote.ipAddress.trim().toLowerCase();
    const votingDay = chinaDateOf(vote.castAt);
    const key = `${votingDay} ${ipAddress}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { ipAddress, votingDay, ballots: new Set<number>(), voteIds: [] };
      groups.set(key, group);
    }
    group.ballots.add(vote.ballotId);
    group.voteIds.push(vote.voteId);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .filter(([, group]) => group.ballots.size >= thresholds.ballotsPerIpPerDay)
    .map(([, group]) => ({
      kind: "MANY_BALLOTS_FROM_ONE_IP",
      ipAddress: group.ipAddress,
      votingDay: group.votingDay,
      ballotCount: group.ballots.size,
      voteIds: group.voteIds,
      description: `网络地址 ${group.ipAddress} 在${formatChineseDate(group.votingDay)}投出 ${group.ballots.size} 张选票（共 ${group.voteIds.length} 票），达到提示线（每日 ${thresholds.ballotsPerIpPerDay} 张），请核查是否存在刷票`,
    }));
}

function burstFindings(
  votes: readonly PublicVote[],
  candidateNames: ReadonlyMap<number, string>,
  thresholds: SuspiciousVotingThresholds,
): VoteBurstFinding[] {
  const windowMs = thresholds.burstWindowSeconds * 1000;
  const byCandidate = new Map<number, PublicVote[]>();
  for (const vote of votes) {
    const list = byCandidate.get(vote.candidateId);
    if (list === undefined) byCandidate.set(vote.candidateId, [vote]);
    else list.push(vote);
  }
  const findings: VoteBurstFinding[] = [];
  for (const [candidateId, candidateVotes] of byCandidate) {
    const times = candidateVotes.map((vote) => vote.castAt.getTime());
    // reach[i]: the last vote within the window that opens at vote i (two pointers: it never moves back).
    const reach: number[] = [];
    let last = 0;
    times.forEach((opening, index) => {
      last = Math.max(last, index);
      while (last + 1 < times.length && (times[last + 1] as number) - opening <= windowMs) last++;
      reach.push(last);
    });
    const isBurstAt = (index: number) => (reach[index] as number) - index + 1 >= thresholds.burstVotes;
    let first = 0;
    while (first < times.length) {
      if (!isBurstAt(first)) {
        first++;
        continue;
      }
      // Grow the burst while a window opening inside it is itself a burst.
      let end = reach[first] as number;
      for (let inner = first + 1; inner <= end; inner++) {
        if (isBurstAt(inner)) end = Math.max(end, reach[inner] as number);
      }
      findings.push(burstFinding(candidateId, candidateVotes.slice(first, end + 1), candidateNames, thresholds));
      first = end + 1;
    }
  }
  return findings.sort((a, b) => a.from.getTime() - b.from.getTime() || a.candidateId - b.candidateId);
}

function burstFinding(
  candidateId: number,
  burst: readonly PublicVote[],
  candidateNames: ReadonlyMap<number, string>,
  thresholds: SuspiciousVotingThresholds,
): VoteBurstFinding {
  const from = (burst[0] as PublicVote).castAt;
  const to = (burst[burst.length - 1] as PublicVote).castAt;
  const seconds = Math.round((to.getTime() - from.getTime()) / 1000);
  const name = candidateNames.get(candidateId) ?? `编号 ${candidateId}`;
  const toText = chinaDateOf(to) === chinaDateOf(from) ? chinaClockTimeOf(to) : formatChinaDateTime(to, true);
  return {
    kind: "VOTE_BURST",
    candidateId,
    from,
    to,
    voteCount: burst.length,
    voteIds: burst.map((vote) => vote.voteId),
    description: `候选人${name}在${formatChinaDateTime(from, true)}至${toText}的 ${seconds} 秒内获得 ${burst.length} 票（提示线：${thresholds.burstWindowSeconds} 秒内 ${thresholds.burstVotes} 票），请核查是否存在刷票`,
  };
}
