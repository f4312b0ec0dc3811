import type { Prisma } from "@jinzhou/db";
import { awardTrackLevelLabels } from "@jinzhou/domain";
import { requireActor } from "../../organizations/organization-scope.ts";
import { computeResults } from "../../results/compute-results.ts";
import { publishedStates, resultActivityScope } from "../../results/result-scope.ts";
import { separateTie } from "../../results/separate-tie.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata } from "./enums.ts";
// Results bring their public notice, objections and certificates (one line in schema.ts).
import "./certificate.ts";
import "./objection.ts";
import "./public-notice.ts";

const ResultNote = builder.objectRef<{ code: string; message: string }>("ResultNote").implement({
  description: "计算成绩时的提示或须处理的问题",
  fields: (t) => ({ code: t.exposeString("code"), message: t.exposeString("message") }),
});

interface AwardShape {
  tierKey: string | null;
  tierName: string | null;
  titles: string[];
  advancesToProvincial: boolean;
}

const Award = builder.objectRef<AwardShape>("Award").implement({
  description: "成绩的获奖部分：奖项等次、称号（状元、优胜奖）与推荐参加省赛",
  fields: (t) => ({
    tierKey: t.exposeString("tierKey", { nullable: true, description: "奖项等次代码，如 FIRST" }),
    tierName: t.exposeString("tierName", { nullable: true, description: "奖项等次，如“一等奖”" }),
    titles: t.exposeStringList("titles", { description: "称号及其他奖项，如“状元”“优胜奖”" }),
    advancesToProvincial: t.exposeBoolean("advancesToProvincial", { description: "推荐参加省赛" }),
    names: t.stringList({
      description: '获奖名称，按证书的写法，如 ["一等奖", "状元"]；未获奖为空',
      resolve: (award) => [...(award.tierName ? [award.tierName] : []), ...award.titles],
    }),
  }),
});

builder.prismaObject("Result", {
  description: "成绩：一个参赛记录在其组别某一奖项层级（市级或县(市)区级）上的总分、名次、奖项及名次说明",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    activityName: t.string({
      select: { activity: { select: { name: true } } },
      resolve: (result) => result.activity.name,
    }),
    categoryId: t.exposeID("categoryId"),
    categoryName: t.string({
      description: "组别/工种/项目",
      select: { category: { select: { name: true } } },
      resolve: (result) => result.category.name,
    }),
    registrationId: t.exposeID("registrationId", { description: "参赛记录（报名）编号" }),
    entrantName: t.string({
      description: "参赛选手或参赛队伍",
      select: {
        registration: {
          select: {
            name: true,
            members: {
              select: { worker: { select: { name: true } } },
              orderBy: [{ isLeader: "desc" }, { sortOrder: "asc" }, { id: "asc" }],
            },
          },
        },
      },
      resolve: (result) =>
        result.registration.name ?? result.registration.members.map((member) => member.worker.name).join("、"),
    }),
    organizationName: t.string({
      description: "所在单位",
      select: { registration: { select: { organization: { select: { name: true } } } } },
      resolve: (result) => result.registration.organization.name,
    }),
    trackKey: t.exposeString("trackKey", { description: "奖项层级代码：CITY 或 COUNTY-<组织代码>" }),
    trackName: t.exposeString("trackName", { description: "奖项层级，如“市级”“县(市)区级（古塔区）”" }),
    trackLevel: t.string({
      description: "市级 或 县(市)区级",
      select: { trackKey: true },
      resolve: (result) => awardTrackLevelLabels[result.trackKey === "CITY" ? "CITY" : "COUNTY"],
    }),
    total: t.exposeString("total", { nullable: true, description: "总分（精确值，分数形式，如“1079/12”）；排名依此" }),
    totalText: t.exposeString("totalText", { nullable: true, description: "总分，保留两位小数" }),
    place: t.exposeInt("place", { nullable: true, description: "名次；未参加排名为空" }),
    sharedPlace: t.exposeBoolean("sharedPlace", { description: "并列名次" }),
    placeLabel: t.string({
      nullable: true,
      description: "如“第 3 名”“并列第 2 名”",
      select: { place: true, sharedPlace: true },
      resolve: (result) => (result.place === null ? null : `${result.sharedPlace ? "并列" : ""}第 ${result.place} 名`),
    }),
    explanation: t.exposeString("explanation", { description: "名次说明（含并列比较过程）" }),
    award: t.field({
      type: Award,
      select: { awardTierKey: true, awardTierName: true, titles: true, advancesToProvincial: true },
      resolve: (result) => ({
        tierKey: result.awardTierKey,
        tierName: result.awardTierName,
        titles: result.titles as string[],
        advancesToProvincial: result.advancesToProvincial,
      }),
    }),
    details: t.expose("details", {
      type: "JSON",
      nullable: true,
      description: "各轮成绩（原始、折算到百分制、加权）与并列比较值，均为精确值，便于手工核对",
    }),
    computedAt: t.expose("computedAt", { type: "DateTime" }),
  }),
});

