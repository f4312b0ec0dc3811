import { type CalendarDate, chinaDateOf, formatChineseDate } from "../china-time.ts";
import type { Reason } from "../errors.ts";
import { formatChinaDateTime } from "./china-clock-text.ts";
import { type VoterIdentity, voterIdentityReasons, voterKeyOf } from "./voter-identity.ts";
import type { VotingRules, VotingWindow } from "./voting-rules.ts";

export interface VotingCandidate {
  candidateId: number;
  name: string;
  /** Disqualified by the penalty escalation (取消资格): no more votes for them. */
  disqualified: boolean;
}

/** One submission from a voter: the candidates ticked on one ballot. */
export interface BallotRequest {
  voter: VoterIdentity;
  /** The address the request came from, as the server saw it. */
  ipAddress: string;
  castAt: Date;
  candidateIds: readonly number[];
}

/** A ballot already accepted, as far as the daily limits need it. */
export interface RecordedBallot {
  voterKey: string;
  ipAddress: string;
  castAt: Date;
}

export interface BallotContext {
  rules: VotingRules;
  window: VotingWindow;
  candidates: readonly VotingCandidate[];
  /**
   * Ballots accepted so far for this vote. Only those of the same voter or address on the same
   * China day count, so passing just those (or more) gives the same decision.
   */
  recordedBallots: readonly RecordedBallot[];
}

export interface AcceptedBallot {
  voterKey: string;
  ipAddress: string;
  castAt: Date;
  /** The China calendar day the ballot counts against. */
  votingDay: CalendarDate;
  candidateIds: number[];
}

export type BallotDecision = { ok: true; ballot: AcceptedBallot } | { ok: false; reasons: Reason[] };

/**
 * Accepts a ballot or returns every reason it is refused: an unidentified voter, outside the
 * voting window, no candidate, too many candidates, a candidate twice, a candidate not on the list
 * or disqualified, the voter's daily limit (今日已投), the address's daily limit. "Day" is the
 * calendar day in China time of `castAt`: a ballot at 23:59:59 and one at 00:00:00 China time
 * fall on different days, whatever the server's clock says.
 */
export function decideBallot(request: BallotRequest, context: BallotContext): BallotDecision {
  const { rules, window } = context;
  const ipAddress = normalizedIpAddress(request.ipAddress);
  const reasons: Reason[] = [...voterIdentityReasons(request.voter)];
  const castMs = request.castAt.getTime();
  if (castMs < window.opensAt.getTime()) {
    reasons.push({
      code: "VOTING_NOT_OPEN",
      message: `投票尚未开始，开始时间为 ${formatChinaDateTime(window.opensAt)}`,
    });
  } else if (castMs >= window.closesAt.getTime()) {
    reasons.push({ code: "VOTING_CLOSED", message: `投票已于 ${formatChinaDateTime(window.closesAt)} 结束` });
  }
  reasons.push(...candidateReasons(request.candidateIds, context));

  const votingDay = chinaDateOf(request.castAt);
  const sameDay = context.recordedBallots.filter((ballot) => chinaDateOf(ballot.castAt) === votingDay);
  const voterKey = voterKeyOf(request.voter);
  if (voterKey !== null) {
    const cast = sameDay.filter((ballot) => ballot.voterKey === voterKey).length;
    if (cast >= rules.ballotsPerVoterPerDay) {
      reasons.push({
        code: "VOTER_DAILY_LIMIT_REACHED",
        message: `今日已投 ${cast} 次，每日限投 ${rules.ballotsPerVoterPerDay} 次，请于${formatChineseDate(nextDay(votingDay))}再来`,
      });
    }
  }
  const fromAddress = sameDay.filter((ballot) => normalizedIpAddress(ballot.ipAddress) === ipAddress).length;
  if (fromAddress >= rules.ballotsPerIpPerDay) {
    reasons.push({
      code: "IP_DAILY_LIMIT_REACHED",
      message: `该网络地址今日已投 ${fromAddress} 次，每个网络地址每日限投 ${rules.ballotsPerIpPerDay} 次`,
    });
  }
  if (reasons.length > 0 || voterKey === null) return { ok: false, reasons };
  return {
    ok: true,
    ballot: { voterKey, ipAddress, castAt: request.castAt, votingDay, candidateIds: [...request.candidateIds] },
  };
}

function candidateReasons(candidateIds: readonly number[], context: BallotContext): Reason[] {
  const reasons: Reason[] = [];
  const byId = new Map(context.candidates.map((candidate) => [candidate.candidateId, candidate]));
  const distinct = [...new Set(candidateIds)];
  if (distinct.length === 0) reasons.push({ code: "BALLOT_EMPTY", message: "请至少选择 1 名候选人" });
  const max = context.rules.maxCandidatesPerBallot;
  if (distinct.length > max) {
    reasons.push({
      code: "BALLOT_TOO_MANY_CANDIDATES",
      message: `每张选票最多选 ${max} 名候选人，本票选了 ${distinct.length} 名`,
    });
  }
  const repeated = distinct.filter((id) => candidateIds.indexOf(id) !== candidateIds.lastIndexOf(id));
  if (repeated.length > 0) {
    const names = repeated.map((id) => byId.get(id)?.name ?? `编号 ${id}`).join("、");
    reasons.push({
      code: "BALLOT_DUPLICATE_CANDIDATE",
      message: `同一张选票对同一候选人只能投 1 票（${names}重复）`,
    });
  }
  if (distinct.some((id) => !byId.has(id))) {
    reasons.push({ code: "BALLOT_UNKNOWN_CANDIDATE", message: "所选候选人不在本次投票名单中" });
  }
  for (const id of distinct) {
    const candidate = byId.get(id);
    if (candidate?.disqualified) {
      reasons.push({
        code: "BALLOT_CANDIDATE_DISQUALIFIED",
        message: `候选人${candidate.name}已被取消资格，不能为其投票`,
      });
    }
  }
  return reasons;
}

/** IPv6 hex is case-insensitive; surrounding spaces are never part of an address. */
function normalizedIpAddress(ipAddress: string): string {
  const normalized = ipAddress.trim().toLowerCase();
  if (normalized === "") throw new RangeError("a ballot needs the address it came from");
  return normalized;
}

function nextDay(date: CalendarDate): CalendarDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
