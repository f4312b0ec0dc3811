import { isUniqueViolation } from "@jinzhou/db";
import { type ActivityState, DomainError, validateJudgeRecusal } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { entryNameOf, refusal, requireJudgingStep } from "./judging-access.ts";

/**
 * A judge declares a recusal (回避) from an entry assigned to them, with a reason. From then on they
 * cannot submit a sheet for it, and automatic assignment never gives it to them; the organizer sees
 * the recusal and reassigns the entry or excuses the judge.
 */
export async function declareRecusal(
  context: Context,
  input: { registrationId: number; reason: string },
): Promise<{ recusalId: number }> {
  const actor = requireActor(context);
  if (actor.role !== "JUDGE") throw new DomainError("FORBIDDEN");
  const assignment = await context.prisma.judgeAssignment.findFirst({
    where: { registrationId: input.registrationId, judgeUserId: actor.userId },
    select: {
      registration: {
        select: {
          activityId: true,
          name: true,
          activity: { select: { state: true } },
          members: { select: { worker: { select: { name: true } } } },
        },
      },
    },
  });
  // Judges see only entries assigned to them; anything else looks absent.
  if (!assignment) throw new DomainError("NOT_FOUND");
  const { registration } = assignment;
  requireJudgingStep("DECLARE_RECUSAL", registration.activity.state as ActivityState);
  const reason = input.reason.trim();
  const reasons = validateJudgeRecusal({ judgeId: actor.userId, entryId: input.registrationId, reason });
  if (reasons.length > 0) throw refusal("RECUSAL_REFUSED", reasons, "reason", "不能声明回避");
  try {
    return await context.prisma.$transaction(async (tx) => {
      const recusal = await tx.judgeRecusal.create({
        data: { registrationId: input.registrationId, judgeUserId: actor.userId, reason },
        select: { id: true },
      });
      await recordAuditEntry(tx, actor, {
        action: "JUDGE_RECUSAL",
        entityType: "JudgeRecusal",
        entityId: recusal.id,
        activityId: registration.activityId,
        after: { registrationId: input.registrationId, entry: entryNameOf(registration) },
        reason,
      });
      return { recusalId: recusal.id };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError("RECUSAL_REFUSED", [], `您已声明回避「${entryNameOf(registration)}」`);
  }
}
