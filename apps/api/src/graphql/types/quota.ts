import type { Prisma } from "@jinzhou/db";
import {
  type CompositionEvaluation,
  type CompositionLimitStatus,
  compositionBoundLabels,
  describeCompositionLimit,
  type NominationQuotaStatus,
  type QuotaAllocation,
  quotaAllocationWorking,
} from "@jinzhou/domain";
import DataLoader from "dataloader";
import { findActivity } from "../../activities/activity-access.ts";
import { withBatchedActivityReads } from "../../activities/activity-batch-reads.ts";
import type { Context } from "../../context.ts";
import { requireActor } from "../../organizations/organization-scope.ts";
import { allocateQuotas, currentQuotaAllocation } from "../../quotas/allocate-quotas.ts";
import { grantCompositionOverride } from "../../quotas/grant-composition-override.ts";
import { grantExtraPlaces } from "../../quotas/grant-extra-places.ts";
import { liveNominationWhere, quotaComposition, quotaStatusFromCount } from "../../quotas/nominated-list.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata } from "./enums.ts";

// ------------------------------------------------------------------------------------------
// Composition (比例要求) of a nominated list
// ------------------------------------------------------------------------------------------

export const CompositionBoundEnum = builder.enumType("CompositionBound", {
  values: {
    AT_LEAST: { description: compositionBoundLabels.AT_LEAST },
    AT_MOST: { description: compositionBoundLabels.AT_MOST },
  },
});

export const CompositionLimitStatusRef = builder.objectRef<CompositionLimitStatus>("CompositionLimitStatus").implement({
  description: "名单的一项比例要求：现有人数、占比、按名单人数计算的要求人数、是否符合及破例情况",
  fields: (t) => ({
    limitKey: t.string({ resolve: (status) => status.limit.key }),
    name: t.exposeString("name", { description: "如“一线职工和专业技术人员”" }),
    description: t.string({
      description: "如“企业负责人不超过 10%”",
      resolve: (status) => describeCompositionLimit(status.limit),
    }),
    bound: t.field({ type: CompositionBoundEnum, resolve: (status) => status.limit.bound }),
    percent: t.string({ description: "要求的百分比，精确小数文本", resolve: (status) => status.limit.percent }),
    listSize: t.exposeInt("listSize", { description: "名单人数" }),
    count: t.exposeInt("count", { description: "名单中符合该项条件的人数" }),
    share: t.string({
      nullable: true,
      description: "精确占比（分数），名单为空时为空",
      resolve: (status) => status.share?.toString() ?? null,
    }),
    shareText: t.exposeString("shareText", { description: "占比，保留两位小数，如“20.00%”" }),
    requiredCount: t.exposeInt("requiredCount", {
      description: "按现有名单人数，“不低于”至少需要的人数或“不超过”最多允许的人数",
    }),
    holds: t.exposeBoolean("holds", { description: "是否符合" }),
    breachMessage: t.string({ nullable: true, resolve: (status) => status.breach?.reason.message ?? null }),
    remedy: t.string({
      nullable: true,
      description: "如何调整才能符合",
      resolve: (status) => status.breach?.remedies.text ?? null,
    }),
    coveredByOverride: t.boolean({
      description: "不符合但已经主办部门批准破例",
      resolve: (status) => status.breach?.coveredBy != null,
    }),
    overrideReason: t.string({ nullable: true, resolve: (status) => status.breach?.coveredBy?.reason ?? null }),
  }),
});

export interface NominatedListShape {
  organizationId: number | null;
  organizationName: string;
  quotaId: number | null;
  evaluation: CompositionEvaluation;
}

export const NominatedListRef = builder.objectRef<NominatedListShape>("NominatedListComposition").implement({
  description: "一份推荐名单（一个名额单位的，或全活动的）对照比例要求的情况",
  fields: (t) => ({
    organizationId: t.id({
      nullable: true,
      description: "名额单位；全活动名单为空",
      resolve: (list) => list.organizationId,
    }),
    organizationName: t.exposeString("organizationName"),
    quotaId: t.id({ nullable: true, resolve: (list) => list.quotaId }),
    listSize: t.int({ resolve: (list) => list.evaluation.listSize }),
    limits: t.field({ type: [CompositionLimitStatusRef], resolve: (list) => list.evaluation.statuses }),
    allHold: t.boolean({ resolve: (list) => list.evaluation.allHold }),
    acceptable: t.boolean({
      description: "每项不符合的要求都已批准破例",
      resolve: (list) => list.evaluation.acceptable,
    }),
  }),
});

