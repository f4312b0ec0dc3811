import { type ActivityConfiguration, DomainError, type Reason, validationError } from "@jinzhou/domain";
import { findActivity } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { checkMembersEligibility, findEntryCategory, findOpenActivity, loadEntryWorkers } from "./create-entry.ts";

export interface EnrolmentWorkerCheck {
  workerId: number;
  workerName: string;
  organizationName: string;
  /** Every reason this worker cannot be enrolled in the category now; empty when they can. */
  reasons: Reason[];
}

export interface EnrolmentCheck {
  /** Reasons that refuse any enrolment in this category (not open, channel, quota activity). */
  reasons: Reason[];
  workers: EnrolmentWorkerCheck[];
  /** Would `enrol` accept each of these workers on their own now? */
  allowed: boolean;
}

const maxWorkers = 20;

function reasonsOf(error: unknown): Reason[] {
  if (!(error instanceof DomainError)) throw error;
  if (error.fieldErrors.length > 0) return error.fieldErrors.map(({ code, message }) => ({ code, message }));
  return [{ code: error.code, message: error.message }];
}

/**
 * "Can we enrol these workers?", asked by a unit admin before submitting: the activity's and
 * category's reasons, then each worker's eligibility reasons, with the same checks `enrol` applies
 * to each member (nothing is written). Workers outside the admin's subtree look absent.
 */
export async function enrolmentCheck(
  context: Context,
  request: { activityId: number; categoryId?: number | null; categoryKey?: string | null; workerIds: number[] },
): Promise<EnrolmentCheck> {
  const actor = requireActor(context);
  if (actor.role !== "UNIT_ADMIN" && actor.role !== "ADMIN") throw new DomainError("FORBIDDEN");
  const activity = await findActivity(context, request.activityId);
  const category = await findEntryCategory(context, { ...request, idempotencyKey: "" });
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const reasons: Reason[] = [];
  try {
    await findOpenActivity(context, activity.id);
  } catch (error) {
    reasons.push(...reasonsOf(error));
  }
  if (!configuration.entryChannels.includes("UNIT_NOMINATION")) {
    reasons.push({ code: "ENTRY_CHANNEL_NOT_ALLOWED", message: `“${activity.name}”不接受单位报名，请由职工本人报名` });
  } else if (configuration.quota !== null) {
    reasons.push({
      code: "ENTRY_CHANNEL_NOT_ALLOWED",
      message: `“${activity.name}”按名额推荐，请使用“推荐”在本单位名额内推荐候选人`,
    });
  }
  const workerIds = [...new Set(request.workerIds)];
  if (workerIds.length === 0 || workerIds.length > maxWorkers) {
    throw validationError([{ field: "workerIds", code: "INVALID", message: `请选择 1–${maxWorkers} 名职工` }]);
  }
  const workers = await loadEntryWorkers(context, activity.id, workerIds);
  if (workers.some((worker) => !worker.organization.path.startsWith(actor.scopePath))) {
    throw new DomainError("NOT_FOUND", [], "名单中有职工不存在或不在您管理的范围内");
  }
  const checks = workers.map((worker): EnrolmentWorkerCheck => {
    let workerReasons: Reason[] = [];
    try {
      checkMembersEligibility(activity, configuration, category, [worker], {
        entrantType: category.entrantType,
        selfWorkerId: null,
      });
    } catch (error) {
      workerReasons = reasonsOf(error);
    }
    return {
      workerId: worker.id,
      workerName: worker.name,
      organizationName: worker.organization.name,
      reasons: workerReasons,
    };
  });
  return {
    reasons,
    workers: checks,
    allowed: reasons.length === 0 && checks.every((check) => check.reasons.length === 0),
  };
}
