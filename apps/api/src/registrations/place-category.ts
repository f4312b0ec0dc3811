import type { Prisma } from "@jinzhou/db";
import { type RegistrationPlaceChange, type RegistrationState, settleCategoryPlaces } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { notifyWaitlistPromotion } from "../notifications/registration-notifications.ts";

/** Long enough for a queue of registrations waiting on the same category's lock (the Prisma default is 5 s). */
export const placingTransactionOptions = { maxWait: 60_000, timeout: 60_000 } as const;

/** The states settling looks at; every other state keeps its place out of the count. */
const placingStates: RegistrationState[] = ["APPROVED", "WAITLISTED", "CONFIRMED"];

/**
 * Takes the category's lock: bumping `Category.version` row-locks the category on PostgreSQL until
 * the transaction ends (SQLite has one writer anyway), so two placings in one category never read
 * the same free place. Call it first in every transaction that places registrations.
 */
export async function lockCategory(tx: Prisma.TransactionClient, categoryId: number) {
  return tx.category.update({
    where: { id: categoryId },
    data: { version: { increment: 1 } },
    select: { id: true, activityId: true, capacity: true },
  });
}

/**
 * Settles the category's places with the domain's rules over what the database holds now (inside
 * the lock) and writes every change. Changes of `ownRegistrationId` (the registration the caller
 * is creating) are returned without an audit entry of their own, because the caller's entry
 * records its final state; every other change (a promotion from the waiting list) is audited.
 */
export async function settleCategory(
  tx: Prisma.TransactionClient,
  context: Context,
  category: { id: number; activityId: number; capacity: number | null },
  ownRegistrationId: number | null = null,
): Promise<RegistrationPlaceChange[]> {
  const registrations = await tx.registration.findMany({
    where: { categoryId: category.id, state: { in: placingStates } },
    select: { id: true, registeredAt: true, state: true },
  });
  const { changes } = settleCategoryPlaces(registrations, category.capacity);
  const now = new Date();
  for (const change of changes) {
    await tx.registration.update({
      where: { id: change.registrationId },
      data: { state: change.after, stateChangedAt: now, version: { increment: 1 } },
    });
    if (change.registrationId === ownRegistrationId) continue;
    await recordAuditEntry(tx, context.actor, {
      action: "REGISTRATION_PLACE",
      entityType: "Registration",
      entityId: change.registrationId,
      activityId: category.activityId,
      before: { state: change.before },
      after: { state: change.after },
    });
    if (change.before === "WAITLISTED" && (change.after === "CONFIRMED" || change.after === "APPROVED")) {
      await notifyWaitlistPromotion(tx, change.registrationId, context.actor?.userId ?? null);
    }
  }
  return changes;
}
