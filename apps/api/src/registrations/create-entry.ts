import { isUniqueViolation, type Prisma } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  activityEligibilityRules,
  checkEligibility,
  DomainError,
  type FieldError,
  firstApprovalState,
  formatChineseDate,
  idsOnPath,
  isLiveRegistrationState,
  type RegistrationState,
  registrationStateLabels,
  validationError,
} from "@jinzhou/domain";
import { findActivity } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { lockCategory, placingTransactionOptions, settleCategory } from "./place-category.ts";
import { eligibilityCandidateOf, existingEntriesOf } from "./worker-eligibility.ts";

/**
 * The one way an entry (报名) is written, whoever submits it: a worker for themselves, with a
 * partner or a team, or declaring a project; a unit admin enrolling or nominating workers of their
 * subtree. Every member is checked against the activity's and the category's eligibility rules
 * (reasons per member), every member holds one live entry through RegistrationMember.liveKey, the
 * entry starts at the first step of the approval chain (or is placed at once inside the category's
 * lock when the activity has no chain), and the idempotency key answers a retry with the first entry.
 */

export type EntryChannel = "SELF_REGISTRATION" | "UNIT_NOMINATION";
export type EntrantType = "INDIVIDUAL" | "TEAM" | "PROJECT" | "UNIT";

export interface EntryMemberRequest {
  workerId: number;
  isLeader: boolean;
}

export interface EntryRequest {
  activityId: number;
  categoryKey?: string | null;
  categoryId?: number | null;
  idempotencyKey: string;
}

export interface EntryPlan {
  channel: EntryChannel;
  entrantType: EntrantType;
  /** Team name or project title; null for an individual. */
  name: string | null;
  /** Members in order; exactly one leader for teams and projects, none for an individual. */
  members: EntryMemberRequest[];
  /** The worker the messages speak to as "您" (a worker registering themselves), or null. */
  selfWorkerId: number | null;
  details?: Prisma.InputJsonValue | null;
  /** For a unit entrant: one live entry per unit ("activity:<id>:unit:<organizationId>"). */
  registrationLiveKey?: string | null;
  /** "REGISTRATION_CREATE", "ENROL", "NOMINATE", "PROJECT_DECLARE". */
  auditAction: string;
  /**
   * Called first inside the transaction, before the category's lock, when the entry uses a quota:
   * it locks the quota row, checks it and returns the quota's id (see nominations/nominate.ts).
   */
  beforeCreate?: (tx: Prisma.TransactionClient, organizationId: number) => Promise<{ quotaId: number | null }>;
}

const idempotencyKeyMaxLength = 100;

export function checkIdempotencyKey(raw: string): string {
  const idempotencyKey = raw.trim();
  if (idempotencyKey === "" || idempotencyKey.length > idempotencyKeyMaxLength) {
    throw validationError([
      { field: "idempotencyKey", code: "INVALID", message: `请求编号须为 1–${idempotencyKeyMaxLength} 个字符` },
    ]);
  }
  return idempotencyKey;
}

/** The registration a request with this key created before, if the same user sent it. */
export async function replayedEntry(context: Context, activityId: number, idempotencyKey: string) {
  const actor = requireActor(context);
  const earlier = await context.prisma.registration.findUnique({
    where: { activityId_idempotencyKey: { activityId, idempotencyKey } },
    select: { id: true, submittedById: true },
  });
  if (!earlier) return null;
  if (earlier.submittedById !== actor.userId) throw new DomainError("IDEMPOTENCY_KEY_REUSED");
  return { id: earlier.id };
}

/**
 * Writes an entry once per idempotency key: a request whose key already made an entry answers
 * with it, and a retry that loses a race to its twin answers with the twin's entry.
 */
export async function oncePerIdempotencyKey(
  context: Context,
  activityId: number,
  rawIdempotencyKey: string,
  create: (idempotencyKey: string) => Promise<{ id: number }>,
): Promise<{ id: number }> {
  const idempotencyKey = checkIdempotencyKey(rawIdempotencyKey);
  const earlier = await replayedEntry(context, activityId, idempotencyKey);
  if (earlier) return earlier;
  return answeringRetries(context, activityId, idempotencyKey, () => create(idempotencyKey));
}

