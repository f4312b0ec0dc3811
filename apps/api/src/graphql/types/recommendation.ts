import type { Prisma } from "@jinzhou/db";
import { DomainError, mayPerformActivityTransition, registrationStateText, validationError } from "@jinzhou/domain";
import { activityPerformerOf } from "../../activities/activity-access.ts";
import type { Context } from "../../context.ts";
import { recommendCandidate } from "../../recommendations/recommend-candidate.ts";
import { recommenderAsSeen } from "../../recommendations/recommender-masking.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata } from "./enums.ts";
import { RegistrationStateEnum } from "./registration.ts";

/** Whether the viewer sees the recommender in full: the admin and the owning department's organizers. */
async function seesRecommender(context: Context, departmentCode: string): Promise<boolean> {
  if (context.actor === null) return false;
  return mayPerformActivityTransition(await activityPerformerOf(context), departmentCode);
}

const recommenderSelect = {
  recommenderName: true,
  recommenderPhone: true,
  activity: { select: { department: { select: { code: true } } } },
} as const;

export const Recommendation = builder.prismaObject("Registration", {
  variant: "Recommendation",
  description: "公众推荐的一名候选人（一份渠道为“公众推荐”的报名）",
  fields: (t) => ({
    id: t.exposeID("id", { description: "报名（候选人）的 id" }),
    activityId: t.exposeID("activityId"),
    candidateName: t.string({ select: { name: true }, resolve: (row) => row.name ?? "" }),
    organizationId: t.exposeID("organizationId"),
    organizationName: t.string({
      description: "候选人所在单位",
      select: { organization: { select: { name: true } } },
      resolve: (row) => row.organization.name,
    }),
    story: t.string({
      description: "事迹",
      select: { details: true },
      resolve: (row) => {
        const story = (row.details as { story?: unknown } | null)?.story;
        return typeof story === "string" ? story : "";
      },
    }),
    recommenderName: t.string({
      nullable: true,
      description: "推荐人姓名：仅主办部门可见全名，其他人看到打码的姓名",
      select: recommenderSelect,
      resolve: async (row, _args, context) =>
        recommenderAsSeen(
          { name: row.recommenderName, phone: row.recommenderPhone },
          await seesRecommender(context, row.activity.department.code),
        ).name,
    }),
    recommenderPhone: t.string({
      nullable: true,
      description: "推荐人手机号：仅主办部门可见完整号码，其他人看到 139****1234",
      select: recommenderSelect,
      resolve: async (row, _args, context) =>
        recommenderAsSeen(
          { name: row.recommenderName, phone: row.recommenderPhone },
          await seesRecommender(context, row.activity.department.code),
        ).phone,
    }),
    state: t.expose("state", { type: RegistrationStateEnum }),
    stateLabel: t.string({
      select: { state: true, returnReason: true, rejectionReason: true },
      resolve: (row) =>
        registrationStateText(row.state, { returnReason: row.returnReason, rejectionReason: row.rejectionReason }),
    }),
    registeredAt: t.expose("registeredAt", { type: "DateTime", description: "推荐时间" }),
    attachments: t.relation("attachments", {
      description: "推荐时附的照片（及单位补充的附件），按上传先后；下载须有查看该报名的权限",
      query: { orderBy: [{ uploadedAt: "asc" }, { id: "asc" }] },
    }),
  }),
});

const RecommendationFilter = builder.inputType("RecommendationFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    state: t.field({ type: RegistrationStateEnum }),
  }),
});

const RecommendableUnit = builder.objectRef<{ id: number; name: string }>("RecommendableUnit").implement({
  description: "可以选作候选人所在单位的基层工会",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name") }),
});

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.RegistrationOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  registeredAt: (direction) => ({ registeredAt: direction }),
  state: (direction) => ({ state: direction }),
};

/** Recommendations the viewer may list: the admin all, an organizer those of their department. */
async function recommendationWhere(
  context: Context,
  filter: typeof RecommendationFilter.$inferInput | null | undefined,
): Promise<Prisma.RegistrationWhereInput> {
  const performer = await activityPerformerOf(context);
  const conditions: Prisma.RegistrationWhereInput[] = [{ channel: "PUBLIC_RECOMMENDATION" }];
  if (performer.role === "ORGANIZER") {
    conditions.push({ activity: { department: { code: performer.departmentCode ?? "-" } } });
  } else if (performer.role !== "ADMIN") {
    throw new DomainError("FORBIDDEN");
  }
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });
  if (filter?.state) conditions.push({ state: filter.state });
  return { AND: conditions };
}

const listArgs = listArguments(RecommendationFilter);

/** The photo's attachment id; one that cannot exist is refused like an unusable photo. */
function photoIdOf(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const id = Number(value);
  if (Number.isSafeInteger(id) && id > 0) return id;
  throw validationError([
    { field: "photoAttachmentId", code: "ATTACHMENT_NOT_USABLE", message: "照片不存在、已被使用或已过期，请重新上传" },
  ]);
}

builder.queryFields((t) => ({
  allRecommendations: t.prismaField({
    type: [Recommendation],
    description: "公众推荐的候选人（主办部门、系统管理员）",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.registration.findMany({
        ...query,
        where: await recommendationWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allRecommendationsMeta: t.field({
    type: ListMetadata,
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.registration.count({ where: await recommendationWhere(context, args.filter) }),
    }),
  }),
  recommendableUnits: t.field({
    type: [RecommendableUnit],
    description: "按名称查找基层工会（公众推荐时选择候选人所在单位，无需登录），最多 20 个",
    args: { nameContains: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const text = args.nameContains.trim();
      if (text === "") return [];
      return context.prisma.organization.findMany({
        where: { kind: "GRASSROOTS_UNION", name: { contains: text } },
        orderBy: { id: "asc" },
        take: 20,
        select: { id: true, name: true },
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  recommendCandidate: t.prismaField({
    type: Recommendation,
    description:
      "公众推荐候选人（无需登录）：候选人姓名、所在单位、事迹、照片，推荐人姓名和手机号；推荐进入审核（单位确认、县区审核、主办部门初评）",
    args: {
      activityId: t.arg.id({ required: true }),
      categoryKey: t.arg.string(),
      candidateName: t.arg.string({ required: true }),
      organizationId: t.arg.id({ required: true, description: "候选人所在基层工会（recommendableUnits）" }),
      story: t.arg.string({ required: true, description: "事迹，不超过 2000 字" }),
      recommenderName: t.arg.string({ required: true }),
      recommenderPhone: t.arg.string({ required: true }),
      idempotencyKey: t.arg.string({ required: true }),
      photoAttachmentId: t.arg.id({
        description:
          "候选人照片：先无需登录上传（POST /files/attachments，kind=PHOTO，不带 registrationId），24 小时内使用一次",
      }),
    },
    resolve: async (query, _root, args, context) => {
      const created = await recommendCandidate(context, {
        activityId: rowId(args.activityId),
        categoryKey: args.categoryKey ?? null,
        candidateName: args.candidateName,
        organizationId: rowId(args.organizationId),
        story: args.story,
        recommenderName: args.recommenderName,
        recommenderPhone: args.recommenderPhone,
        idempotencyKey: args.idempotencyKey,
        photoAttachmentId: photoIdOf(args.photoAttachmentId),
      });
      return context.prisma.registration.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
