import type { Prisma } from "@jinzhou/db";
import { grantOrganizationAward } from "../../organization-awards/grant-organization-award.ts";
import { revokeOrganizationAward } from "../../organization-awards/revoke-organization-award.ts";
import { resultActivityScope } from "../../results/result-scope.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata } from "./enums.ts";

builder.prismaObject("OrganizationAward", {
  description:
    "优秀组织奖：主办部门授予组织得力的单位（本单位或下级单位有参赛报名），结果正式发布后颁发以单位为获奖者的荣誉证书",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    activityName: t.string({
      select: { activity: { select: { name: true } } },
      resolve: (award) => award.activity.name,
    }),
    organizationId: t.exposeID("organizationId"),
    organizationName: t.string({
      description: "获奖单位",
      select: { organization: { select: { name: true } } },
      resolve: (award) => award.organization.name,
    }),
    name: t.exposeString("name", { description: "奖项名称，如“优秀组织奖”（印在证书上）" }),
    reason: t.exposeString("reason", { description: "授奖理由，如“组织 3 支队伍参赛，覆盖一线职工 120 人”" }),
    grantedAt: t.expose("grantedAt", { type: "DateTime" }),
  }),
});

const OrganizationAwardRevocation = builder
  .objectRef<{
    id: number;
    activityId: number;
    organizationId: number;
    organizationName: string;
    name: string;
    reason: string;
    grantedAt: Date;
    revocationReason: string;
  }>("OrganizationAwardRevocation")
  .implement({
    description: "已撤销的优秀组织奖（撤销前的内容及撤销理由）",
    fields: (t) => ({
      id: t.exposeID("id"),
      activityId: t.exposeID("activityId"),
      organizationId: t.exposeID("organizationId"),
      organizationName: t.exposeString("organizationName"),
      name: t.exposeString("name"),
      reason: t.exposeString("reason", { description: "原授奖理由" }),
      grantedAt: t.expose("grantedAt", { type: "DateTime" }),
      revocationReason: t.exposeString("revocationReason", { description: "撤销理由" }),
    }),
  });

const OrganizationAwardFilter = builder.inputType("OrganizationAwardFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    organizationId: t.id(),
  }),
});

function organizationAwardWhere(
  filter: typeof OrganizationAwardFilter.$inferInput | null | undefined,
): Prisma.OrganizationAwardWhereInput {
  const conditions: Prisma.OrganizationAwardWhereInput[] = [];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });
  const organizationId = optionalRowId(filter?.organizationId);
  if (organizationId !== undefined) conditions.push({ organizationId });
  return { AND: conditions };
}

/** Like results: everyone sees published activities' awards; managers also their own activities'. */
async function visibleOrganizationAwardWhere(
  context: Parameters<typeof resultActivityScope>[0],
  filter: typeof OrganizationAwardFilter.$inferInput | null | undefined,
): Promise<Prisma.OrganizationAwardWhereInput> {
  return { AND: [organizationAwardWhere(filter), { activity: await resultActivityScope(context) }] };
}

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.OrganizationAwardOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  grantedAt: (direction) => ({ grantedAt: direction }),
  organizationId: (direction) => ({ organizationId: direction }),
  activityId: (direction) => ({ activityId: direction }),
};

const listArgs = listArguments(OrganizationAwardFilter);

builder.queryFields((t) => ({
  allOrganizationAwards: t.prismaField({
    type: ["OrganizationAward"],
    description: "优秀组织奖列表：公众可查看结果公示中和已发布活动的；主办部门和管理员还可查看评审中的（与成绩相同）",
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.organizationAward.findMany({
        ...query,
        where: await visibleOrganizationAwardWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allOrganizationAwardsMeta: t.field({
    type: ListMetadata,
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.organizationAward.count({
        where: await visibleOrganizationAwardWhere(context, args.filter),
      }),
    }),
  }),
  OrganizationAward: t.prismaField({
    type: "OrganizationAward",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.organizationAward.findFirst({
        ...query,
        where: { AND: [{ id: rowId(args.id) }, await visibleOrganizationAwardWhere(context, null)] },
      }),
  }),
}));

builder.mutationFields((t) => ({
  grantOrganizationAward: t.prismaField({
    type: "OrganizationAward",
    description:
      "授予优秀组织奖（评审中或结果公示期间，活动设置须设优秀组织奖）：获奖单位本身或其下级单位须有参赛报名；须填写授奖理由",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: {
      activityId: t.arg.id({ required: true }),
      organizationId: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true, description: "授奖理由" }),
      name: t.arg.string({ description: "奖项名称，默认“优秀组织奖”" }),
    },
    resolve: async (query, _root, args, context) => {
      const granted = await grantOrganizationAward(context, {
        activityId: rowId(args.activityId),
        organizationId: rowId(args.organizationId),
        reason: args.reason,
        name: args.name,
      });
      return context.prisma.organizationAward.findUniqueOrThrow({ ...query, where: { id: granted.id } });
    },
  }),
  revokeOrganizationAward: t.field({
    type: OrganizationAwardRevocation,
    description: "撤销优秀组织奖（结果正式发布前），须填写撤销理由",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true, description: "撤销理由" }),
    },
    resolve: (_root, args, context) => revokeOrganizationAward(context, rowId(args.id), args.reason),
  }),
}));
