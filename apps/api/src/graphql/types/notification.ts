import type { Prisma } from "@jinzhou/db";
import { DomainError } from "@jinzhou/domain";
import type { Context } from "../../context.ts";
import { notificationKindLabels } from "../../notifications/notify.ts";
import { requireActor } from "../../organizations/organization-scope.ts";
import { builder } from "../builder.ts";
import { pageOf, rowId } from "../list-args.ts";
import { enumFrom } from "./enums.ts";

export const NotificationKindEnum = enumFrom("NotificationKind", notificationKindLabels);

builder.prismaObject("Notification", {
  description: "站内通知（同时以短信发送到职工手机）",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: NotificationKindEnum }),
    kindLabel: t.string({ resolve: (notification) => notificationKindLabels[notification.kind] }),
    text: t.exposeString("text", { description: "通知内容" }),
    activityId: t.exposeID("activityId", { nullable: true }),
    registrationId: t.exposeID("registrationId", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true, description: "已读时间；未读为空" }),
    read: t.boolean({ resolve: (notification) => notification.readAt !== null }),
    smsSent: t.boolean({
      description: "短信是否已发出",
      resolve: (notification) => notification.smsSentAt !== null,
    }),
  }),
});

/** Notifications addressed to the signed-in user, or to their worker record (sent before they had an account). */
function mine(context: Context): Prisma.NotificationWhereInput {
  const actor = requireActor(context);
  return {
    OR: [
      { recipientUserId: actor.userId },
      ...(actor.workerId !== null ? [{ recipientWorkerId: actor.workerId, recipientUserId: null }] : []),
    ],
  };
}

const NotificationListMetadata = builder
  .objectRef<{ count: number; unreadCount: number }>("NotificationListMetadata")
  .implement({
    fields: (t) => ({
      count: t.exposeInt("count", { description: "符合条件的通知数" }),
      unreadCount: t.exposeInt("unreadCount", { description: "未读通知数" }),
    }),
  });

const NotificationsMarked = builder
  .objectRef<{ marked: number; unreadCount: number }>("NotificationsMarked")
  .implement({
    fields: (t) => ({
      marked: t.exposeInt("marked", { description: "本次标为已读的条数" }),
      unreadCount: t.exposeInt("unreadCount", { description: "剩余未读条数" }),
    }),
  });

const listArgs = builder.args((t) => ({
  page: t.int(),
  perPage: t.int(),
  unreadOnly: t.boolean({ description: "只看未读" }),
}));

const whereOf = (context: Context, unreadOnly: boolean | null | undefined): Prisma.NotificationWhereInput => ({
  AND: [mine(context), ...(unreadOnly ? [{ readAt: null }] : [])],
});

builder.queryFields((t) => ({
  myNotifications: t.prismaField({
    type: ["Notification"],
    authScopes: { signedIn: true },
    description: "我的通知，最新的在前",
    args: listArgs,
    resolve: (query, _root, args, context) =>
      context.prisma.notification.findMany({
        ...query,
        where: whereOf(context, args.unreadOnly),
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...pageOf({ page: args.page, perPage: args.perPage ?? 50 }),
      }),
  }),
  _myNotificationsMeta: t.field({
    type: NotificationListMetadata,
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: async (_root, args, context) => {
      const [count, unreadCount] = await Promise.all([
        context.prisma.notification.count({ where: whereOf(context, args.unreadOnly) }),
        context.prisma.notification.count({ where: whereOf(context, true) }),
      ]);
      return { count, unreadCount };
    },
  }),
}));

builder.mutationFields((t) => ({
  markNotificationsRead: t.field({
    type: NotificationsMarked,
    authScopes: { signedIn: true },
    description: "把通知标为已读：传 ids 只标这些，传 all: true 标全部",
    args: { ids: t.arg.idList(), all: t.arg.boolean() },
    resolve: async (_root, args, context) => {
      if (!args.all && !args.ids?.length) {
        throw new DomainError("BAD_REQUEST", [], "请指定要标为已读的通知（ids），或传 all: true");
      }
      const ids = args.all ? null : (args.ids ?? []).map(rowId);
      const { count } = await context.prisma.notification.updateMany({
        where: { AND: [mine(context), { readAt: null }, ...(ids ? [{ id: { in: ids } }] : [])] },
        data: { readAt: new Date() },
      });
      const unreadCount = await context.prisma.notification.count({ where: whereOf(context, true) });
      return { marked: count, unreadCount };
    },
  }),
}));
