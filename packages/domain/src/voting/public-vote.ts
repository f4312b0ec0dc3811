import type { Reason } from "../errors.ts";

/** Why and by whom a vote was voided (无效票, 作废原因). */
export interface PublicVoteVoiding {
  reason: string;
  voidedBy: number;
  voidedAt: Date;
}

/**
 * One vote: one candidate on one accepted ballot. Votes are never deleted; a vote found to be
 * fraudulent keeps its row and gets a voiding, which takes it out of every total.
 */
export interface PublicVote {
  voteId: number;
  ballotId: number;
  candidateId: number;
  voterKey: string;
  ipAddress: string;
  castAt: Date;
  voiding: PublicVoteVoiding | null;
}

export function isValidPublicVote(vote: PublicVote): boolean {
  return vote.voiding === null;
}

const maxReasonLength = 500;

/** Voids a vote with a written reason; a vote is voided once. */
export function voidPublicVote(
  vote: PublicVote,
  reason: string,
  voidedBy: number,
  voidedAt: Date,
): { ok: true; vote: PublicVote } | { ok: false; reasons: Reason[] } {
  const reasons: Reason[] = [];
  if (vote.voiding !== null) {
    reasons.push({
      code: "VOTE_ALREADY_VOIDED",
      message: `该票已作废（作废原因：${vote.voiding.reason}），不能重复作废`,
    });
  }
  const written = reason.trim();
  if (written === "") reasons.push({ code: "VOID_REASON_REQUIRED", message: "作废投票须填写作废原因" });
  else if (written.length > maxReasonLength) {
    reasons.push({ code: "VOID_REASON_TOO_LONG", message: `作废原因不能超过 ${maxReasonLength} 个字` });
  }
  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, vote: { ...vote, voiding: { reason: written, voidedBy, voidedAt } } };
}
