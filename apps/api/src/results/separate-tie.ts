import { isUniqueViolation } from "@jinzhou/db";
import { DomainError, separateBlockingTies } from "@jinzhou/domain";
import { findActivity, requireActivityManager } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { rankActivity } from "./activity-rankings.ts";
import { computableStates } from "./compute-results.ts";

export interface SeparateTieInput {
  activityId: number;
  categoryId: number;
  trackKey: string;
  /** Every registration of the tied group, in the decided order. */
  orderedEntryIds: number[];
  reason: string;
}

/**
 * Records the organizer's order for a tie the activity does not let share an award (无并列奖项),
 * after the domain accepts it (every member of one blocking tie, a reason). Recompute the results
 * afterwards to see the new places.
 */
export async function separateTie(context: Context, input: SeparateTieInput) {
  const activity = await findActivity(context, input.activityId);
  const performer = await requireActivityManager(context, activity.department.code);
  if (!(computableStates as readonly string[]).includes(activity.state)) {
    throw new DomainError("TIE_SEPARATION_REFUSED", [], "只有“评审中”或“结果公示”的活动可以裁定并列名次");
  }
  const rankings = await rankActivity(context.prisma, activity);
  const outcome = rankings.outcomes.find(
    (candidate) => candidate.categoryId === input.categoryId && candidate.track.key === input.trackKey,
  );
  if (!outcome) throw new DomainError("NOT_FOUND");
  const configuration = activity.configuration as unknown as { awards: Parameters<typeof separateBlockingTies>[1] };
  const separation = { orderedEntryIds: input.orderedEntryIds, reason: input.reason };
  const checked = separateBlockingTies(outcome.ranking, configuration.awards, [separation]);
  if (!checked.ok) {
    throw new DomainError(
      "TIE_SEPARATION_REFUSED",
      checked.reasons.map(({ code, message }) => ({ field: "orderedEntryIds", code, message })),
      `不能裁定该并列名次：${checked.reasons.map((reason) => reason.message).join("；")}`,
    );
  }
  const place = outcome.ranking.ranked.find((entry) => entry.entryId === input.orderedEntryIds[0])?.place ?? 0;
  const decided = context.prisma.$transaction(async (tx) => {
    const created = await tx.tieSeparation.create({
      data: {
        activityId: input.activityId,
        categoryId: input.categoryId,
        trackKey: input.trackKey,
        place,
        orderedEntryIds: input.orderedEntryIds,
        reason: input.reason.trim(),
        decidedById: performer.userId,
      },
    });
    await recordAuditEntry(tx, context.actor, {
      action: "TIE_SEPARATE",
      entityType: "TieSeparation",
      entityId: created.id,
      activityId: input.activityId,
      after: { categoryId: input.categoryId, trackKey: input.trackKey, place, orderedEntryIds: input.orderedEntryIds },
      reason: created.reason,
    });
    return created;
  });
  // Two organizers separating the same tie at once: the second finds it decided.
  return decided.catch((error: unknown) => {
    if (isUniqueViolation(error)) {
      throw new DomainError("TIE_SEPARATION_REFUSED", [], `并列第 ${place} 名已有裁定，请刷新后查看`);
    }
    throw error;
  });
}
