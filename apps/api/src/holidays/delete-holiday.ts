import { DomainError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { holidayAuditValues } from "./holiday-day.ts";

export async function deleteHoliday(context: Context, id: number) {
  const actor = requireActor(context);
  if (actor.role !== "ADMIN") throw new DomainError("FORBIDDEN");
  const existing = await context.prisma.holiday.findUnique({ where: { id } });
  if (!existing) throw new DomainError("NOT_FOUND");
  await context.prisma.$transaction(async (tx) => {
    await tx.holiday.delete({ where: { id } });
    await recordAuditEntry(tx, actor, {
      action: "HOLIDAY_DELETE",
      entityType: "Holiday",
      entityId: id,
      before: holidayAuditValues(existing),
    });
  });
  return existing;
}