// ------------------------------------------------------------------------------------------
// Quota (名额)
// ------------------------------------------------------------------------------------------

/** Per request: the live nominations of every quota a list shows, counted in one query. */
const countLoaders = new WeakMap<Context, DataLoader<number, number>>();

export async function cachedQuotaStatus(
  context: Context,
  quota: Parameters<typeof quotaStatusFromCount>[0],
): Promise<NominationQuotaStatus> {
  let loader = countLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await context.prisma.registration.groupBy({
        by: ["quotaId"],
        where: { quotaId: { in: [...ids] }, ...liveNominationWhere },
        _count: { _all: true },
      });
      const counts = new Map(rows.map((row) => [row.quotaId, row._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
    countLoaders.set(context, loader);
  }
  return quotaStatusFromCount(quota, await loader.load(quota.id));
}

const quotaStatusSelect = {
  id: true,
  activityId: true,
  organizationId: true,
  allocatedPlaces: true,
  extraPlaces: true,
  organization: { select: { code: true, name: true } },
} as const;

builder.prismaObject("Quota", {
  description: "名额：某个县(市)区总工会或产业工会在一项活动中分到的推荐名额",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    organizationId: t.exposeID("organizationId"),
    organizationName: t.string({
      select: { organization: { select: { name: true } } },
      resolve: (q) => q.organization.name,
    }),
    organizationCode: t.string({
      select: { organization: { select: { code: true } } },
      resolve: (q) => q.organization.code,
    }),
    weight: t.exposeString("weight", { description: "分配依据的权重，精确小数文本（如一线职工人数）" }),
    minimumPlaces: t.exposeInt("minimumPlaces", { description: "保底名额" }),
    allocatedPlaces: t.exposeInt("allocatedPlaces", { description: "按最大余数法分得的名额" }),
    extraPlaces: t.exposeInt("extraPlaces", { description: "经批准追加的名额" }),
    overrideReason: t.exposeString("overrideReason", { nullable: true, description: "追加名额的理由" }),
    allowedPlaces: t.int({
      description: "可推荐名额合计（分得 + 追加）",
      select: quotaStatusSelect,
      resolve: async (quota, _args, context) => (await cachedQuotaStatus(context, quota)).allowedPlaces,
    }),
    usedPlaces: t.int({
      description: "已推荐（未撤销、未被否决）的人数",
      select: quotaStatusSelect,
      resolve: async (quota, _args, context) => (await cachedQuotaStatus(context, quota)).nominatedCount,
    }),
    remainingPlaces: t.int({
      description: "剩余名额",
      select: quotaStatusSelect,
      resolve: async (quota, _args, context) => (await cachedQuotaStatus(context, quota)).remainingPlaces,
    }),
    composition: t.field({
      type: NominatedListRef,
      description: "本名额单位推荐名单的比例情况",
      select: { id: true, organizationId: true, activityId: true, organization: { select: { name: true } } },
      resolve: async (quota, _args, context) => {
        // Batched across the page (activities/activity-batch-reads.ts): each table read once per page.
        const batched = withBatchedActivityReads(context);
        const activity = await findActivity(batched, quota.activityId);
        return {
          organizationId: quota.organizationId,
          organizationName: quota.organization.name,
          quotaId: quota.id,
          evaluation: await quotaComposition(batched.prisma, activity, quota, context.today),
        };
      },
    }),
    version: t.exposeInt("version"),
  }),
});

builder.prismaObject("CompositionOverride", {
  description: "破例：主办部门批准推荐名单突破一项比例要求，附理由",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    organizationId: t.exposeID("organizationId", { nullable: true, description: "名额单位；全活动有效时为空" }),
    limitKey: t.exposeString("limitKey"),
    acceptedCount: t.exposeInt("acceptedCount"),
    acceptedListSize: t.exposeInt("acceptedListSize"),
    reason: t.exposeString("reason"),
    grantedByName: t.string({
      select: { grantedBy: { select: { displayName: true } } },
      resolve: (o) => o.grantedBy.displayName,
    }),
    grantedAt: t.expose("grantedAt", { type: "DateTime" }),
  }),
});

const QuotaFilter = builder.inputType("QuotaFilter", {
  fields: (t) => ({ ids: t.idList(), activityId: t.id(), organizationId: t.id() }),
});

function quotaWhere(filter: typeof QuotaFilter.$inferInput | null | undefined): Prisma.QuotaWhereInput {
  const conditions: Prisma.QuotaWhereInput[] = [];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });
  const organizationId = optionalRowId(filter?.organizationId);
  if (organizationId !== undefined) conditions.push({ organizationId });
  return { AND: conditions };
}

