import { DomainError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { checkHolidayDay, type HolidayDay, holidayAuditValues } from "./holiday-day.ts";

export async function createHoliday(context: Context, day: HolidayDay) {
  const actor = requireActor(context);
  if (actor.role !== "ADMIN") throw new DomainError("FORBIDDEN");
  const data = await checkHolidayDay(context.prisma, day);
  try {
    return await context.prisma.$transaction(async (tx) => {
      const created = await tx.holiday.create({ data });
      await recordAuditEntry(tx, actor, {
        action: "HOLIDAY_CREATE",
        entityType: "Holiday",
        entityId: created.id,
        after: holidayAuditValues(created),
      });
      return created;
    });
  } catch (error) {
    // Someone entered the same date between the check and the insert.
    rethrowUniqueViolation(error, { date: "HOLIDAY_DATE_TAKEN" });
  }
}
