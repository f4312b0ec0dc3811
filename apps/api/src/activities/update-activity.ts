import {
  type ActivityConfiguration,
  DomainError,
  type FieldError,
  validateActivityConfiguration,
  validationError,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { syncRounds } from "../judging/sync-rounds.ts";
import { findActivity, requireActivityManager } from "./activity-access.ts";
import { type ActivityScheduleChange, applyScheduleChange } from "./activity-schedule-input.ts";
import { syncCategories } from "./sync-categories.ts";

export interface ActivityChange extends ActivityScheduleChange {
  /** The version the client read; the change is refused if someone changed the activity since. */
  version: number;
  name?: string | null;
  configuration?: unknown;
}

export const staleActivityMessage = "该活动已被他人修改，请刷新后再试";

/**
 * Adjusts a draft: its name, dates and configuration. Only a draft may change (the lifecycle says
 * nothing about changing rules once workers could register, so nothing is allowed). The whole
 * configuration is checked and every problem returned at once, with its path. The configuration's
 * kind cannot change; its name and owning department always follow the activity's own.
 */
export async function updateActivity(context: Context, id: number, change: ActivityChange) {
  const existing = await findActivity(context, id);
  await requireActivityManager(context, existing.department.code);
  if (existing.state !== "DRAFT") throw new DomainError("ACTIVITY_NOT_EDITABLE");
  if (existing.version !== change.version) throw new DomainError("STALE_VERSION", [], staleActivityMessage);

  const errors: FieldError[] = [];
  const name = change.name === undefined || change.name === null ? existing.name : change.name.trim();
  if (name === "") errors.push({ field: "name", code: "REQUIRED", message: "请填写活动名称" });
  else if (name.length > 100) errors.push({ field: "name", code: "TOO_LONG", message: "活动名称不能超过 100 个字" });

  const { schedule, errors: scheduleErrors } = applyScheduleChange(existing, change, existing.year);
  errors.push(...scheduleErrors);

  const before = existing.configuration as unknown as ActivityConfiguration;
  let configuration = before;
  if (change.configuration !== undefined && change.configuration !== null) {
    const given = change.configuration;
    if (typeof given !== "object" || Array.isArray(given)) {
      errors.push({ field: "configuration", code: "CONFIGURATION_INVALID", message: "活动设置格式不正确" });
    } else {
      const kind = (given as { kind?: unknown }).kind;
      if (kind !== undefined && kind !== existing.kind) {
        errors.push({ field: "kind", code: "ACTIVITY_KIND_FIXED", message: "活动类型创建后不能修改" });
      }
      configuration = {
        ...(given as ActivityConfiguration),
        kind: existing.kind,
      };
    }
  }
  configuration = { ...configuration, name, ownerDepartmentCode: existing.department.code };
  errors.push(...configurationProblems(configuration));
  if (errors.length > 0) throw validationError(errors);

  return context.prisma.$transaction(async (tx) => {
    // `version` in the condition makes a concurrent change lose cleanly instead of overwriting.
    const { count } = await tx.activity.updateMany({
      where: { id, version: change.version, state: "DRAFT" },
      data: {
        name,
        registrationOpensOn: schedule.registrationOpensOn,
        registrationClosesOn: schedule.registrationClosesOn,
        judgingEndsOn: schedule.judgingEndsOn,
        completedBy: schedule.completedBy,
        deadlinePhrase: schedule.deadlinePhrase,
        configuration: configuration as object,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], staleActivityMessage);
    const categories = await syncCategories(tx, id, configuration);
    await syncRounds(tx, id, configuration);
    const updated = await tx.activity.findUniqueOrThrow({ where: { id } });
    await recordAuditEntry(tx, context.actor, {
      action: "ACTIVITY_UPDATE",
      entityType: "Activity",
      entityId: id,
      activityId: id,
      before: auditedValues(existing, before),
      after: { ...auditedValues(updated, configuration), categories },
    });
    return updated;
  });
}

/** Problems with a configuration; one a client sent in a shape the checks cannot even read is one problem. */
function configurationProblems(configuration: ActivityConfiguration): FieldError[] {
  try {
    return validateActivityConfiguration(configuration);
  } catch {
    return [{ field: "configuration", code: "CONFIGURATION_INVALID", message: "活动设置格式不正确，缺少必要的部分" }];
  }
}

function auditedValues(
  activity: {
    name: string;
    version: number;
    registrationOpensOn: string | null;
    registrationClosesOn: string | null;
    judgingEndsOn: string | null;
    completedBy: string | null;
    deadlinePhrase: string | null;
  },
  configuration: ActivityConfiguration,
) {
  return {
    name: activity.name,
    version: activity.version,
    registrationOpensOn: activity.registrationOpensOn,
    registrationClosesOn: activity.registrationClosesOn,
    judgingEndsOn: activity.judgingEndsOn,
    completedBy: activity.completedBy,
    deadlinePhrase: activity.deadlinePhrase,
    configuration,
  };
}
