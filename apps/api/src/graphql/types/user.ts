import type { Prisma } from "@jinzhou/db";
import { isSignInLocked } from "@jinzhou/domain";
import { signIn } from "../../auth/sign-in.ts";
import type { Context } from "../../context.ts";
import { createUser } from "../../users/create-user.ts";
import { resetUserPassword } from "../../users/reset-user-password.ts";
import { updateUser } from "../../users/update-user.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata, RoleEnum } from "./enums.ts";

function seesSignInFacts(context: Context, userId: number): boolean {
  return context.actor?.role === "ADMIN" || context.actor?.userId === userId;
}

builder.prismaObject("User", {
  description: "系统账号（密码只保存 argon2id 摘要，任何接口都不返回）",
  fields: (t) => ({
    id: t.exposeID("id"),
    username: t.exposeString("username", { description: "用户名" }),
    displayName: t.exposeString("displayName", { description: "姓名" }),
    role: t.expose("role", { type: RoleEnum }),
    organizationId: t.exposeID("organizationId", { description: "所属组织：账号可查看和操作的范围" }),
    organization: t.relation("organization"),
    departmentId: t.exposeID("departmentId", { nullable: true, description: "主办部门账号所属部门" }),
    department: t.relation("department", { nullable: true }),
    workerId: t.exposeID("workerId", { nullable: true, description: "职工账号关联的职工" }),
    workerName: t.string({
      nullable: true,
      description: "关联职工的姓名",
      select: { worker: { select: { name: true } } },
      resolve: (user) => user.worker?.name ?? null,
    }),
    active: t.exposeBoolean("active", { description: "是否启用；停用后无法登录，已发出的登录凭证立即失效" }),
    // Sign-in facts of other people's accounts are the admin's business only.
    locked: t.boolean({
      nullable: true,
      description: "是否因密码连续输错而暂时锁定（仅系统管理员和本人可见，否则为 null）",
      select: { lockedUntil: true },
      resolve: (user, _args, context) =>
        seesSignInFacts(context, user.id) ? isSignInLocked(user.lockedUntil, new Date()) : null,
    }),
    lastLoginAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "最近登录时间（仅系统管理员和本人可见）",
      select: { lastLoginAt: true },
      resolve: (user, _args, context) => (seesSignInFacts(context, user.id) ? user.lastLoginAt : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const LoginPayload = builder.objectRef<{ token: string; userId: number }>("LoginPayload").implement({
  fields: (t) => ({
    token: t.exposeString("token", { description: "放在请求头 Authorization: Bearer … 中" }),
    user: t.prismaField({
      type: "User",
      resolve: (query, payload, _args, context) =>
        context.prisma.user.findUniqueOrThrow({ ...query, where: { id: payload.userId } }),
    }),
  }),
});

const UserFilter = builder.inputType("UserFilter", {
  fields: (t) => ({
    q: t.string({ description: "按用户名或姓名搜索" }),
    ids: t.idList(),
    role: t.field({ type: RoleEnum }),
    organizationId: t.id(),
    departmentId: t.id(),
    active: t.boolean(),
  }),
});

function userWhere(filter: typeof UserFilter.$inferInput | null | undefined): Prisma.UserWhereInput {
  const conditions: Prisma.UserWhereInput[] = [];
  const q = filter?.q?.trim();
  if (q) conditions.push({ OR: [{ username: { contains: q } }, { displayName: { contains: q } }] });
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  if (filter?.role) conditions.push({ role: filter.role });
  if (filter?.organizationId) conditions.push({ organizationId: rowId(filter.organizationId) });
  if (filter?.departmentId) conditions.push({ departmentId: rowId(filter.departmentId) });
  if (typeof filter?.active === "boolean") conditions.push({ active: filter.active });
  return { AND: conditions };
}

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.UserOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  username: (direction) => ({ username: direction }),
  displayName: (direction) => ({ displayName: direction }),
  role: (direction) => ({ role: direction }),
  organizationId: (direction) => ({ organizationId: direction }),
  active: (direction) => ({ active: direction }),
  lastLoginAt: (direction) => ({ lastLoginAt: direction }),
  createdAt: (direction) => ({ createdAt: direction }),
};

const listArgs = listArguments(UserFilter);
const admin = { role: ["ADMIN"] } as const;

builder.queryFields((t) => ({
  me: t.prismaField({
    type: "User",
    nullable: true,
    description: "当前登录的账号；未登录时为 null",
    resolve: (query, _root, _args, context) =>
      context.actor ? context.prisma.user.findUnique({ ...query, where: { id: context.actor.userId } }) : null,
  }),
  allUsers: t.prismaField({
    type: ["User"],
    description: "系统账号列表（仅系统管理员）",
    authScopes: { role: [...admin.role] },
    args: listArgs,
    resolve: (query, _root, args, context) =>
      context.prisma.user.findMany({
        ...query,
        where: userWhere(args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allUsersMeta: t.field({
    type: ListMetadata,
    authScopes: { role: [...admin.role] },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.user.count({ where: userWhere(args.filter) }),
    }),
  }),
  User: t.prismaField({
    type: "User",
    nullable: true,
    authScopes: { role: [...admin.role] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.user.findUnique({ ...query, where: { id: rowId(args.id) } }),
  }),
}));

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => signIn(context, args.username, args.password),
  }),
  createUser: t.prismaField({
    type: "User",
    description: "开设账号（仅系统管理员）；密码 8–64 位，须含字母和数字",
    authScopes: { role: [...admin.role] },
    args: {
      username: t.arg.string({ required: true }),
      displayName: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
      role: t.arg({ type: RoleEnum, required: true }),
      organizationId: t.arg.id({ required: true }),
      departmentId: t.arg.id(),
      workerId: t.arg.id(),
      active: t.arg.boolean(),
    },
    resolve: async (query, _root, args, context) => {
      const created = await createUser(context, {
        username: args.username,
        displayName: args.displayName,
        password: args.password,
        role: args.role,
        organizationId: rowId(args.organizationId),
        departmentId: optionalRowId(args.departmentId) ?? null,
        workerId: optionalRowId(args.workerId) ?? null,
        active: args.active,
      });
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateUser: t.prismaField({
    type: "User",
    description: "修改账号：角色、所属组织或部门、关联职工、启用或停用（仅系统管理员）",
    authScopes: { role: [...admin.role] },
    args: {
      id: t.arg.id({ required: true }),
      username: t.arg.string(),
      displayName: t.arg.string(),
      role: t.arg({ type: RoleEnum }),
      organizationId: t.arg.id(),
      departmentId: t.arg.id({ description: "传 null 清除" }),
      workerId: t.arg.id({ description: "传 null 清除" }),
      active: t.arg.boolean(),
    },
    resolve: async (query, _root, args, context) => {
      const updated = await updateUser(context, rowId(args.id), {
        username: args.username,
        displayName: args.displayName,
        role: args.role,
        organizationId: optionalRowId(args.organizationId),
        // Absent keeps the value; an explicit null (or "") clears it.
        departmentId: args.departmentId === undefined ? undefined : (optionalRowId(args.departmentId) ?? null),
        workerId: args.workerId === undefined ? undefined : (optionalRowId(args.workerId) ?? null),
        active: args.active,
      });
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  resetUserPassword: t.prismaField({
    type: "User",
    description: "重置账号密码并解除锁定（仅系统管理员）；审计日志只记录重置动作，不记录密码",
    authScopes: { role: [...admin.role] },
    args: {
      id: t.arg.id({ required: true }),
      password: t.arg.string({ required: true }),
      reason: t.arg.string(),
    },
    resolve: async (query, _root, args, context) => {
      const updated = await resetUserPassword(context, rowId(args.id), args.password, args.reason);
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
}));
