import type { Prisma } from "@jinzhou/db";
import DataLoader from "dataloader";
import type { Context } from "../../context.ts";
import { fileIndicatorReport } from "../../indicator-reports/file-indicator-report.ts";
import {
  type IndicatorReportEvent,
  indicatorReportHistories,
} from "../../indicator-reports/indicator-report-history.ts";
import { reviewIndicatorReport } from "../../indicator-reports/review-indicator-report.ts";
import { registrationScopeWhere } from "../../registrations/registration-scope.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata } from "./enums.ts";

const IndicatorValueRef = builder.objectRef<{ key: string; value: string }>("IndicatorValue").implement({
  description: "一项指标及其数值（精确小数文本）",
  fields: (t) => ({ key: t.exposeString("key"), value: t.exposeString("value") }),
});

// Per request: a list of reports reads their histories in one query.
const historyLoaders = new WeakMap<Context, DataLoader<number, IndicatorReportEvent[]>>();

function historyLoader(context: Context): DataLoader<number, IndicatorReportEvent[]> {
  let loader = historyLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const histories = await indicatorReportHistories(context.prisma, ids);
      return ids.map((id) => histories.get(id) ?? []);
    });
    historyLoaders.set(context, loader);
  }
  return loader;
}

const reviewStateLabels = { PENDING: "待审核", APPROVED: "已通过", RETURNED: "已退回" } as const;

const IndicatorReportReviewStateEnum = builder.enumType("IndicatorReportReviewState", {
  description: "指标填报的审核状态：每次填报（含退回后重新填报）都等待主办部门审核",
  values: {
    PENDING: { description: reviewStateLabels.PENDING },
    APPROVED: { description: reviewStateLabels.APPROVED },
    RETURNED: { description: reviewStateLabels.RETURNED },
  },
});

const IndicatorReportDecisionEnum = builder.enumType("IndicatorReportDecision", {
  values: { APPROVE: { description: "审核通过" }, RETURN: { description: "退回重新填报（须填写原因）" } },
});

const IndicatorReportEventRef = builder
  .objectRef<{
    at: Date;
    action: "FILE" | "APPROVE" | "RETURN";
    version: number;
    actorName: string | null;
    values: { key: string; value: string }[];
    reason: string | null;
  }>("IndicatorReportEvent")
  .implement({
    description: "指标填报的一次填报或审核：填报时的各项指标，审核的结果和原因",
    fields: (t) => ({
      at: t.expose("at", { type: "DateTime" }),
      action: t.exposeString("action", { description: "FILE 填报、APPROVE 审核通过、RETURN 退回" }),
      version: t.exposeInt("version", { description: "填报后（或审核时）的版本" }),
      actorName: t.exposeString("actorName", { nullable: true }),
      values: t.field({
        type: [IndicatorValueRef],
        resolve: (event) => event.values,
        description: "填报的指标（审核时为空）",
      }),
      reason: t.exposeString("reason", { nullable: true, description: "退回原因或审核意见" }),
    }),
  });

builder.prismaObject("IndicatorReport", {
  description: "劳动竞赛的定期指标填报：某参赛单位或班组在一个期间的各项指标",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    registrationId: t.exposeID("registrationId"),
    registration: t.relation("registration"),
    period: t.exposeString("period", { description: "填报期间，如 2015-Q2、2015-05" }),
    values: t.field({
      type: [IndicatorValueRef],
      description: "各项指标，按指标代码排序",
      select: { values: true },
      resolve: (report) =>
        // By key, so that both databases answer alike (PostgreSQL's jsonb does not keep key order).
        Object.entries((report.values ?? {}) as Record<string, string>)
          .map(([key, value]) => ({ key, value: String(value) }))
          .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    }),
    filedByName: t.string({
      select: { filedBy: { select: { displayName: true } } },
      resolve: (r) => r.filedBy.displayName,
    }),
    filedAt: t.expose("filedAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    version: t.exposeInt("version", { description: "修改时原样带回；不一致时拒绝" }),
    reviewState: t.expose("reviewState", { type: IndicatorReportReviewStateEnum }),
    reviewStateLabel: t.string({
      description: "审核状态的中文说法，如“已退回（退回原因：…）”",
      select: { reviewState: true, reviewReason: true },
      resolve: (report) =>
        report.reviewState === "RETURNED" && report.reviewReason
          ? `已退回（退回原因：${report.reviewReason}）`
          : reviewStateLabels[report.reviewState],
    }),
    reviewReason: t.exposeString("reviewReason", { nullable: true, description: "退回原因或审核意见" }),
    reviewedAt: t.expose("reviewedAt", { type: "DateTime", nullable: true }),
    reviewedByName: t.string({
      nullable: true,
      select: { reviewedBy: { select: { displayName: true } } },
      resolve: (report) => report.reviewedBy?.displayName ?? null,
    }),
    history: t.field({
      type: [IndicatorReportEventRef],
      description: "历次填报和审核，按时间先后",
      select: { id: true },
      resolve: (report, _args, context) => historyLoader(context).load(report.id),
    }),
  }),
});

