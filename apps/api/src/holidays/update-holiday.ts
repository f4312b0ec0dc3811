import { DomainError, type HolidayKind } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { checkHolidayDay, holidayAuditValues } from "./holiday-day.ts";

/** A change: an absent (or null) field stays as it is. */
export interface HolidayChange {
  date?: string | null;
  name?: string | null;
  kind?: HolidayKind | null;
}

export async function updateHoliday(context: Context, id: number, change: HolidayChange) {
  const actor = requireActor(context);
  if (actor.role !== "ADMIN") throw new DomainError("FORBIDDEN");
  const existing = await context.prisma.holiday.findUnique({ where: { id } });
  if (!existing) throw new DomainError("NOT_FOUND");
  const data = await checkHolidayDay(
    context.prisma,
    { date: change.date ?? existing.date, name: change.name ?? existing.name, kind: change.kind ?? existing.kind },
    id,
  );
  try {
    return await context.prisma.$transaction(async (tx) => {
      const updated = await tx.holiday.update({ where: { id }, data });
      await recordAuditEntry(tx, actor, {
        action: "HOLIDAY_UPDATE",
        entityType: "Holiday",
        entityId: id,
        before: holidayAuditValues(existing),
        after: holidayAuditValues(updated),
      });
      return updated;
    });
  } catch (error) {
    rethrowUniqueViolation(error, { date: "HOLIDAY_DATE_TAKEN" });
  }
}
