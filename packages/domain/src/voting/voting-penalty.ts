import type { Reason } from "../errors.ts";

/**
 * Penalties for vote fraud on a candidate's behalf (刷票) escalate one step at a time:
 * none → warning (警告) → the fraudulent votes voided (作废违规票) → disqualified (取消资格).
 * Each step needs a written reason and is kept; a penalty is never lowered or skipped, so the
 * record always shows the candidate was warned before harsher steps.
 */
export type VotingPenaltyLevel = "NONE" | "WARNING" | "VOTES_VOIDED" | "DISQUALIFIED";

export const votingPenaltyLevels: readonly VotingPenaltyLevel[] = ["NONE", "WARNING", "VOTES_VOIDED", "DISQUALIFIED"];

export const votingPenaltyLevelLabels: Record<VotingPenaltyLevel, string> = {
  NONE: "无处罚",
  WARNING: "警告",
  VOTES_VOIDED: "作废违规票",
  DISQUALIFIED: "取消资格",
};

export interface VotingPenaltyStep {
  from: VotingPenaltyLevel;
  to: VotingPenaltyLevel;
  reason: string;
  decidedBy: number;
  decidedAt: Date;
  /** For the VOTES_VOIDED step: the votes voided with it (each also carries its own 作废原因). */
  voidedVoteIds: readonly number[];
}

export interface CandidateVotingPenalty {
  candidateId: number;
  level: VotingPenaltyLevel;
  steps: readonly VotingPenaltyStep[];
}

export function noVotingPenalty(candidateId: number): CandidateVotingPenalty {
  return { candidateId, level: "NONE", steps: [] };
}

/** The only level a penalty may move to next; null once disqualified. */
export function nextVotingPenaltyLevel(level: VotingPenaltyLevel): VotingPenaltyLevel | null {
  return votingPenaltyLevels[votingPenaltyLevels.indexOf(level) + 1] ?? null;
}

export interface VotingPenaltyEscalation {
  to: VotingPenaltyLevel;
  reason: string;
  decidedBy: number;
  decidedAt: Date;
  voidedVoteIds?: readonly number[];
}

const maxReasonLength = 500;

/** Moves a candidate's penalty one step up, or returns every reason it cannot. */
export function escalateVotingPenalty(
  penalty: CandidateVotingPenalty,
  escalation: VotingPenaltyEscalation,
): { ok: true; penalty: CandidateVotingPenalty } | { ok: false; reasons: Reason[] } {
  const reasons: Reason[] = [];
  const next = nextVotingPenaltyLevel(penalty.level);
  const current = votingPenaltyLevelLabels[penalty.level];
  if (next === null) {
    reasons.push({ code: "PENALTY_AT_HIGHEST_LEVEL", message: "该候选人已被取消资格，处罚已是最高一级" });
  } else if (escalation.to !== next) {
    reasons.push({
      code: "PENALTY_NOT_NEXT_STEP",
      message: `处罚须逐级升级：当前为“${current}”，下一级是“${votingPenaltyLevelLabels[next]}”，不能改为“${votingPenaltyLevelLabels[escalation.to] ?? escalation.to}”`,
    });
  }
  const reason = escalation.reason.trim();
  if (reason === "") reasons.push({ code: "PENALTY_REASON_REQUIRED", message: "升级处罚须填写原因" });
  else if (reason.length > maxReasonLength) {
    reasons.push({ code: "PENALTY_REASON_TOO_LONG", message: `处罚原因不能超过 ${maxReasonLength} 个字` });
  }
  const voidedVoteIds = [...new Set(escalation.voidedVoteIds ?? [])];
  if (escalation.to === "VOTES_VOIDED" && voidedVoteIds.length === 0) {
    reasons.push({ code: "PENALTY_VOIDED_VOTES_REQUIRED", message: "“作废违规票”须列出被作废的投票" });
  }
  if (reasons.length > 0) return { ok: false, reasons };
  const step: VotingPenaltyStep = {
    from: penalty.level,
    to: escalation.to,
    reason,
    decidedBy: escalation.decidedBy,
    decidedAt: escalation.decidedAt,
    voidedVoteIds,
  };
  return {
    ok: true,
    penalty: { candidateId: penalty.candidateId, level: escalation.to, steps: [...penalty.steps, step] },
  };
}

export function isDisqualifiedFromVoting(penalty: CandidateVotingPenalty): boolean {
  return penalty.level === "DISQUALIFIED";
}