const IndicatorValueInput = builder.inputType("IndicatorValueInput", {
  fields: (t) => ({
    key: t.string({ required: true, description: "指标代码，如 safety" }),
    value: t.string({ required: true, description: "数值，精确小数文本，如 12.5" }),
  }),
});

const IndicatorReportFilter = builder.inputType("IndicatorReportFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    registrationId: t.id(),
    period: t.string(),
    reviewState: t.field({ type: IndicatorReportReviewStateEnum }),
  }),
});

async function reportWhere(
  context: Context,
  filter: typeof IndicatorReportFilter.$inferInput | null | undefined,
): Promise<Prisma.IndicatorReportWhereInput> {
  const conditions: Prisma.IndicatorReportWhereInput[] = [{ registration: await registrationScopeWhere(context) }];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });
  const registrationId = optionalRowId(filter?.registrationId);
  if (registrationId !== undefined) conditions.push({ registrationId });
  if (filter?.period) conditions.push({ period: filter.period.trim() });
  if (filter?.reviewState) conditions.push({ reviewState: filter.reviewState });
  return { AND: conditions };
}

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.IndicatorReportOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  period: (direction) => ({ period: direction }),
  registrationId: (direction) => ({ registrationId: direction }),
  filedAt: (direction) => ({ filedAt: direction }),
  updatedAt: (direction) => ({ updatedAt: direction }),
  reviewState: (direction) => ({ reviewState: direction }),
};

const listArgs = listArguments(IndicatorReportFilter);

builder.queryFields((t) => ({
  allIndicatorReports: t.prismaField({
    type: ["IndicatorReport"],
    authScopes: { role: ["ADMIN", "ORGANIZER", "UNIT_ADMIN"] },
    description: "指标填报列表：主办部门看本部门活动的，单位管理员看本辖区的；可按期间筛选",
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.indicatorReport.findMany({
        ...query,
        where: await reportWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allIndicatorReportsMeta: t.field({
    type: ListMetadata,
    authScopes: { role: ["ADMIN", "ORGANIZER", "UNIT_ADMIN"] },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.indicatorReport.count({ where: await reportWhere(context, args.filter) }),
    }),
  }),
  IndicatorReport: t.prismaField({
    type: "IndicatorReport",
    nullable: true,
    authScopes: { role: ["ADMIN", "ORGANIZER", "UNIT_ADMIN"] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.indicatorReport.findFirst({
        ...query,
        where: { AND: [{ id: rowId(args.id) }, await reportWhere(context, null)] },
      }),
  }),
}));

builder.mutationFields((t) => ({
  fileIndicatorReport: t.prismaField({
    type: "IndicatorReport",
    authScopes: { role: ["ADMIN", "UNIT_ADMIN"] },
    description: "填报（或修改）劳动竞赛某参赛单位或班组一个期间的指标；修改时须带回读取时的 version",
    args: {
      registrationId: t.arg.id({ required: true }),
      period: t.arg.string({ required: true }),
      values: t.arg({ type: [IndicatorValueInput], required: true }),
      version: t.arg.int({ description: "修改已填报的期间时必填" }),
    },
    resolve: async (query, _root, args, context) => {
      const filed = await fileIndicatorReport(context, {
        registrationId: rowId(args.registrationId),
        period: args.period,
        values: args.values,
        version: args.version ?? null,
      });
      return context.prisma.indicatorReport.findUniqueOrThrow({ ...query, where: { id: filed.id } });
    },
  }),
  reviewIndicatorReport: t.prismaField({
    type: "IndicatorReport",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description:
      "主办部门审核指标填报（最近一次填报的版本）：通过，或退回并填写原因；须带回读取时的 version。退回后单位重新填报即成为新版本，等待再次审核",
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      decision: t.arg({ type: IndicatorReportDecisionEnum, required: true }),
      reason: t.arg.string({ description: "退回原因（必填）或审核意见，不超过 500 字" }),
    },
    resolve: async (query, _root, args, context) => {
      const reviewed = await reviewIndicatorReport(context, {
        id: rowId(args.id),
        version: args.version,
        decision: args.decision,
        reason: args.reason ?? null,
      });
      return context.prisma.indicatorReport.findUniqueOrThrow({ ...query, where: { id: reviewed.id } });
    },
  }),
}));
