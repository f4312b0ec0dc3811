import type { Prisma } from "@jinzhou/db";
import { type CompositionLimitChange, registrationStateText } from "@jinzhou/domain";
import { findActivity } from "../../activities/activity-access.ts";
import type { Context } from "../../context.ts";
import { nominate } from "../../nominations/nominate.ts";
import { type NominationWhatIf, nominationWhatIf } from "../../nominations/nomination-what-if.ts";
import { quotaComposition } from "../../quotas/nominated-list.ts";
import { registrationScopeWhere } from "../../registrations/registration-scope.ts";
import { waitingPositionOf } from "../../registrations/waiting-positions.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata } from "./enums.ts";
import { CompositionLimitStatusRef, cachedQuotaStatus, NominatedListRef, type NominatedListShape } from "./quota.ts";
import { RegistrationStateEnum } from "./registration.ts";

const NominationReasonRef = builder.objectRef<{ code: string; message: string }>("NominationReason").implement({
  description: "不能推荐或需要注意的原因",
  fields: (t) => ({ code: t.exposeString("code"), message: t.exposeString("message") }),
});

const quotaSelect = {
  quota: {
    select: {
      id: true,
      activityId: true,
      organizationId: true,
      allocatedPlaces: true,
      extraPlaces: true,
      organization: { select: { code: true, name: true } },
    },
  },
} as const;

export const NominationRef = builder.prismaObject("Registration", {
  variant: "Nomination",
  description: "推荐（单位报名推荐）：渠道为“单位报名推荐”的报名，附名额使用和名单比例情况",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    categoryId: t.exposeID("categoryId"),
    state: t.expose("state", { type: RegistrationStateEnum }),
    stateLabel: t.string({
      select: { id: true, categoryId: true, state: true, returnReason: true, rejectionReason: true },
      resolve: async (registration, _args, context) =>
        registrationStateText(registration.state, {
          waitingPosition: await waitingPositionOf(context, registration),
          returnReason: registration.returnReason,
          rejectionReason: registration.rejectionReason,
        }),
    }),
    name: t.string({
      description: "候选人姓名，或队伍、单位名称",
      select: {
        name: true,
        members: { select: { worker: { select: { name: true } } }, take: 1, orderBy: { sortOrder: "asc" } },
      },
      resolve: (registration) => registration.name ?? registration.members[0]?.worker.name ?? "",
    }),
    organizationId: t.exposeID("organizationId"),
    organizationName: t.string({
      select: { organization: { select: { name: true } } },
      resolve: (r) => r.organization.name,
    }),
    quotaId: t.exposeID("quotaId", { nullable: true }),
    quota: t.relation("quota", { nullable: true, description: "使用的名额（剩余名额随时更新）" }),
    usedPlaces: t.int({
      nullable: true,
      description: "名额单位已推荐人数",
      select: quotaSelect,
      resolve: async (registration, _args, context) =>
        registration.quota ? (await cachedQuotaStatus(context, registration.quota)).nominatedCount : null,
    }),
    remainingPlaces: t.int({
      nullable: true,
      description: "名额单位剩余名额",
      select: quotaSelect,
      resolve: async (registration, _args, context) =>
        registration.quota ? (await cachedQuotaStatus(context, registration.quota)).remainingPlaces : null,
    }),
    composition: t.field({
      type: NominatedListRef,
      nullable: true,
      description: "名额单位推荐名单的比例情况",
      select: quotaSelect,
      resolve: async (registration, _args, context) => compositionOf(context, registration.quota),
    }),
    registration: t.variant("Registration"),
    version: t.exposeInt("version"),
  }),
});

/** Per request: one evaluation per quota's list however many nominations ask. */
const compositionCache = new WeakMap<Context, Map<number, Promise<NominatedListShape>>>();

function compositionOf(
  context: Context,
  quota: { id: number; activityId: number; organizationId: number; organization: { name: string } } | null,
) {
  if (!quota) return null;
  let cache = compositionCache.get(context);
  if (!cache) {
    cache = new Map();
    compositionCache.set(context, cache);
  }
  let evaluation = cache.get(quota.id);
  if (!evaluation) {
    evaluation = (async () => ({
      organizationId: quota.organizationId,
      organizationName: quota.organization.name,
      quotaId: quota.id,
      evaluation: await quotaComposition(
        context.prisma,
        await findActivity(context, quota.activityId),
        quota,
        context.today,
      ),
    }))();
    cache.set(quota.id, evaluation);
  }
  return evaluation;
}

const CompositionLimitChangeRef = builder.objectRef<CompositionLimitChange>("CompositionLimitChange").implement({
  description: "再推荐一人后某项比例要求的变化",
  fields: (t) => ({
    limitKey: t.exposeString("limitKey"),
    name: t.exposeString("name"),
    counts: t.exposeBoolean("counts", { description: "该候选人是否计入这一项" }),
    effect: t.exposeString("effect", {
      description: "HOLDS 仍符合、BREAKS 变为不符合、REPAIRS 变为符合、STAYS_BREACHED 仍不符合",
    }),
    before: t.field({ type: CompositionLimitStatusRef, resolve: (change) => change.before }),
    after: t.field({ type: CompositionLimitStatusRef, resolve: (change) => change.after }),
  }),
});