const ResultFilter = builder.inputType("ResultFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    categoryId: t.id(),
    trackKey: t.string(),
    registrationId: t.id(),
    awarded: t.boolean({ description: "只看获奖（等次或称号）的成绩" }),
  }),
});

function resultWhere(filter: typeof ResultFilter.$inferInput | null | undefined): Prisma.ResultWhereInput {
  const conditions: Prisma.ResultWhereInput[] = [];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });
  const categoryId = optionalRowId(filter?.categoryId);
  if (categoryId !== undefined) conditions.push({ categoryId });
  if (filter?.trackKey) conditions.push({ trackKey: filter.trackKey });
  const registrationId = optionalRowId(filter?.registrationId);
  if (registrationId !== undefined) conditions.push({ registrationId });
  if (filter?.awarded === true) conditions.push({ awardTierKey: { not: null } });
  return { AND: conditions };
}

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.ResultOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  place: (direction) => ({ place: { sort: direction, nulls: "last" } }),
  total: (direction) => ({ totalText: direction }),
  trackKey: (direction) => ({ trackKey: direction }),
  categoryId: (direction) => ({ categoryId: direction }),
  registrationId: (direction) => ({ registrationId: direction }),
};

const listArgs = listArguments(ResultFilter);

async function visibleResultWhere(
  context: Parameters<typeof resultActivityScope>[0],
  filter: typeof ResultFilter.$inferInput | null | undefined,
) {
  return { AND: [resultWhere(filter), { activity: await resultActivityScope(context) }] };
}

const ComputeResultsPayload = builder
  .objectRef<{
    activityId: number;
    resultCount: number;
    blockingTies: { code: string; message: string }[];
    warnings: { code: string; message: string }[];
  }>("ComputeResultsPayload")
  .implement({
    fields: (t) => ({
      activityId: t.exposeID("activityId"),
      resultCount: t.exposeInt("resultCount", { description: "写入的成绩记录数（含未参加排名的）" }),
      blockingTies: t.field({
        type: [ResultNote],
        description: "本活动不允许并列获奖、须由主办部门裁定的并列",
        resolve: (payload) => payload.blockingTies,
      }),
      warnings: t.field({ type: [ResultNote], resolve: (payload) => payload.warnings }),
    }),
  });

builder.prismaObject("TieSeparation", {
  description: "主办部门对不允许并列获奖的并列名次的裁定（先后顺序及理由）",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    categoryId: t.exposeID("categoryId"),
    trackKey: t.exposeString("trackKey"),
    place: t.exposeInt("place"),
    orderedEntryIds: t.expose("orderedEntryIds", { type: "JSON" }),
    reason: t.exposeString("reason"),
    decidedAt: t.expose("decidedAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  allResults: t.prismaField({
    type: ["Result"],
    description: "成绩列表：公众可查看结果公示中和已发布活动的成绩；主办部门和管理员还可查看评审中的成绩",
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.result.findMany({
        ...query,
        where: await visibleResultWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allResultsMeta: t.field({
    type: ListMetadata,
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.result.count({ where: await visibleResultWhere(context, args.filter) }),
    }),
  }),
  Result: t.prismaField({
    type: "Result",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.result.findFirst({
        ...query,
        where: { id: rowId(args.id), activity: await resultActivityScope(context) },
      }),
  }),
  myResults: t.prismaField({
    type: ["Result"],
    description: "职工本人的成绩（结果公示中和已发布的活动）",
    authScopes: { role: ["WORKER"] },
    resolve: (query, _root, _args, context) => {
      const actor = requireActor(context);
      return context.prisma.result.findMany({
        ...query,
        where: {
          registration: { members: { some: { workerId: actor.workerId ?? -1 } } },
          activity: { state: { in: [...publishedStates] } },
        },
        orderBy: [{ activityId: "asc" }, { trackKey: "asc" }, { id: "asc" }],
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  computeResults: t.field({
    type: ComputeResultsPayload,
    description: "计算（或重新计算）活动的成绩、名次与奖项；重复计算覆盖原结果，不会重复",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: { activityId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => computeResults(context, rowId(args.activityId)),
  }),
  separateTie: t.prismaField({
    type: "TieSeparation",
    description: "裁定不允许并列获奖的并列名次：按裁定顺序列出该并列的全部参赛记录，并填写理由",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: {
      activityId: t.arg.id({ required: true }),
      categoryId: t.arg.id({ required: true }),
      trackKey: t.arg.string({ required: true }),
      orderedEntryIds: t.arg.idList({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const created = await separateTie(context, {
        activityId: rowId(args.activityId),
        categoryId: rowId(args.categoryId),
        trackKey: args.trackKey,
        orderedEntryIds: args.orderedEntryIds.map(rowId),
        reason: args.reason,
      });
      return context.prisma.tieSeparation.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