/**
 * Runs the checks and the write of one entry. When it is refused (ALREADY_REGISTERED, QUOTA_FULL …),
 * a retry of the same request may have landed in between and be the reason (its entry holds the
 * liveKey, or took the last place): that entry is the answer, as the idempotency key promises.
 */
export async function answeringRetries(
  context: Context,
  activityId: number,
  idempotencyKey: string,
  create: () => Promise<{ id: number }>,
): Promise<{ id: number }> {
  try {
    return await create();
  } catch (error) {
    if (error instanceof DomainError) {
      const first = await replayedEntry(context, activityId, idempotencyKey);
      if (first) return first;
    }
    throw error;
  }
}

export async function findEntryCategory(context: Context, request: EntryRequest) {
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

/** The activity must be open and before its deadline. */
export async function findOpenActivity(context: Context, activityId: number) {
  const activity = await findActivity(context, activityId);
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
  return activity;
}

type OpenActivity = Awaited<ReturnType<typeof findOpenActivity>>;
type EntryCategory = Awaited<ReturnType<typeof findEntryCategory>>;

/** How many workers the category's entrant names, from the configuration. */
export function memberBounds(configuration: ActivityConfiguration, categoryKey: string) {
  const entrant = configuration.categories.find((category) => category.categoryId === categoryKey)?.entrant;
  return entrant?.members ?? { min: 1, max: 1 };
}

/** Checks the member list's size and shape against the category; every problem at once. */
export function checkMemberList(
  configuration: ActivityConfiguration,
  category: EntryCategory,
  plan: Pick<EntryPlan, "entrantType" | "members" | "name">,
) {
  const errors: FieldError[] = [];
  const bounds = memberBounds(configuration, category.key);
  const ids = plan.members.map((member) => member.workerId);
  if (new Set(ids).size !== ids.length) {
    errors.push({ field: "members", code: "MEMBER_REPEATED", message: "同一名职工不能在名单中出现两次" });
  }
  const count = plan.members.length;
  if (count < bounds.min || (bounds.max !== null && count > bounds.max)) {
    const range =
      bounds.max === null
        ? `至少 ${bounds.min} 人`
        : bounds.min === bounds.max
          ? `${bounds.min} 人`
          : `${bounds.min}–${bounds.max} 人`;
    errors.push({
      field: "members",
      code: "MEMBER_COUNT",
      message: `“${category.name}”每份报名须有 ${range}，现有 ${count} 人`,
    });
  }
  if (plan.entrantType !== "INDIVIDUAL" && plan.entrantType !== "UNIT") {
    const leaders = plan.members.filter((member) => member.isLeader).length;
    if (leaders !== 1) {
      errors.push({
        field: "leaderWorkerId",
        code: "LEADER_REQUIRED",
        message: plan.entrantType === "PROJECT" ? "请指定一名项目负责人" : "请指定一名队长",
      });
    }
    if (plan.entrantType === "TEAM" && bounds.max !== 2 && (plan.name ?? "").trim() === "") {
      errors.push({ field: "name", code: "REQUIRED", message: "请填写队伍名称" });
    }
    if (plan.entrantType === "PROJECT" && (plan.name ?? "").trim() === "") {
      errors.push({ field: "title", code: "REQUIRED", message: "请填写项目名称" });
    }
    if ((plan.name ?? "").trim().length > 100) {
      errors.push({ field: "name", code: "TOO_LONG", message: "名称不能超过 100 个字" });
    }
  }
  if (errors.length > 0) throw validationError(errors);
}

/** The workers an entry names, with everything eligibility needs. */
export async function loadEntryWorkers(context: Context, activityId: number, workerIds: number[]) {
  const workers = await context.prisma.worker.findMany({
    where: { id: { in: workerIds } },
    include: {
      organization: { include: { safetyAccidents: { select: { occurredOn: true } } } },
      honours: { select: { code: true } },
      registrations: {
        where: { registration: { activityId } },
        select: {
          liveKey: true,
          registration: { select: { id: true, state: true, category: { select: { key: true, name: true } } } },
        },
      },
    },
  });
  const byId = new Map(workers.map((worker) => [worker.id, worker]));
  const missing = workerIds.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new DomainError("NOT_FOUND", [], "名单中有职工不存在");
  return workerIds.map((id) => byId.get(id) as (typeof workers)[number]);
}

export type EntryWorker = Awaited<ReturnType<typeof loadEntryWorkers>>[number];

/** Each member's liveKey, or null when the rules set no limit and the entry is a project. */
export function liveKeyOf(
  activity: { id: number },
  category: { id: number },
  onePerActivity: boolean,
  limited: boolean,
  workerId: number,
): string | null {
  if (onePerActivity) return `activity:${activity.id}:worker:${workerId}`;
  return limited ? `category:${category.id}:worker:${workerId}` : null;
}

/**
 * Every member's eligibility: refuses with every reason of every member (each named unless it is
 * the worker speaking for themselves), and with ALREADY_REGISTERED when a member already holds a
 * live entry that this one would collide with. Returns each member's liveKey.
 */
export function checkMembersEligibility(
  activity: OpenActivity,
  configuration: ActivityConfiguration,
  category: EntryCategory,
  workers: EntryWorker[],
  plan: Pick<EntryPlan, "entrantType" | "selfWorkerId">,
): (string | null)[] {
  const rules = activityEligibilityRules(configuration, category.key, activity);
  const onePerActivity = rules.some((ruleSet) => ruleSet.entriesPerWorker === "ONE_PER_ACTIVITY");
  // Without a limit in the rules a worker still cannot enter the same category twice, except as a
  // co-author of several projects.
  const limited = plan.entrantType !== "PROJECT" || rules.some((ruleSet) => ruleSet.entriesPerWorker !== undefined);
  const fieldErrors: FieldError[] = [];
  const messages: string[] = [];
  const liveKeys: (string | null)[] = [];
  workers.forEach((worker, index) => {
    const self = worker.id === plan.selfWorkerId;
    const who = self ? "" : `${worker.name}：`;
    const liveKey = liveKeyOf(activity, category, onePerActivity, limited, worker.id);
    liveKeys.push(liveKey);
    const holding = liveKey === null ? undefined : worker.registrations.find((member) => member.liveKey === liveKey);
    if (holding)
      throw alreadyRegistered(
        self ? null : worker.name,
        holding.registration.category.name,
        holding.registration.state,
      );
    const outcome = checkEligibility(eligibilityCandidateOf(worker), rules, {
      categoryId: category.key,
      existingEntries: existingEntriesOf(worker.registrations),
    });
    if (!outcome.eligible) {
      for (const reason of outcome.reasons) {
        const message = `${who}${self ? reason.message : reason.message.replace(/您/g, "该职工")}`;
        fieldErrors.push({
          field: workers.length === 1 ? "categoryId" : `members[${index}]`,
          code: reason.code,
          message,
        });
        messages.push(message);
      }
    }
  });
  if (fieldErrors.length > 0) {
    throw new DomainError("NOT_ELIGIBLE", fieldErrors, `不符合报名条件：${messages.join("；")}`);
  }
  return liveKeys;
}

/** Where the chain starts for this unit; an activity that asks for no approval places at once. */
export async function firstEntryState(
  context: Context,
  configuration: ActivityConfiguration,
  unitPath: string,
): Promise<RegistrationState> {
  if (configuration.approvalChain.levels.length === 0) return "APPROVED";
  const above = await context.prisma.organization.findMany({
    where: { id: { in: idsOnPath(unitPath) }, kind: { in: ["COUNTY_FEDERATION", "INDUSTRY_UNION"] } },
    select: { path: true },
  });
  const nearest = above.map((row) => row.path).sort((a, b) => b.length - a.length)[0] ?? null;
  return firstApprovalState(configuration.approvalChain, { countyOrIndustryPath: nearest });
}

export function alreadyRegistered(memberName: string | null, categoryName: string, state: RegistrationState | null) {
  const entry = state !== null && isLiveRegistrationState(state) ? `（${registrationStateLabels[state]}）` : "";
  const message =
    memberName === null
      ? `您已报名“${categoryName}”${entry}，不能重复报名；如要改报，请先撤销原报名`
      : `${memberName}已报名“${categoryName}”${entry}，不能重复报名`;
  return new DomainError("ALREADY_REGISTERED", [{ field: "categoryId", code: "ALREADY_REGISTERED", message }], message);
}

/**
 * Writes the entry after the checks: one transaction taking (when needed) the quota's lock, then
 * the category's lock, creating the registration with its members, placing it, and auditing it.
 */
export async function createEntry(
  context: Context,
  plan: EntryPlan,
  prepared: {
    activity: OpenActivity;
    configuration: ActivityConfiguration;
    category: EntryCategory;
    workers: EntryWorker[];
    liveKeys: (string | null)[];
    organizationId: number;
    organizationPath: string;
    idempotencyKey: string;
  },
): Promise<{ id: number }> {
  const actor = requireActor(context);
  const { activity, configuration, category, workers, liveKeys, organizationId, idempotencyKey } = prepared;
  const state = await firstEntryState(context, configuration, prepared.organizationPath);
  try {
    return await context.prisma.$transaction(async (tx) => {
      const quota = plan.beforeCreate ? await plan.beforeCreate(tx, organizationId) : { quotaId: null };
      // Placing takes the category's lock before anything else it writes, and the registration
      // time is taken inside it, so the registration order is the order places were given in.
      const locked = state === "APPROVED" ? await lockCategory(tx, category.id) : null;
      const registeredAt = new Date();
      const created = await tx.registration.create({
        data: {
          activityId: activity.id,
          categoryId: category.id,
          entrantType: plan.entrantType,
          channel: plan.channel,
          state,
          name: plan.name?.trim() || null,
          organizationId,
          quotaId: quota.quotaId,
          liveKey: plan.registrationLiveKey ?? null,
          registeredAt,
          stateChangedAt: registeredAt,
          idempotencyKey,
          submittedById: actor.userId,
          ...(plan.details ? { details: plan.details } : {}),
          members: {
            // Written in worker order (sortOrder keeps the entry's own order): two entries naming the
            // same two workers crosswise then wait on each other's liveKey instead of deadlocking.
            create: plan.members
              .map((member, index) => ({
                workerId: member.workerId,
                isLeader: member.isLeader,
                sortOrder: index,
                liveKey: liveKeys[index] ?? null,
              }))
              .sort((a, b) => a.workerId - b.workerId),
          },
        },
        select: { id: true },
      });
      const changes = locked ? await settleCategory(tx, context, locked, created.id) : [];
      const placed = changes.find((change) => change.registrationId === created.id)?.after ?? state;
      await recordAuditEntry(tx, context.actor, {
        action: plan.auditAction,
        entityType: "Registration",
        entityId: created.id,
        activityId: activity.id,
        after: {
          categoryKey: category.key,
          channel: plan.channel,
          entrantType: plan.entrantType,
          ...(plan.name ? { name: plan.name.trim() } : {}),
          ...(plan.members.length === 1 && plan.entrantType === "INDIVIDUAL"
            ? { workerId: plan.members[0]?.workerId }
            : { members: plan.members.map((member) => ({ workerId: member.workerId, isLeader: member.isLeader })) }),
          organizationId,
          ...(quota.quotaId !== null ? { quotaId: quota.quotaId } : {}),
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
      const first = await replayedEntry(context, activity.id, idempotencyKey);
      if (first) return first;
    }
    if (plan.registrationLiveKey) {
      const message = `${plan.name ?? "该单位"}已报名本活动，不能重复报名`;
      throw new DomainError(
        "ALREADY_REGISTERED",
        [{ field: "organizationId", code: "ALREADY_REGISTERED", message }],
        message,
      );
    }
    // Another entry naming one of these workers landed first: say who.
    const live = await context.prisma.registrationMember.findMany({
      where: { liveKey: { in: liveKeys.filter((key): key is string => key !== null) } },
      select: { workerId: true, registration: { select: { state: true, category: { select: { name: true } } } } },
    });
    const taken = live[0];
    const worker = workers.find((candidate) => candidate.id === taken?.workerId);
    throw alreadyRegistered(
      worker === undefined || worker.id === plan.selfWorkerId ? null : worker.name,
      taken?.registration.category.name ?? category.name,
      taken?.registration.state ?? null,
    );
  }
}
