import { isUniqueViolation, type Prisma } from "@jinzhou/db";
import { DomainError, type FieldError, isLiveRegistrationState, validationError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { findVisibleRegistration } from "../registrations/registration-scope.ts";

export interface IndicatorReportRequest {
  registrationId: number;
  /** "2015", "2015-H1", "2015-Q2" or "2015-05". */
  period: string;
  values: { key: string; value: string }[];
  /** The version read; required to change a report already filed, absent for a first filing. */
  version?: number | null;
}

const periodPattern = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
const keyPattern = /^[A-Za-z0-9_-]{1,40}$/;
const decimalPattern = /^-?\d{1,12}(\.\d{1,6})?$/;

export const staleReportMessage = "该期指标已被他人修改，请刷新后再填报";

/**
 * A unit admin files (or corrects) a labor competition's periodic indicator report for an entry
 * of their subtree (a unit or a team, 班组): the period and each indicator's value as exact decimal
 * text, never a binary number. One report per entry and period; a correction must carry the
 * version read, so that two people editing the same report cannot overwrite each other silently.
 * Audited as INDICATOR_REPORT_FILE with the values before and after.
 */
export async function fileIndicatorReport(context: Context, request: IndicatorReportRequest): Promise<{ id: number }> {
  const actor = requireActor(context);
  if (actor.role !== "UNIT_ADMIN" && actor.role !== "ADMIN") throw new DomainError("FORBIDDEN");
  const registration = await findVisibleRegistration(context, request.registrationId);
  if (registration.activity.kind !== "LABOR_COMPETITION") {
    throw new DomainError("ENTRY_CHANNEL_NOT_ALLOWED", [], "只有劳动竞赛需要填报指标");
  }
  if (registration.entrantType !== "UNIT" && registration.entrantType !== "TEAM") {
    throw new DomainError("ENTRY_CHANNEL_NOT_ALLOWED", [], "指标只能按参赛单位或班组填报");
  }
  if (!isLiveRegistrationState(registration.state)) {
    throw new DomainError("ENTRY_CHANNEL_NOT_ALLOWED", [], "这份报名已撤销或未通过，不能填报指标");
  }
  const period = request.period.trim();
  const errors: FieldError[] = [];
  if (!periodPattern.test(period)) {
    errors.push({
      field: "period",
      code: "PERIOD_FORMAT",
      message: "填报期间应写作 2015、2015-H1、2015-Q2 或 2015-05",
    });
  }
  if (request.values.length === 0) {
    errors.push({ field: "values", code: "REQUIRED", message: "请至少填写一项指标" });
  }
  const values: Record<string, string> = {};
  request.values.forEach((entry, index) => {
    const key = entry.key.trim();
    const value = entry.value.trim();
    if (!keyPattern.test(key)) {
      errors.push({
        field: `values[${index}].key`,
        code: "INDICATOR_KEY_FORMAT",
        message: "指标代码为 1–40 位字母、数字、下划线或连字符",
      });
    } else if (Object.hasOwn(values, key)) {
      errors.push({ field: `values[${index}].key`, code: "INDICATOR_KEY_REPEATED", message: `指标 ${key} 填了两次` });
    }
    if (!decimalPattern.test(value)) {
      errors.push({
        field: `values[${index}].value`,
        code: "INDICATOR_VALUE_FORMAT",
        message: `指标 ${key} 的数值应为数字（最多 6 位小数），如 12.5`,
      });
    }
    values[key] = value;
  });
  if (errors.length > 0) throw validationError(errors);

  try {
    return await context.prisma.$transaction(async (tx) => {
      const existing = await tx.indicatorReport.findUnique({
        where: { registrationId_period: { registrationId: registration.id, period } },
      });
      if (existing) {
        if (request.version === null || request.version === undefined || request.version !== existing.version) {
          throw new DomainError(
            "STALE_VERSION",
            [{ field: "version", code: "STALE_VERSION", message: staleReportMessage }],
            staleReportMessage,
          );
        }
        const { count } = await tx.indicatorReport.updateMany({
          where: { id: existing.id, version: existing.version },
          // A new version awaits the owning department's review again, whatever the last decision was.
          data: {
            values,
            filedById: actor.userId,
            version: { increment: 1 },
            reviewState: "PENDING",
            reviewReason: null,
            reviewedById: null,
            reviewedAt: null,
          },
        });
        if (count === 0) throw new DomainError("STALE_VERSION", [], staleReportMessage);
      } else if (request.version !== null && request.version !== undefined && request.version !== 0) {
        throw new DomainError("STALE_VERSION", [], staleReportMessage);
      }
      const report = existing
        ? { id: existing.id }
        : await tx.indicatorReport.create({
            data: {
              activityId: registration.activityId,
              registrationId: registration.id,
              period,
              values,
              filedById: actor.userId,
            },
            select: { id: true },
          });
      await recordAuditEntry(tx, context.actor, {
        action: "INDICATOR_REPORT_FILE",
        entityType: "IndicatorReport",
        entityId: report.id,
        activityId: registration.activityId,
        before: existing ? { period, values: existing.values as Prisma.JsonValue } : null,
        after: { registrationId: registration.id, period, values, version: existing ? existing.version + 1 : 0 },
      });
      return report;
    });
  } catch (error) {
    // A simultaneous first filing of the same period landed first.
    if (isUniqueViolation(error)) throw new DomainError("STALE_VERSION", [], staleReportMessage);
    throw error;
  }
}