const quotaSortable: Record<string, (direction: "asc" | "desc") => Prisma.QuotaOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  allocatedPlaces: (direction) => ({ allocatedPlaces: direction }),
  organizationId: (direction) => ({ organizationId: direction }),
};

// ------------------------------------------------------------------------------------------
// The allocation's working (分配过程)
// ------------------------------------------------------------------------------------------

interface AllocationShape {
  allocation: QuotaAllocation;
  organizationIds: number[];
}

type AllocationRowShape = QuotaAllocation["rows"][number] & { organizationId: number };

const QuotaAllocationRowRef = builder.objectRef<AllocationRowShape>("QuotaAllocationRow").implement({
  description: "分配过程中的一行：某单位的权重、精确份额、整数部分、余数及排位",
  fields: (t) => ({
    organizationId: t.exposeID("organizationId"),
    organizationCode: t.exposeString("organizationCode"),
    organizationName: t.exposeString("organizationName"),
    weight: t.string({ resolve: (row) => row.weight.toString() }),
    minimum: t.exposeInt("minimum", { description: "保底名额" }),
    exactShare: t.string({
      description: "精确份额（分数），名额 × 权重 ÷ 权重合计",
      resolve: (row) => row.exactShare.toString(),
    }),
    exactShareDecimal: t.string({ description: "精确份额保留四位小数", resolve: (row) => row.exactShare.toFixed(4) }),
    wholePart: t.exposeInt("wholePart"),
    remainder: t.string({ description: "余数（分数）", resolve: (row) => row.remainder.toString() }),
    remainderRank: t.exposeInt("remainderRank", { nullable: true, description: "余数排位；余数为 0 时为空" }),
    extraPlace: t.exposeBoolean("extraPlace", { description: "是否按余数分得 1 个余下名额" }),
    places: t.exposeInt("places", { description: "合计名额" }),
  }),
});

const QuotaAllocationRef = builder.objectRef<AllocationShape>("QuotaAllocation").implement({
  description: "名额分配（最大余数法）及其计算过程，任何人都可以按此复核",
  fields: (t) => ({
    total: t.int({ resolve: (shape) => shape.allocation.total }),
    weightLabel: t.string({ resolve: (shape) => shape.allocation.weightLabel }),
    minimumsTotal: t.int({ resolve: (shape) => shape.allocation.minimumsTotal }),
    placesByWeight: t.int({ resolve: (shape) => shape.allocation.placesByWeight }),
    weightSum: t.string({ resolve: (shape) => shape.allocation.weightSum.toString() }),
    wholePartsTotal: t.int({ resolve: (shape) => shape.allocation.wholePartsTotal }),
    extraPlaces: t.int({ description: "按余数分配的名额数", resolve: (shape) => shape.allocation.extraPlaces }),
    rows: t.field({
      type: [QuotaAllocationRowRef],
      resolve: (shape) =>
        shape.allocation.rows.map((row, index) => ({ ...row, organizationId: shape.organizationIds[index] as number })),
    }),
    working: t.stringList({
      description: "计算过程，每行一句",
      resolve: (shape) => quotaAllocationWorking(shape.allocation),
    }),
    notices: t.stringList({
      description: "提示（如某单位未分到名额）",
      resolve: (shape) => shape.allocation.notices.map((n) => n.message),
    }),
  }),
});

const QuotaOrganizationInput = builder.inputType("QuotaOrganizationInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    weight: t.string({ description: "权重，精确小数文本；不填时用该单位的一线职工人数" }),
    minimum: t.int({ description: "该单位的保底名额；不填时用活动设置的保底名额" }),
  }),
});

const listArgs = listArguments(QuotaFilter);

