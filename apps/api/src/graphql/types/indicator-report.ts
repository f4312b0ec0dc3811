import type { Prisma } from "@jinzhou/db";
import type { Context } from "../../context.ts";
import { fileIndicatorReport } from "../../indicator-reports/file-indicator-report.ts";
import { registrationScopeWhere } from "../../registrations/registration-scope.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata } from "./enums.ts";

const IndicatorValueRef = builder.objectRef<{ key: string; value: string }>("IndicatorValue").implement({
  description: "一项指标及其数值（精确小数文本）",
  fields: (t) => ({ key: t.exposeString("key"), value: t.exposeString("value") }),
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
  }),
});

const IndicatorValueInput = builder.inputType("IndicatorValueInput", {
  fields: (t) => ({
    key: t.string({ required: true, description: "指标代码，如 safety" }),
    value: t.string({ required: true, description: "数值，精确小数文本，如 12.5" }),
  }),
});

const IndicatorReportFilter = builder.inputType("IndicatorReportFilter", {
  fields: (t) => ({ ids: t.idList(), activityId: t.id(), registrationId: t.id(), period: t.string() }),
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
  return { AND: conditions };
}

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.IndicatorReportOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  period: (direction) => ({ period: direction }),
  registrationId: (direction) => ({ registrationId: direction }),
  filedAt: (direction) => ({ filedAt: direction }),
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
}));
