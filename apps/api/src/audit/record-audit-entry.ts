import type { Prisma, PrismaClient } from "@jinzhou/db";
import { type Actor, redactPersonalNumbers } from "@jinzhou/domain";

/** A database handle inside or outside a transaction: audit entries are written with the change. */
export type AuditWriter = Pick<PrismaClient, "auditEntry"> | Prisma.TransactionClient;

export interface AuditFacts {
  /** e.g. "ACTIVITY_CREATE", "ACTIVITY_TRANSITION", "HOLIDAY_DELETE". */
  action: string;
  /** The model name of the record, e.g. "Activity". */
  entityType: string;
  entityId?: number | null;
  activityId?: number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/**
 * Appends one entry to the audit log: who (null for the public or the system), when, what, and
 * the values before and after. Call it with the transaction that makes the change, so a change
 * and its record are written together or not at all. ID and phone numbers inside the values are
 * masked: the log shows that a number changed, not the number.
 */
export async function recordAuditEntry(db: AuditWriter, actor: Actor | null, facts: AuditFacts): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      action: facts.action,
      entityType: facts.entityType,
      entityId: facts.entityId ?? null,
      activityId: facts.activityId ?? null,
      before: auditValue(facts.before),
      after: auditValue(facts.after),
      reason: facts.reason ?? null,
    },
  });
}

function auditValue(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(redactPersonalNumbers(JSON.stringify(value))) as Prisma.InputJsonValue;
}