builder.queryFields((t) => ({
  allQuotas: t.prismaField({
    type: ["Quota"],
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: (query, _root, args, context) => {
      requireActor(context);
      return context.prisma.quota.findMany({
        ...query,
        where: quotaWhere(args.filter),
        orderBy: [...orderOf(args as ListArguments, quotaSortable, "id"), { id: "asc" }],
        ...pageOf(args),
      });
    },
  }),
  _allQuotasMeta: t.field({
    type: ListMetadata,
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.quota.count({ where: quotaWhere(args.filter) }),
    }),
  }),
  Quota: t.prismaField({
    type: "Quota",
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.quota.findUnique({ ...query, where: { id: rowId(args.id) } }),
  }),
  compositionOverrides: t.prismaField({
    type: ["CompositionOverride"],
    authScopes: { role: ["ADMIN", "ORGANIZER", "UNIT_ADMIN"] },
    description: "活动已批准的破例",
    args: { activityId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.compositionOverride.findMany({
        ...query,
        where: { activityId: rowId(args.activityId) },
        orderBy: { id: "asc" },
      }),
  }),
  quotaAllocation: t.field({
    type: QuotaAllocationRef,
    nullable: true,
    authScopes: { signedIn: true },
    description: "活动当前的名额分配及计算过程；尚未分配时为空",
    args: { activityId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) =>
      currentQuotaAllocation(context.prisma, await findActivity(context, rowId(args.activityId))),
  }),
  nominationComposition: t.field({
    type: [NominatedListRef],
    authScopes: { role: ["ADMIN", "ORGANIZER", "UNIT_ADMIN"] },
    description: "推荐名单的比例情况：全活动名单在前，然后每个名额单位一份（单位管理员只看到本辖区的）",
    args: { activityId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const actor = requireActor(context);
      const activity = await findActivity(context, rowId(args.activityId));
      const quotas = await context.prisma.quota.findMany({
        where: {
          activityId: activity.id,
          ...(actor.role === "UNIT_ADMIN"
            ? {
                OR: [
                  { organization: { path: { startsWith: actor.scopePath } } },
                  { organizationId: { in: await ancestorIds(context, actor.scopePath) } },
                ],
              }
            : {}),
        },
        orderBy: { id: "asc" },
        include: { organization: { select: { name: true } } },
      });
      const lists: NominatedListShape[] = [];
      if (actor.role !== "UNIT_ADMIN") {
        lists.push({
          organizationId: null,
          organizationName: "全部推荐名单",
          quotaId: null,
          evaluation: await quotaComposition(context.prisma, activity, null, context.today),
        });
      }
      for (const quota of quotas) {
        lists.push({
          organizationId: quota.organizationId,
          organizationName: quota.organization.name,
          quotaId: quota.id,
          evaluation: await quotaComposition(context.prisma, activity, quota, context.today),
        });
      }
      return lists;
    },
  }),
}));

/** The ids on a path: the quota holder above a grassroots admin is an ancestor of their scope. */
async function ancestorIds(_context: Context, path: string): Promise<number[]> {
  return path
    .split("/")
    .filter((part) => part !== "")
    .map(Number);
}

builder.mutationFields((t) => ({
  allocateQuotas: t.field({
    type: QuotaAllocationRef,
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description: "按最大余数法把活动的总名额分配给各县(市)区总工会和产业工会；已有推荐后不能重新分配",
    args: {
      activityId: t.arg.id({ required: true }),
      total: t.arg.int({ description: "总名额；不填时用活动设置" }),
      organizations: t.arg({ type: [QuotaOrganizationInput], required: true }),
    },
    resolve: (_root, args, context) =>
      allocateQuotas(context, {
        activityId: rowId(args.activityId),
        total: args.total ?? null,
        organizations: args.organizations.map((organization) => ({
          organizationId: rowId(organization.organizationId),
          weight: organization.weight ?? null,
          minimum: organization.minimum ?? null,
        })),
      }),
  }),
  grantExtraPlaces: t.prismaField({
    type: "Quota",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description: "为某单位追加名额（须填写理由）",
    args: {
      quotaId: t.arg.id({ required: true }),
      extraPlaces: t.arg.int({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const granted = await grantExtraPlaces(context, {
        quotaId: rowId(args.quotaId),
        extraPlaces: args.extraPlaces,
        reason: args.reason,
      });
      return context.prisma.quota.findUniqueOrThrow({ ...query, where: { id: granted.id } });
    },
  }),
  grantCompositionOverride: t.prismaField({
    type: "CompositionOverride",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description:
      "批准推荐名单突破一项比例要求（破例，须填写理由）：按批准时的人数（如 5 人中 1 名企业负责人）为限，名单占比不比这更偏离要求时有效",
    args: {
      activityId: t.arg.id({ required: true }),
      organizationId: t.arg.id({ description: "名额单位；不填时对全活动名单有效" }),
      limitKey: t.arg.string({ required: true }),
      acceptedCount: t.arg.int({ required: true }),
      acceptedListSize: t.arg.int({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const granted = await grantCompositionOverride(context, {
        activityId: rowId(args.activityId),
        organizationId: optionalRowId(args.organizationId) ?? null,
        limitKey: args.limitKey,
        acceptedCount: args.acceptedCount,
        acceptedListSize: args.acceptedListSize,
        reason: args.reason,
      });
      return context.prisma.compositionOverride.findUniqueOrThrow({ ...query, where: { id: granted.id } });
    },
  }),
}));