const NominationWhatIfRef = builder.objectRef<NominationWhatIf>("NominationWhatIf").implement({
  description: "推荐前的试算：资格、名额和推荐后的名单比例（不保存任何内容）",
  fields: (t) => ({
    workerId: t.exposeID("workerId"),
    workerName: t.exposeString("workerName"),
    allowed: t.exposeBoolean("allowed", { description: "现在推荐是否会被接受" }),
    eligibilityReasons: t.field({ type: [NominationReasonRef], resolve: (w) => w.eligibilityReasons }),
    quotaId: t.id({ nullable: true, resolve: (w) => w.quotaId }),
    allowedPlaces: t.int({ nullable: true, resolve: (w) => w.quotaStatus?.allowedPlaces ?? null }),
    usedPlaces: t.int({ nullable: true, resolve: (w) => w.quotaStatus?.nominatedCount ?? null }),
    remainingPlaces: t.int({ nullable: true, resolve: (w) => w.quotaStatus?.remainingPlaces ?? null }),
    quotaReasons: t.field({ type: [NominationReasonRef], resolve: (w) => w.quotaReasons }),
    changes: t.field({ type: [CompositionLimitChangeRef], resolve: (w) => w.changes }),
    refusals: t.field({
      type: [NominationReasonRef],
      description: "须经破例才能推荐的比例要求",
      resolve: (w) => w.refusals,
    }),
    warnings: t.field({
      type: [NominationReasonRef],
      description: "暂不符合、后续推荐仍可调整的比例要求",
      resolve: (w) => w.warnings,
    }),
  }),
});

const NominationFilter = builder.inputType("NominationFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    quotaId: t.id(),
    state: t.field({ type: RegistrationStateEnum }),
    organizationId: t.id({ description: "该组织及其全部下级组织的推荐" }),
  }),
});

async function nominationWhere(
  context: Context,
  filter: typeof NominationFilter.$inferInput | null | undefined,
): Promise<Prisma.RegistrationWhereInput> {
  const conditions: Prisma.RegistrationWhereInput[] = [
    await registrationScopeWhere(context),
    { channel: "UNIT_NOMINATION" },
  ];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });
  const quotaId = optionalRowId(filter?.quotaId);
  if (quotaId !== undefined) conditions.push({ quotaId });
  if (filter?.state) conditions.push({ state: filter.state });
  const organizationId = optionalRowId(filter?.organizationId);
  if (organizationId !== undefined) {
    const organization = await context.prisma.organization.findUnique({
      where: { id: organizationId },
      select: { path: true },
    });
    conditions.push(organization ? { organization: { path: { startsWith: organization.path } } } : { id: -1 });
  }
  return { AND: conditions };
}

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.RegistrationOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  registeredAt: (direction) => ({ registeredAt: direction }),
  state: (direction) => ({ state: direction }),
  organizationId: (direction) => ({ organizationId: direction }),
  quotaId: (direction) => ({ quotaId: direction }),
};

const listArgs = listArguments(NominationFilter);

builder.queryFields((t) => ({
  allNominations: t.prismaField({
    type: [NominationRef],
    authScopes: { role: ["ADMIN", "ORGANIZER", "UNIT_ADMIN", "WORKER"] },
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.registration.findMany({
        ...query,
        where: await nominationWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allNominationsMeta: t.field({
    type: ListMetadata,
    authScopes: { role: ["ADMIN", "ORGANIZER", "UNIT_ADMIN", "WORKER"] },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.registration.count({ where: await nominationWhere(context, args.filter) }),
    }),
  }),
  Nomination: t.prismaField({
    type: NominationRef,
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.registration.findFirst({
        ...query,
        where: { AND: [{ id: rowId(args.id) }, await nominationWhere(context, null)] },
      }),
  }),
  nominationWhatIf: t.field({
    type: NominationWhatIfRef,
    authScopes: { role: ["ADMIN", "UNIT_ADMIN"] },
    description: "推荐前试算：该职工的资格、名额和推荐后名单的比例变化",
    args: {
      activityId: t.arg.id({ required: true }),
      workerId: t.arg.id({ required: true }),
      categoryKey: t.arg.string(),
    },
    resolve: (_root, args, context) =>
      nominationWhatIf(context, {
        activityId: rowId(args.activityId),
        workerId: rowId(args.workerId),
        categoryKey: args.categoryKey ?? null,
      }),
  }),
}));

builder.mutationFields((t) => ({
  nominate: t.prismaField({
    type: NominationRef,
    authScopes: { role: ["ADMIN", "UNIT_ADMIN"] },
    description:
      "单位管理员在名额内推荐本辖区职工：名额已满、不符合资格或推荐后名单突破比例要求（未经批准破例）时拒绝；返回名额使用和名单比例",
    args: {
      activityId: t.arg.id({ required: true }),
      workerId: t.arg.id({ required: true }),
      categoryKey: t.arg.string({ description: "组别代码；不填时为活动的第一个组别" }),
      citation: t.arg.string({ description: "推荐理由或主要事迹" }),
      idempotencyKey: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const activity = await findActivity(context, rowId(args.activityId));
      const configuration = activity.configuration as { categories?: { categoryId: string }[] };
      const created = await nominate(context, {
        activityId: activity.id,
        workerId: rowId(args.workerId),
        categoryKey: args.categoryKey ?? configuration.categories?.[0]?.categoryId ?? null,
        citation: args.citation ?? null,
        idempotencyKey: args.idempotencyKey,
      });
      return context.prisma.registration.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
