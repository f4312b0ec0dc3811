import { signIn } from "../../auth/sign-in.ts";
import { builder } from "../builder.ts";
import { RoleEnum } from "./enums.ts";

builder.prismaObject("User", {
  description: "系统账号",
  fields: (t) => ({
    id: t.exposeID("id"),
    username: t.exposeString("username"),
    displayName: t.exposeString("displayName"),
    role: t.expose("role", { type: RoleEnum }),
    organizationId: t.exposeID("organizationId"),
    organization: t.relation("organization"),
    department: t.relation("department", { nullable: true }),
    workerId: t.exposeID("workerId", { nullable: true }),
  }),
});

const LoginPayload = builder.objectRef<{ token: string; userId: number }>("LoginPayload").implement({
  fields: (t) => ({
    token: t.exposeString("token", { description: "放在请求头 Authorization: Bearer … 中" }),
    user: t.prismaField({
      type: "User",
      resolve: (query, payload, _args, context) =>
        context.prisma.user.findUniqueOrThrow({ ...query, where: { id: payload.userId } }),
    }),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: "User",
    nullable: true,
    description: "当前登录的账号；未登录时为 null",
    resolve: (query, _root, _args, context) =>
      context.actor ? context.prisma.user.findUnique({ ...query, where: { id: context.actor.userId } }) : null,
  }),
}));

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => signIn(context, args.username, args.password),
  }),
}));
