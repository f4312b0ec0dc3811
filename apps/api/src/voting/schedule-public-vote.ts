import {
  DomainError,
  isCalendarDate,
  type VotingWindow,
  validateVotingWindow,
  validationError,
  votingWindowFromChinaDates,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireVoteOrganizer } from "./public-vote-round.ts";

export interface VoteScheduleRequest {
  roundId: number;
  /** China calendar days, both included ("10月20日至10月30日"): 00:00 China time to 24:00. */
  opensOn?: string | null;
  closesOn?: string | null;
  /** Or exact instants: opensAt included, closesAt excluded. */
  opensAt?: Date | null;
  closesAt?: Date | null;
}

/**
 * The organizer sets when the public vote takes ballots, by China calendar days or by instants,
 * until the vote is closed. Ballots already cast stay as they are.
 */
export async function schedulePublicVote(context: Context, request: VoteScheduleRequest): Promise<{ id: number }> {
  const { round } = await requireVoteOrganizer(context, request.roundId);
  if (round.closedAt !== null) throw new DomainError("VOTING_CLOSED", [], "这项投票已经结束并计票，不能再改投票时间");
  const window = windowOf(request);
  const checked = validateVotingWindow(window);
  if (!checked.ok) throw validationError(checked.errors);
  return context.prisma.$transaction(async (tx) => {
    const updated = await tx.round.updateMany({
      where: { id: round.id, closedAt: null },
      data: { opensAt: window.opensAt, closesAt: window.closesAt },
    });
    if (updated.count === 0) throw new DomainError("VOTING_CLOSED", [], "这项投票已经结束并计票，不能再改投票时间");
    await recordAuditEntry(tx, context.actor, {
      action: "PUBLIC_VOTE_SCHEDULE",
      entityType: "Round",
      entityId: round.id,
      activityId: round.activityId,
      before: { opensAt: round.opensAt?.toISOString() ?? null, closesAt: round.closesAt?.toISOString() ?? null },
      after: { opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString() },
    });
    return { id: round.id };
  });
}

function windowOf(request: VoteScheduleRequest): VotingWindow {
  if (request.opensOn || request.closesOn) {
    const errors = (["opensOn", "closesOn"] as const)
      .filter((field) => !isCalendarDate(request[field] ?? ""))
      .map((field) => ({ field, code: "INVALID", message: "请填写日期，格式为 YYYY-MM-DD" }));
    if (errors.length > 0) throw validationError(errors);
    return votingWindowFromChinaDates(request.opensOn as string, request.closesOn as string);
  }
  if (!request.opensAt || !request.closesAt) {
    throw validationError([
      { field: "opensAt", code: "REQUIRED", message: "请填写投票开始和结束时间（或开始和结束日期）" },
    ]);
  }
  return { opensAt: request.opensAt, closesAt: request.closesAt };
}
