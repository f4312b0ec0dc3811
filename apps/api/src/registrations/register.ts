import { isUniqueViolation } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  activityEligibilityRules,
  checkEligibility,
  DomainError,
  firstApprovalState,
  formatChineseDate,
  idsOnPath,
  isLiveRegistrationState,
  type RegistrationState,
  registrationStateLabels,
  storedToCalendarDate,
  validationError,
} from "@jinzhou/domain";
import { findActivity } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { lockCategory, placingTransactionOptions, settleCategory } from "./place-category.ts";

export interface RegistrationRequest {
  activityId: number;
  /** The category by its key in the activity's configuration, or by its row id. */
  categoryKey?: string | null;
  categoryId?: number | null;
  /** Chosen by the client per attempt; a retry with the same key returns the first registration. */
  idempotencyKey: string;
}

const idempotencyKeyMaxLength = 100;

/**
 * A worker registers themselves (职工自主报名) in one category of an activity that is open for
 * registration, as the single member of an individual entry, for their grassroots union. Every
 * eligibility reason is returned at once. The entry starts at the first step of the activity's
 * approval chain; with no chain it is placed at once (已确认 or 候补) inside the category's lock.
 * One live entry per worker is held by RegistrationMember.liveKey, so two simultaneous attempts
 * cannot both succeed; the same idempotency key always answers with the first registration.
 */
export async function register(context: Context, request: RegistrationRequest): Promise<{ id: number }> {
  const actor = requireActor(context);
  if (actor.role !== "WORKER" || actor.workerId === null) throw new DomainError("FORBIDDEN");
  const workerId = actor.workerId;
  const idempotencyKey = request.idempotencyKey.trim();
  if (idempotencyKey === "" || idempotencyKey.length > idempotencyKeyMaxLength) {
    throw validationError([
      {
        field: "idempotencyKey",
        code: "INVALID",
        message: `请求编号须为 1–${idempotencyKeyMaxLength} 个字符`,
      },
    ]);
  }
  const earlier = await replayed(context, request.activityId, idempotencyKey);
  if (earlier) return earlier;

  const activity = await findActivity(context, request.activityId);
  const category = await findCategory(context, request);
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  if (activity.state !== "REGISTRATION_OPEN") {
    throw new DomainError("REGISTRATION_CLOSED", [], `“${activity.name}”现在不在报名期，不能报名`);
  }
  if (activity.registrationClosesOn !== null && context.today > activity.registrationClosesOn) {
    throw new DomainError(
      "REGISTRATION_CLOSED",
      [],
      `报名已于 ${formatChineseDate(activity.registrationClosesOn)} 截止，不能再报名`,
    );
  }
  if (!configuration.entryChannels.includes("SELF_REGISTRATION") || category.entrantType !== "INDIVIDUAL") {
    throw new DomainError(
      "SELF_REGISTRATION_NOT_ALLOWED",
      [],
      `“${category.name}”不接受职工个人自主报名，请通过所在单位工会推荐或报名`,
    );
  }

  const worker = await context.prisma.worker.findUniqueOrThrow({
    where: { id: workerId },
    include: {
      organization: { include: { safetyAccidents: { select: { occurredOn: true } } } },
      honours: { select: { code: true } },
      registrations: {
        where: { registration: { activityId: activity.id } },
        select: {
          liveKey: true,
          registration: { select: { id: true, state: true, category: { select: { key: true, name: true } } } },
        },
      },
    },
  });
  const existingEntries = worker.registrations.map(({ registration }) => ({
    registrationId: registration.id,
    categoryId: registration.category.key,
    categoryName: registration.category.name,
    state: registration.state,
  }));

  const rules = activityEligibilityRules(configuration, category.key, activity);
  const onePerActivity = rules.some((ruleSet) => ruleSet.entriesPerWorker === "ONE_PER_ACTIVITY");
  // Without a limit in the rules an individual still cannot enter the same category twice.
  const liveKey = onePerActivity
    ? `activity:${activity.id}:worker:${workerId}`
    : `category:${category.id}:worker:${workerId}`;
  const holding = worker.registrations.find((member) => member.liveKey === liveKey);
  if (holding) throw alreadyRegistered(holding.registration.category.name, holding.registration.state);

  const outcome = checkEligibility(
    {
      birthDate: storedToCalendarDate(worker.birthDate),
      gender: worker.gender,
      unionMember: worker.memberCardNumber !== null,
      skillGrade: worker.skillGrade,
      positionCategory: worker.positionCategory,
      trade: worker.trade,
      organizationPath: worker.organization.path,
      organizationName: worker.organization.name,
      honoursHeld: worker.honours.map((honour) => honour.code),
      unitSeriousAccidentDates: worker.organization.safetyAccidents.map((accident) => accident.occurredOn),
    },
    rules,
    { categoryId: category.key, existingEntries },
  );
  if (!outcome.eligible) {
    throw new DomainError(
      "NOT_ELIGIBLE",
      outcome.reasons.map(({ code, message }) => ({ field: "categoryId", code, message })),
      `不符合报名条件：${outcome.reasons.map((reason) => reason.message).join("；")}`,
    );
  }

  const state = await firstState(context, configuration, worker.organization.path);
  try {
    return await context.prisma.$transaction(async (tx) => {
      // Placing takes the category's lock before anything else, and the registration time is
      // taken inside it, so the registration order is the order in which places were given.
      const locked = state === "APPROVED" ? await lockCategory(tx, category.id) : null;
      const registeredAt = new Date();
      const created = await tx.registration.create({
        data: {
          activityId: activity.id,
          categoryId: category.id,
          entrantType: "INDIVIDUAL",
          channel: "SELF_REGISTRATION",
          state,
          organizationId: worker.organizationId,
          registeredAt,
          stateChangedAt: registeredAt,
          idempotencyKey,
          submittedById: actor.userId,
          members: { create: [{ workerId, isLeader: false, sortOrder: 0, liveKey }] },
        },
        select: { id: true },
      });
      const changes = locked ? await settleCategory(tx, context, locked, created.id) : [];
      const placed = changes.find((change) => change.registrationId === created.id)?.after ?? state;
      await recordAuditEntry(tx, context.actor, {
        action: "REGISTRATION_CREATE",
        entityType: "Registration",
        entityId: created.id,
        activityId: activity.id,
        after: {
          categoryKey: category.key,
          channel: "SELF_REGISTRATION",
          workerId,
          organizationId: worker.organizationId,
          state: placed,
        },
      });
      return created;
    }, placingTransactionOptions);
  } catch (error) {
    const fields = isUniqueViolation(error);
    if (!fields) throw error;
    // A simultaneous retry of the same request won the race: answer with its registration.
    if (fields.some((field) => field.includes("idempotencyKey"))) {
      const first = await replayed(context, activity.id, idempotencyKey);
      if (first) return first;
    }
    const live = await context.prisma.registrationMember.findUnique({
      where: { liveKey },
      select: { registration: { select: { state: true, category: { select: { name: true } } } } },
    });
    throw alreadyRegistered(live?.registration.category.name ?? category.name, live?.registration.state ?? null);
  }
}

