import type { Prisma } from "@jinzhou/db";
import {
  type ActivityState,
  type ActivityTransition,
  activityEntrantTypeLabels,
  activityKindLabels,
  activityStateLabels,
  activityTransitionDefinitions,
} from "@jinzhou/domain";
import { withBatchedActivityReads } from "../../activities/activity-batch-reads.ts";
import {
  type ActivityTransitionOption,
  activityTransitionOptions,
} from "../../activities/activity-transition-options.ts";
import { createActivity } from "../../activities/create-activity.ts";
import { transitionActivity } from "../../activities/transition-activity.ts";
import { updateActivity } from "../../activities/update-activity.ts";
import { requireActor } from "../../organizations/organization-scope.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, orderOf, pageOf, rowId } from "../list-args.ts";
import { enumFrom, ListMetadata } from "./enums.ts";

export const ActivityKindEnum = enumFrom("ActivityKind", activityKindLabels);
export const ActivityStateEnum = enumFrom("ActivityState", activityStateLabels);
export const EntrantTypeEnum = enumFrom("EntrantType", activityEntrantTypeLabels);
const ActivityTransitionEnum = enumFrom(
  "ActivityTransition",
  Object.fromEntries(
    Object.entries(activityTransitionDefinitions).map(([transition, definition]) => [transition, definition.label]),
  ) as Record<ActivityTransition, string>,
);

export const Reason = builder.objectRef<{ code: string; message: string }>("Reason").implement({
  description: "规则不允许的一条原因：稳定的代码和中文说明",
  fields: (t) => ({ code: t.exposeString("code"), message: t.exposeString("message") }),
});

const ActivityTransitionOptionRef = builder.objectRef<ActivityTransitionOption>("ActivityTransitionOption").implement({
  description: "从活动当前状态可走的一步，以及当前用户现在能否走、为什么不能",
  fields: (t) => ({
    transition: t.field({ type: ActivityTransitionEnum, resolve: (option) => option.transition }),
    to: t.field({ type: ActivityStateEnum, resolve: (option) => option.to as ActivityState }),
    label: t.exposeString("label", { description: "按钮上的文字，如“开放报名”" }),
    allowed: t.exposeBoolean("allowed"),
    reasonRequired: t.exposeBoolean("reasonRequired", { description: "这一步现在须填写原因" }),
    reasons: t.field({ type: [Reason], resolve: (option) => option.reasons }),
  }),
});

builder.prismaObject("Category", {
  description: "活动的组别/工种/项目，及其名额",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    key: t.exposeString("key", { description: "活动设置中的组别代码（categoryId）" }),
    name: t.exposeString("name"),
    entrantType: t.expose("entrantType", { type: EntrantTypeEnum }),
    capacity: t.exposeInt("capacity", { nullable: true, description: "名额；为空表示不限" }),
    sortOrder: t.exposeInt("sortOrder"),
    registrationCount: t.relationCount("registrations"),
  }),
});

