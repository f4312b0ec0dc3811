import { DomainError, withdrawRegistration as decideWithdrawal } from "@jinzhou/domain";
import { activityPerformerOf } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { lockCategory, placingTransactionOptions, settleCategory } from "./place-category.ts";
import { registrantWorkerIdOf } from "./registrant.ts";
import { findVisibleRegistration } from "./registration-scope.ts";

export const staleRegistrationMessage = "这份报名已被他人处理，请刷新后再试";

/**
 * Withdraws a registration (已撤销) by the domain's rule: through the deadline the worker or a unit
 * admin above them, afterwards only the owning department's organizer with a reason. The freed
 * place goes to the first on the waiting list in the same transaction, under the category's lock;
 * the withdrawal and each promotion are audited. `version`, when sent, must be the one read.
 */
export async function withdrawRegistration(
  context: Context,
  id: number,
  reason: string | null,
  version: number | null = null,
): Promise<{ id: number }> {
  const actor = requireActor(context);
  const visible = await findVisibleRegistration(context, id);
  if (version !== null && version !== visible.version) {
    throw new DomainError("STALE_VERSION", [], staleRegistrationMessage);
  }
  const { departmentCode } = await activityPerformerOf(context);
  const activity = visible.activity;

  return context.prisma.$transaction(async (tx) => {
    const category = await lockCategory(tx, visible.categoryId);
    // Read again inside the lock: the states settling works on are the ones now.
    const rows = await tx.registration.findMany({
      where: { categoryId: category.id, OR: [{ id }, { state: { in: ["APPROVED", "WAITLISTED", "CONFIRMED"] } }] },
      select: {
        id: true,
        registeredAt: true,
        state: true,
        version: true,
        organization: { select: { path: true } },
        members: { select: { workerId: true, isLeader: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
      },
    });
    const current = rows.find((row) => row.id === id);
    if (!current || (version !== null && current.version !== version)) {
      throw new DomainError("STALE_VERSION", [], staleRegistrationMessage);
    }
    const decision = decideWithdrawal(
      rows.map((row) => ({
        id: row.id,
        registeredAt: row.registeredAt,
        state: row.state,
        workerId: registrantWorkerIdOf(row.members),
        unitPath: row.organization.path,
      })),
      { registrationId: id, actor: { ...actor, departmentCode }, reason, today: context.today },
      {
        registrationClosesOn: activity.registrationClosesOn,
        ownerDepartment: { code: activity.department.code, name: activity.department.name },
        // Promotions are settled below over the rows in the database, once the withdrawal is written.
        places: null,
      },
    );
    if (!decision.ok) {
      throw new DomainError(
        "WITHDRAWAL_REFUSED",
        decision.reasons.map(({ code, message }) => ({ field: "reason", code, message })),
        `不能撤销这份报名：${decision.reasons.map((refusal) => refusal.message).join("；")}`,
      );
    }
    const { audit } = decision;
    const now = new Date();
    const { count } = await tx.registration.updateMany({
      where: { id, version: current.version, state: audit.before },
      data: {
        state: "WITHDRAWN",
        stateChangedAt: now,
        liveKey: null,
        withdrawalReason: audit.actorRole === "ORGANIZER" ? audit.reason : null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], staleRegistrationMessage);
    await tx.registrationMember.updateMany({ where: { registrationId: id }, data: { liveKey: null } });
    await recordAuditEntry(tx, context.actor, {
      action: "REGISTRATION_WITHDRAW",
      entityType: "Registration",
      entityId: id,
      activityId: activity.id,
      before: { state: audit.before },
      after: { state: audit.after, afterDeadline: audit.afterDeadline },
      reason: audit.reason,
    });
    await settleCategory(tx, context, category);
    return { id };
  }, placingTransactionOptions);
}