/** The registration a request with this key created before, if the same user sent it. */
async function replayed(context: Context, activityId: number, idempotencyKey: string) {
  const actor = requireActor(context);
  const earlier = await context.prisma.registration.findUnique({
    where: { activityId_idempotencyKey: { activityId, idempotencyKey } },
    select: { id: true, submittedById: true },
  });
  if (!earlier) return null;
  if (earlier.submittedById !== actor.userId) throw new DomainError("IDEMPOTENCY_KEY_REUSED");
  return { id: earlier.id };
}

async function findCategory(context: Context, request: RegistrationRequest) {
  const key = request.categoryKey?.trim();
  if (!key && (request.categoryId === null || request.categoryId === undefined)) {
    throw validationError([{ field: "categoryKey", code: "REQUIRED", message: "请选择报名的组别" }]);
  }
  const category = await context.prisma.category.findFirst({
    where: {
      activityId: request.activityId,
      ...(key ? { key } : {}),
      ...(request.categoryId ? { id: request.categoryId } : {}),
    },
  });
  if (!category) throw new DomainError("NOT_FOUND", [], "该活动没有这个组别");
  return category;
}

/** Where the chain starts for this unit; an activity that asks for no approval places at once. */
async function firstState(
  context: Context,
  configuration: ActivityConfiguration,
  unitPath: string,
): Promise<RegistrationState> {
  if (configuration.approvalChain.levels.length === 0) return "APPROVED";
  const above = await context.prisma.organization.findFirst({
    where: { id: { in: idsOnPath(unitPath) }, kind: { in: ["COUNTY_FEDERATION", "INDUSTRY_UNION"] } },
    select: { path: true },
  });
  return firstApprovalState(configuration.approvalChain, { countyOrIndustryPath: above?.path ?? null });
}

function alreadyRegistered(categoryName: string, state: RegistrationState | null): DomainError {
  const entry = state !== null && isLiveRegistrationState(state) ? `（${registrationStateLabels[state]}）` : "";
  const message = `您已报名“${categoryName}”${entry}，不能重复报名；如要改报，请先撤销原报名`;
  return new DomainError("ALREADY_REGISTERED", [{ field: "categoryId", code: "ALREADY_REGISTERED", message }], message);
}
