import { DomainError, type PublicVote, voidPublicVote } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import type { Db } from "./public-vote-round.ts";
import { requireVoteOrganizer } from "./public-vote-round.ts";

/**
 * The organizer voids votes found to be fraudulent (无效票), each with the written reason (作废原因).
 * Votes are never deleted; a voided vote counts nowhere. All or nothing: if any vote is not of this
 * round or already voided (also by someone at the same moment), nothing is voided.
 */
export async function voidVotes(
  context: Context,
  request: { roundId: number; voteIds: number[]; reason: string },
): Promise<number[]> {
  const { round, performer } = await requireVoteOrganizer(context, request.roundId);
  const voteIds = [...new Set(request.voteIds)];
  if (voteIds.length === 0) throw new DomainError("VOTE_VOID_REFUSED", [], "请选择要作废的投票");
  return context.prisma.$transaction(
    (tx) =>
      voidVotesIn(tx, context, {
        roundId: round.id,
        activityId: round.activityId,
        voteIds,
        reason: request.reason,
        voidedBy: performer.userId,
      }),
    { maxWait: 60_000, timeout: 60_000 },
  );
}

/** Voids the votes inside the caller's transaction (also used by the VOTES_VOIDED penalty). */
export async function voidVotesIn(
  tx: Db,
  context: Context,
  request: { roundId: number; activityId: number; voteIds: number[]; reason: string; voidedBy: number },
): Promise<number[]> {
  const rows = await tx.vote.findMany({
    where: { id: { in: request.voteIds }, roundId: request.roundId },
    select: { id: true, ballotId: true, registrationId: true, voidedAt: true, voidReason: true, voidedById: true },
  });
  if (rows.length !== request.voteIds.length) {
    throw new DomainError("VOTE_VOID_REFUSED", [], "所选投票不属于这项投票或不存在");
  }
  const voidedAt = new Date();
  let reason = request.reason.trim();
  for (const row of rows) {
    const vote: PublicVote = {
      voteId: row.id,
      ballotId: row.ballotId,
      candidateId: row.registrationId,
      voterKey: "",
      ipAddress: "",
      castAt: voidedAt,
      voiding:
        row.voidedAt === null
          ? null
          : { reason: row.voidReason ?? "", voidedBy: row.voidedById ?? 0, voidedAt: row.voidedAt },
    };
    const decision = voidPublicVote(vote, request.reason, request.voidedBy, voidedAt);
    if (!decision.ok) {
      throw new DomainError(
        "VOTE_VOID_REFUSED",
        decision.reasons.map(({ code, message }) => ({
          field: code.startsWith("VOID_REASON") ? "reason" : "voteIds",
          code,
          message,
        })),
        `第 ${row.id} 号投票不能作废：${decision.reasons.map((item) => item.message).join("；")}`,
      );
    }
    reason = decision.vote.voiding?.reason ?? reason;
  }
  // Only votes still valid are voided: a simultaneous void of the same vote makes the count short.
  const updated = await tx.vote.updateMany({
    where: { id: { in: request.voteIds }, voidedAt: null },
    data: { voidedAt, voidReason: reason, voidedById: request.voidedBy },
  });
  if (updated.count !== request.voteIds.length) {
    throw new DomainError("VOTE_VOID_REFUSED", [], "所选投票中有的刚被他人作废，请刷新后再试");
  }
  for (const row of rows) {
    await recordAuditEntry(tx, context.actor, {
      action: "VOTE_VOID",
      entityType: "Vote",
      entityId: row.id,
      activityId: request.activityId,
      before: { voided: false, registrationId: row.registrationId, ballotId: row.ballotId },
      after: { voided: true, voidedAt: voidedAt.toISOString(), voidReason: reason },
      reason,
    });
  }
  return rows.map((row) => row.id).sort((a, b) => a - b);
}
