import { type ActivityKind, activityTemplate, DomainError, type FieldError, validationError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { syncRounds } from "../judging/sync-rounds.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { requireActivityManager } from "./activity-access.ts";
import { type ActivityScheduleChange, applyScheduleChange, emptyScheduledDates } from "./activity-schedule-input.ts";
import { syncCategories } from "./sync-categories.ts";

export interface NewActivity extends ActivityScheduleChange {
  kind: ActivityKind;
  code: string;
  name: string;
  year: number;
  departmentId: number;
}

const activityCodePattern = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

/**
 * A new draft activity from its kind's template: the configuration is the template with the name
 * and owning department filled in, and a category row is created for each of its categories.
 */
export async function createActivity(context: Context, input: NewActivity) {
  const department = await context.prisma.department.findUnique({ where: { id: input.departmentId } });
  if (!department) {
    throw validationError([{ field: "departmentId", code: "DEPARTMENT_NOT_FOUND", message: "承办部门不存在" }]);
  }
  const performer = await requireActivityManager(context, department.code);

  const errors: FieldError[] = [];
  const code = input.code.trim().toUpperCase();
  const name = input.name.trim();
  if (!activityCodePattern.test(code)) {
    errors.push({
      field: "code",
      code: "ACTIVITY_CODE_INVALID",
      message: "活动代码须为 2–32 位字母、数字或“-”，以字母或数字开头，例如 2015-ZYB",
    });
  }
  if (name === "") errors.push({ field: "name", code: "REQUIRED", message: "请填写活动名称" });
  else if (name.length > 100) errors.push({ field: "name", code: "TOO_LONG", message: "活动名称不能超过 100 个字" });
  const yearValid = Number.isInteger(input.year) && input.year >= 2000 && input.year <= 2100;
  if (!yearValid) errors.push({ field: "year", code: "YEAR_INVALID", message: "年度须为 2000–2100 之间的整数" });
  const { schedule, errors: scheduleErrors } = applyScheduleChange(
    emptyScheduledDates,
    yearValid ? input : { ...input, deadlinePhrase: undefined },
    yearValid ? input.year : 2000,
  );
  errors.push(...scheduleErrors);
  if (errors.length > 0) throw validationError(errors);

  const configuration = { ...activityTemplate(input.kind), name, ownerDepartmentCode: department.code };
  try {
    return await context.prisma.$transaction(async (tx) => {
      const activity = await tx.activity.create({
        data: {
          code,
          name,
          kind: input.kind,
          departmentId: department.id,
          year: input.year,
          configuration: configuration as object,
          ...schedule,
          createdById: performer.userId,
        },
      });
      await syncCategories(tx, activity.id, configuration);
      await syncRounds(tx, activity.id, configuration);
      await recordAuditEntry(tx, context.actor, {
        action: "ACTIVITY_CREATE",
        entityType: "Activity",
        entityId: activity.id,
        activityId: activity.id,
        after: {
          code,
          name,
          kind: input.kind,
          state: activity.state,
          department: department.name,
          year: input.year,
          ...schedule,
          categories: configuration.categories.map((category) => category.categoryName),
        },
      });
      return activity;
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    rethrowUniqueViolation(error, { code: "ACTIVITY_CODE_TAKEN" });
  }
}