builder.prismaObject("Activity", {
  description: "职工活动：技能大赛、劳动竞赛、文艺比赛、展演、体育赛事、劳模选树、最美劳动者、创新工作奖",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: ActivityKindEnum }),
    state: t.expose("state", { type: ActivityStateEnum }),
    departmentId: t.exposeID("departmentId"),
    department: t.relation("department"),
    year: t.exposeInt("year"),
    registrationOpensOn: t.exposeString("registrationOpensOn", { nullable: true, description: "报名开始日期" }),
    registrationClosesOn: t.exposeString("registrationClosesOn", {
      nullable: true,
      description: "报名截止日期（含当天）",
    }),
    judgingEndsOn: t.exposeString("judgingEndsOn", { nullable: true, description: "评审结束日期" }),
    completedBy: t.exposeString("completedBy", { nullable: true, description: "完成时限" }),
    deadlinePhrase: t.exposeString("deadlinePhrase", {
      nullable: true,
      description: "任务表中的时限说法，如“四月末前”",
    }),
    configuration: t.expose("configuration", { type: "JSON", description: "活动设置（ActivityConfiguration）" }),
    version: t.exposeInt("version", { description: "修改时原样带回，用于发现他人同时修改" }),
    stateChangedAt: t.expose("stateChangedAt", { type: "DateTime", nullable: true }),
    categories: t.relation("categories", { query: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] } }),
    allowedTransitions: t.field({
      type: [ActivityTransitionOptionRef],
      description: "当前用户可对该活动进行的状态变更，以及不能进行的原因",
      select: {
        id: true,
        state: true,
        configuration: true,
        registrationOpensOn: true,
        registrationClosesOn: true,
        judgingEndsOn: true,
        completedBy: true,
        department: { select: { code: true, name: true } },
      },
      // Batched across the page: a list of 50 activities reads each table once, not 50 times.
      resolve: (activity, _args, context) => activityTransitionOptions(withBatchedActivityReads(context), activity),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const ActivityFilter = builder.inputType("ActivityFilter", {
  fields: (t) => ({
    q: t.string({ description: "按名称或代码搜索" }),
    ids: t.idList(),
    kind: t.field({ type: ActivityKindEnum }),
    state: t.field({ type: ActivityStateEnum }),
    departmentId: t.id(),
    year: t.int(),
  }),
});

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.ActivityOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  code: (direction) => ({ code: direction }),
  name: (direction) => ({ name: direction }),
  kind: (direction) => ({ kind: direction }),
  state: (direction) => ({ state: direction }),
  year: (direction) => ({ year: direction }),
  departmentId: (direction) => ({ departmentId: direction }),
  registrationOpensOn: (direction) => ({ registrationOpensOn: direction }),
  registrationClosesOn: (direction) => ({ registrationClosesOn: direction }),
  judgingEndsOn: (direction) => ({ judgingEndsOn: direction }),
  completedBy: (direction) => ({ completedBy: direction }),
  createdAt: (direction) => ({ createdAt: direction }),
  updatedAt: (direction) => ({ updatedAt: direction }),
};

function activityWhere(filter: typeof ActivityFilter.$inferInput | null | undefined): Prisma.ActivityWhereInput {
  const conditions: Prisma.ActivityWhereInput[] = [];
  const q = filter?.q?.trim();
  if (q) conditions.push({ OR: [{ name: { contains: q } }, { code: { contains: q } }] });
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.state) conditions.push({ state: filter.state });
  if (filter?.departmentId) conditions.push({ departmentId: rowId(filter.departmentId) });
  if (filter?.year !== undefined && filter?.year !== null) conditions.push({ year: filter.year });
  return { AND: conditions };
}

const listArgs = listArguments(ActivityFilter);

// Every signed-in user may read activities: workers will see what they can enter, judges what they judge.
builder.queryFields((t) => ({
  allActivities: t.prismaField({
    type: ["Activity"],
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: (query, _root, args, context) =>
      context.prisma.activity.findMany({
        ...query,
        where: activityWhere(args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allActivitiesMeta: t.field({
    type: ListMetadata,
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.activity.count({ where: activityWhere(args.filter) }),
    }),
  }),
  Activity: t.prismaField({
    type: "Activity",
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => {
      requireActor(context);
      return context.prisma.activity.findUnique({ ...query, where: { id: rowId(args.id) } });
    },
  }),
}));

// Scope-auth turns away every other role; the use cases then check the owning department.
builder.mutationFields((t) => ({
  createActivity: t.prismaField({
    type: "Activity",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description: "按活动类型的模板新建一个草稿活动",
    args: {
      kind: t.arg({ type: ActivityKindEnum, required: true }),
      code: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
      year: t.arg.int({ required: true }),
      departmentId: t.arg.id({ required: true }),
      registrationOpensOn: t.arg.string(),
      registrationClosesOn: t.arg.string(),
      judgingEndsOn: t.arg.string(),
      completedBy: t.arg.string(),
      deadlinePhrase: t.arg.string(),
    },
    resolve: async (query, _root, { departmentId, ...args }, context) => {
      const created = await createActivity(context, { ...args, departmentId: rowId(departmentId) });
      return context.prisma.activity.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateActivity: t.prismaField({
    type: "Activity",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description: "修改草稿活动的名称、日期和设置；version 须与读取时一致",
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      name: t.arg.string(),
      registrationOpensOn: t.arg.string(),
      registrationClosesOn: t.arg.string(),
      judgingEndsOn: t.arg.string(),
      completedBy: t.arg.string(),
      deadlinePhrase: t.arg.string(),
      configuration: t.arg({ type: "JSON" }),
    },
    resolve: async (query, _root, { id, ...change }, context) => {
      const updated = await updateActivity(context, rowId(id), change);
      return context.prisma.activity.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  transitionActivity: t.prismaField({
    type: "Activity",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description: "变更活动状态（开放报名、截止报名、开始评审 …）；不允许时返回全部原因",
    args: {
      id: t.arg.id({ required: true }),
      to: t.arg({ type: ActivityStateEnum, required: true }),
      reason: t.arg.string(),
    },
    resolve: async (query, _root, args, context) => {
      const moved = await transitionActivity(context, rowId(args.id), args.to, args.reason ?? null);
      return context.prisma.activity.findUniqueOrThrow({ ...query, where: { id: moved.id } });
    },
  }),
}));
