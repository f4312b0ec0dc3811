import type { PrismaClient } from "@jinzhou/db";

export interface IndicatorReportEvent {
  at: Date;
  action: "FILE" | "APPROVE" | "RETURN";
  /** The version the filing made, or the version the decision was taken on. */
  version: number;
  actorName: string | null;
  /** The values filed, by key; empty for a decision. */
  values: { key: string; value: string }[];
  reason: string | null;
}

const actions = {
  INDICATOR_REPORT_FILE: "FILE",
  INDICATOR_REPORT_APPROVE: "APPROVE",
  INDICATOR_REPORT_RETURN: "RETURN",
} as const;

function sortedValues(values: unknown): { key: string; value: string }[] {
  if (values === null || typeof values !== "object") return [];
  return Object.entries(values as Record<string, unknown>)
    .map(([key, value]) => ({ key, value: String(value) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The versions of some reports and the decisions on them, each oldest first, read in one query
 * from the audit log that every filing and review writes in its own transaction. Filings audited
 * before the version was recorded count from 0 in order, as versions are numbered.
 */
export async function indicatorReportHistories(
  prisma: Pick<PrismaClient, "auditEntry">,
  reportIds: readonly number[],
): Promise<Map<number, IndicatorReportEvent[]>> {
  const entries = await prisma.auditEntry.findMany({
    where: { entityType: "IndicatorReport", entityId: { in: [...reportIds] }, action: { in: Object.keys(actions) } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: {
      entityId: true,
      at: true,
      action: true,
      after: true,
      before: true,
      reason: true,
      actor: { select: { displayName: true } },
    },
  });
  const byReport = new Map<number, typeof entries>(reportIds.map((id) => [id, []]));
  for (const entry of entries) byReport.get(entry.entityId as number)?.push(entry);
  return new Map([...byReport].map(([id, rows]) => [id, eventsOf(rows)]));
}

type AuditRow = {
  at: Date;
  action: string;
  after: unknown;
  before: unknown;
  reason: string | null;
  actor: { displayName: string } | null;
};

function eventsOf(entries: AuditRow[]): IndicatorReportEvent[] {
  let version = -1;
  return entries.map((entry) => {
    const action = actions[entry.action as keyof typeof actions];
    const after = (entry.after ?? {}) as { values?: unknown; version?: unknown };
    const before = (entry.before ?? {}) as { version?: unknown };
    if (action === "FILE") {
      version = typeof after.version === "number" ? after.version : version + 1;
    } else if (typeof before.version === "number") {
      // A decision moves the version on; the next filing counts from there.
      version = before.version + 1;
    }
    return {
      at: entry.at,
      action,
      version: action === "FILE" ? version : typeof before.version === "number" ? before.version : version,
      actorName: entry.actor?.displayName ?? null,
      values: action === "FILE" ? sortedValues(after.values) : [],
      reason: entry.reason,
    };
  });
}
