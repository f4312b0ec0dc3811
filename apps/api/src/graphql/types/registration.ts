import type { Prisma } from "@jinzhou/db";
import { activityEntryChannelLabels, registrationStateLabels, registrationStateText } from "@jinzhou/domain";
import type { Context } from "../../context.ts";
import { register } from "../../registrations/register.ts";
import { registrationScopeWhere } from "../../registrations/registration-scope.ts";
import { waitingPositionOf } from "../../registrations/waiting-positions.ts";
import { withdrawRegistration } from "../../registrations/withdraw-registration.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { EntrantTypeEnum } from "./activity.ts";
import { enumFrom, ListMetadata } from "./enums.ts";

export const RegistrationStateEnum = enumFrom("RegistrationState", registrationStateLabels);
export const EntryChannelEnum = enumFrom("EntryChannel", activityEntryChannelLabels);

builder.prismaObject("RegistrationMember", {
  description: "报名中的一名职工（个人报名只有一名）",
  fields: (t) => ({
    workerId: t.exposeID("workerId"),
    name: t.string({ select: { worker: { select: { name: true } } }, resolve: (member) => member.worker.name }),
    isLeader: t.exposeBoolean("isLeader", { description: "队长" }),
  }),
});

const waitingSelect = { id: true, categoryId: true, state: true } as const;

builder.prismaObject("Registration", {
  description: "一份报名（或推荐）：某个组别中的一名职工、一支队伍、一个单位或一个项目",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    activityName: t.string({
      description: "活动名称（职工的“我的报名”按活动列出）",
      select: { activity: { select: { name: true } } },
      resolve: (registration) => registration.activity.name,
    }),
    categoryId: t.exposeID("categoryId"),
    category: t.relation("category"),
    state: t.expose("state", { type: RegistrationStateEnum }),
    stateLabel: t.string({
      description: "状态的中文说法，如“候补第 2 位”“已退回（退回原因：…）”",
      select: { ...waitingSelect, returnReason: true, rejectionReason: true },
      resolve: async (registration, _args, context) =>
        registrationStateText(registration.state, {
          waitingPosition: await waitingPositionOf(context, registration),
          returnReason: registration.returnReason,
          rejectionReason: registration.rejectionReason,
        }),
    }),
    waitingPosition: t.int({
      nullable: true,
      description: "候补位次（第 N 位），按报名时间计算；不在候补时为空",
      select: waitingSelect,
      resolve: (registration, _args, context) => waitingPositionOf(context, registration),
    }),
    entrantType: t.expose("entrantType", { type: EntrantTypeEnum }),
    channel: t.expose("channel", { type: EntryChannelEnum }),
    name: t.exposeString("name", { nullable: true, description: "队伍名称、项目名称或单位名称；个人报名为空" }),
    members: t.relation("members", { query: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] } }),
    organizationId: t.exposeID("organizationId"),
    registeredAt: t.expose("registeredAt", { type: "DateTime", description: "报名时间，决定候补顺序" }),
    returnReason: t.exposeString("returnReason", { nullable: true }),
    rejectionReason: t.exposeString("rejectionReason", { nullable: true }),
    withdrawalReason: t.exposeString("withdrawalReason", { nullable: true }),
    version: t.exposeInt("version", { description: "撤销时可原样带回，用于发现他人同时处理" }),
  }),
});

export const TeamInput = builder.inputType("TeamInput", {
  description: "一支队伍（或一对搭档）：名称、全部队员和队长",
  fields: (t) => ({
    name: t.string({ required: true, description: "队伍名称；两人组别可留空" }),
    memberWorkerIds: t.idList({ required: true, description: "队员的职工 id（职工本人报名时可不含本人）" }),
    leaderWorkerId: t.id({ description: "队长的职工 id；职工本人报名时默认是本人" }),
  }),
});

const RegistrationFilter = builder.inputType("RegistrationFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    categoryId: t.id(),
    state: t.field({ type: RegistrationStateEnum }),
    organizationId: t.id({ description: "该组织及其全部下级组织的报名" }),
  }),
});

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.RegistrationOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  registeredAt: (direction) => ({ registeredAt: direction }),
  state: (direction) => ({ state: direction }),
  activityId: (direction) => ({ activityId: direction }),
  categoryId: (direction) => ({ categoryId: direction }),
  organizationId: (direction) => ({ organizationId: direction }),
};

async function registrationWhere(
  context: Context,
  filter: typeof RegistrationFilter.$inferInput | null | undefined,
): Promise<Prisma.RegistrationWhereInput> {
  const conditions: Prisma.RegistrationWhereInput[] = [await registrationScopeWhere(context)];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });
  const categoryId = optionalRowId(filter?.categoryId);
  if (categoryId !== undefined) conditions.push({ categoryId });
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

const listArgs = listArguments(RegistrationFilter);

builder.queryFields((t) => ({
  allRegistrations: t.prismaField({
    type: ["Registration"],
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.registration.findMany({
        ...query,
        where: await registrationWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allRegistrationsMeta: t.field({
    type: ListMetadata,
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.registration.count({ where: await registrationWhere(context, args.filter) }),
    }),
  }),
  Registration: t.prismaField({
    type: "Registration",
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.registration.findFirst({
        ...query,
        where: { AND: [{ id: rowId(args.id) }, await registrationScopeWhere(context)] },
      }),
  }),
}));

builder.mutationFields((t) => ({
  register: t.prismaField({
    type: "Registration",
    authScopes: { role: ["WORKER"] },
    description: "职工本人报名活动的一个组别；idempotencyKey 由客户端为每次报名生成，重试时原样带回，只会报名一次",
    args: {
      activityId: t.arg.id({ required: true }),
      categoryKey: t.arg.string({ description: "组别代码（活动设置中的 categoryId）" }),
      categoryId: t.arg.id({ description: "或组别的 id" }),
      idempotencyKey: t.arg.string({ required: true }),
      partnerWorkerId: t.arg.id({ description: "双打等两人组别：搭档的职工 id（从 partnerLookup 中选择）" }),
      team: t.arg({ type: TeamInput, description: "队伍组别：队伍名称、队员和队长" }),
    },
    resolve: async (query, _root, args, context) => {
      const created = await register(context, {
        activityId: rowId(args.activityId),
        categoryKey: args.categoryKey ?? null,
        categoryId: optionalRowId(args.categoryId) ?? null,
        idempotencyKey: args.idempotencyKey,
        partnerWorkerId: optionalRowId(args.partnerWorkerId) ?? null,
        team: args.team
          ? {
              name: args.team.name,
              memberWorkerIds: args.team.memberWorkerIds.map(rowId),
              leaderWorkerId: optionalRowId(args.team.leaderWorkerId) ?? null,
            }
          : null,
      });
      return context.prisma.registration.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  withdrawRegistration: t.prismaField({
    type: "Registration",
    authScopes: { role: ["WORKER", "UNIT_ADMIN", "ORGANIZER"] },
    description: "撤销报名：截止前由本人或单位管理员撤销；截止后只能由主办部门填写原因后撤销。空出的名额自动由候补递补",
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg.string(),
      version: t.arg.int({ description: "读取时的 version；不一致时拒绝" }),
    },
    resolve: async (query, _root, args, context) => {
      const withdrawn = await withdrawRegistration(context, rowId(args.id), args.reason ?? null, args.version ?? null);
      return context.prisma.registration.findUniqueOrThrow({ ...query, where: { id: withdrawn.id } });
    },
  }),
}));
