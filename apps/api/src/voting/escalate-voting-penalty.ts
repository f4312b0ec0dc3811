import { isUniqueViolation } from "@jinzhou/db";
import {
  type CandidateVotingPenalty,
  DomainError,
  escalateVotingPenalty as escalate,
  type VotingPenaltyLevel,
  votingPenaltyLevelLabels,
  votingPenaltyLevels,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireVoteOrganizer } from "./public-vote-round.ts";
import { voidVotesIn } from "./void-votes.ts";

export interface PenaltyRequest {
  roundId: number;
  registrationId: number;
  level: VotingPenaltyLevel;
  reason: string;
  /** For VOTES_VOIDED: the candidate's votes voided with the penalty. */
  voteIds?: number[] | null;
}

/**
 * The organizer moves a candidate's penalty one step up (警告 → 作废违规票 → 取消资格), with a reason;
 * the domain refuses skipping or repeating a step. The unique index on (round, candidate, level)
 * makes each level land once even when two organizers press at the same moment: the second gets
 * VOTING_PENALTY_REFUSED and nothing is written. The VOTES_VOIDED step voids the listed votes of
 * that candidate in the same transaction; a disqualified candidate can receive no more votes.
 */
export async function escalateVotingPenalty(context: Context, request: PenaltyRequest): Promise<{ id: number }> {
  const { round, performer } = await requireVoteOrganizer(context, request.roundId);
  const candidate = await context.prisma.registration.findFirst({
    where: { id: request.registrationId, activityId: round.activityId },
    select: { id: true },
  });
  if (!candidate) throw new DomainError("NOT_FOUND", [], "该候选人不在这项投票中");
  const steps = await context.prisma.votingPenalty.findMany({
    where: { roundId: round.id, registrationId: candidate.id },
    orderBy: { id: "asc" },
  });
  const current: CandidateVotingPenalty = {
    candidateId: candidate.id,
    level: steps.reduce<VotingPenaltyLevel>(
      (level, step) =>
        votingPenaltyLevels.indexOf(step.level) > votingPenaltyLevels.indexOf(level) ? step.level : level,
      "NONE",
    ),
    steps: steps.map((step) => ({
      from: step.fromLevel,
      to: step.level,
      reason: step.reason,
      decidedBy: step.decidedById,
      decidedAt: step.decidedAt,
      voidedVoteIds: (step.voidedVoteIds as number[] | null) ?? [],
    })),
  };
  const decidedAt = new Date();
  const decision = escalate(current, {
    to: request.level,
    reason: request.reason,
    decidedBy: performer.userId,
    decidedAt,
    voidedVoteIds: request.voteIds ?? [],
  });
  if (!decision.ok) {
    throw new DomainError(
      "VOTING_PENALTY_REFUSED",
      decision.reasons.map(({ code, message }) => ({ field: fieldOf(code), code, message })),
      decision.reasons.map((reason) => reason.message).join("；"),
    );
  }
  const step = decision.penalty.steps[decision.penalty.steps.length - 1];
  if (!step) throw new Error("an escalation without a step");
  try {
    return await context.prisma.$transaction(
      async (tx) => {
        const voidedVoteIds = [...step.voidedVoteIds];
        if (step.to === "VOTES_VOIDED") {
          const own = await tx.vote.count({
            where: { id: { in: voidedVoteIds }, roundId: round.id, registrationId: candidate.id },
          });
          if (own !== voidedVoteIds.length) {
            throw new DomainError("VOTING_PENALTY_REFUSED", [], "所列投票须是该候选人在本次投票中得到的票");
          }
        }
        const created = await tx.votingPenalty.create({
          data: {
            roundId: round.id,
            registrationId: candidate.id,
            fromLevel: step.from,
            level: step.to,
            reason: step.reason,
            voidedVoteIds: step.to === "VOTES_VOIDED" ? voidedVoteIds : undefined,
            decidedById: performer.userId,
            decidedAt,
          },
          select: { id: true },
        });
        if (step.to === "VOTES_VOIDED") {
          await voidVotesIn(tx, context, {
            roundId: round.id,
            activityId: round.activityId,
            voteIds: voidedVoteIds,
            reason: step.reason,
            voidedBy: performer.userId,
          });
        }
        await recordAuditEntry(tx, context.actor, {
          action: "VOTING_PENALTY",
          entityType: "VotingPenalty",
          entityId: created.id,
          activityId: round.activityId,
          before: { registrationId: candidate.id, level: step.from },
          after: { registrationId: candidate.id, level: step.to, voidedVoteIds },
          reason: step.reason,
        });
        return created;
      },
      { maxWait: 60_000, timeout: 60_000 },
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone escalated the same candidate to the same level a moment ago.
    throw new DomainError(
      "VOTING_PENALTY_REFUSED",
      [],
      `该候选人的处罚刚被他人升级为“${votingPenaltyLevelLabels[step.to]}”，请刷新后再试`,
    );
  }
}

function fieldOf(code: string): string {
  if (code.startsWith("PENALTY_REASON")) return "reason";
  if (code === "PENALTY_VOIDED_VOTES_REQUIRED") return "voteIds";
  return "level";
}
