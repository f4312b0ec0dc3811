import { type ActivityConfiguration, DomainError, validationError } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import {
  checkMemberList,
  checkMembersEligibility,
  createEntry,
  type EntryPlan,
  findEntryCategory,
  findOpenActivity,
  loadEntryWorkers,
  oncePerIdempotencyKey,
} from "./create-entry.ts";

export interface ProjectDeclaration {
  activityId: number;
  categoryKey?: string | null;
  categoryId?: number | null;
  idempotencyKey: string;
  title: string;
  summary: string;
  /** Co-authors besides the declaring worker (who is the project's 负责人). */
  authorWorkerIds?: number[] | null;
}

const summaryMaxLength = 2000;

/**
 * A worker declares an innovation project (申报项目): title, summary and authors, the declarant
 * leading. It is a registration with entrant PROJECT whose details hold the summary; its documents
 * are attachments linked by the registration's id. Eligibility, approval chain and idempotency are
 * those of every entry (create-entry.ts).
 */
export async function declareProject(context: Context, request: ProjectDeclaration): Promise<{ id: number }> {
  const actor = requireActor(context);
  if (actor.role !== "WORKER" || actor.workerId === null) throw new DomainError("FORBIDDEN");

  return oncePerIdempotencyKey(context, request.activityId, request.idempotencyKey, (idempotencyKey) =>
    declareProjectChecked(context, request, idempotencyKey),
  );
}

async function declareProjectChecked(
  context: Context,
  request: ProjectDeclaration,
  idempotencyKey: string,
): Promise<{ id: number }> {
  // The outer function has checked that the actor is a worker.
  const workerId = requireActor(context).workerId as number;
  const activity = await findOpenActivity(context, request.activityId);
  const category = await findEntryCategory(context, request);
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  if (category.entrantType !== "PROJECT") {
    throw new DomainError("ENTRY_CHANNEL_NOT_ALLOWED", [], `“${category.name}”不是项目申报组别`);
  }
  if (!configuration.entryChannels.includes("SELF_REGISTRATION")) {
    throw new DomainError(
      "SELF_REGISTRATION_NOT_ALLOWED",
      [],
      `“${activity.name}”不接受职工自行申报，请通过所在单位工会申报`,
    );
  }
  const summary = request.summary.trim();
  if (summary === "" || summary.length > summaryMaxLength) {
    throw validationError([
      {
        field: "summary",
        code: summary === "" ? "REQUIRED" : "TOO_LONG",
        message: `请填写项目简介（不超过 ${summaryMaxLength} 字）`,
      },
    ]);
  }
  const others = (request.authorWorkerIds ?? []).filter((id) => id !== workerId);
  const plan: EntryPlan = {
    channel: "SELF_REGISTRATION",
    entrantType: "PROJECT",
    name: request.title,
    members: [workerId, ...others].map((id) => ({ workerId: id, isLeader: id === workerId })),
    selfWorkerId: workerId,
    details: { summary },
    auditAction: "PROJECT_DECLARE",
  };
  checkMemberList(configuration, category, plan);
  const workers = await loadEntryWorkers(
    context,
    activity.id,
    plan.members.map((member) => member.workerId),
  );
  const liveKeys = checkMembersEligibility(activity, configuration, category, workers, plan);
  const self = workers[0];
  if (!self) throw new DomainError("NOT_FOUND");
  return createEntry(context, plan, {
    activity,
    configuration,
    category,
    workers,
    liveKeys,
    organizationId: self.organizationId,
    organizationPath: self.organization.path,
    idempotencyKey,
  });
}
