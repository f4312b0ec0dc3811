import type { Prisma } from "@jinzhou/db";
import { lateObjectionLabel, maskPhone, objectionOutcomeLabels, upheldObjectionActionLabels } from "@jinzhou/domain";
import { fileObjection } from "../../public-notices/file-objection.ts";
import { completeReReview, resolveObjection } from "../../public-notices/resolve-objection.ts";
import { managedActivityScope, managesActivity } from "../../results/result-scope.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { enumFrom, ListMetadata } from "./enums.ts";

const ObjectionStatusEnum = enumFrom("ObjectionStatus", { OPEN: "待处理", ...objectionOutcomeLabels });
const ObjectionOutcomeEnum = enumFrom("ObjectionOutcome", objectionOutcomeLabels);
const UpheldObjectionActionEnum = enumFrom("UpheldObjectionAction", upheldObjectionActionLabels);

builder.prismaObject("Objection", {
  description: "对公示结果的异议；联系电话仅主办部门可见完整号码，其他人看到的是脱敏号码",
  fields: (t) => ({
    id: t.exposeID("id", { description: "异议编号" }),
    activityId: t.exposeID("activityId"),
    publicNoticeId: t.exposeID("publicNoticeId"),
    registrationId: t.exposeID("registrationId", { description: "异议对象（参赛记录）" }),
    entrantName: t.string({
      select: {
        registration: {
          select: {
            name: true,
            members: { select: { worker: { select: { name: true } } }, orderBy: [{ isLeader: "desc" }, { id: "asc" }] },
          },
        },
      },
      resolve: (row) =>
        row.registration.name ?? row.registration.members.map((member) => member.worker.name).join("、"),
    }),
    content: t.exposeString("content"),
    contactName: t.exposeString("contactName"),
    contactPhone: t.string({
      nullable: true,
      description: "联系电话：主办部门可见完整号码，其他人为脱敏号码",
      select: { contactPhone: true, activity: { select: { department: { select: { code: true } } } } },
      resolve: async (row, _args, context) => {
        if (row.contactPhone === null) return null;
        const full =
          context.actor?.role === "ORGANIZER" && (await managesActivity(context, row.activity.department.code));
        return full ? row.contactPhone : maskPhone(row.contactPhone);
      },
    }),
    otherContact: t.exposeString("otherContact", { nullable: true }),
    filedAt: t.expose("filedAt", { type: "DateTime" }),
    filedOn: t.exposeString("filedOn"),
    late: t.exposeBoolean("late", { description: `公示期满后提出（${lateObjectionLabel}）` }),
    status: t.expose("status", { type: ObjectionStatusEnum }),
    upheldAction: t.expose("upheldAction", { type: UpheldObjectionActionEnum, nullable: true }),
    resolution: t.exposeString("resolution", { nullable: true, description: "核查结论（成立）或理由（不成立）" }),
    resolvedAt: t.expose("resolvedAt", { type: "DateTime", nullable: true }),
    reReviewCompletedAt: t.expose("reReviewCompletedAt", { type: "DateTime", nullable: true }),
    version: t.exposeInt("version"),
    attachments: t.relation("attachments", {
      description: "证明材料（提出异议时附上的文件），按上传先后；经 /files/attachments/:id 下载",
      query: { orderBy: [{ uploadedAt: "asc" }, { id: "asc" }] },
    }),
  }),
});

const ObjectionFilter = builder.inputType("ObjectionFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    publicNoticeId: t.id(),
    status: t.field({ type: ObjectionStatusEnum }),
  }),
});

function objectionWhere(filter: typeof ObjectionFilter.$inferInput | null | undefined): Prisma.ObjectionWhereInput {
  const conditions: Prisma.ObjectionWhereInput[] = [];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });
  const publicNoticeId = optionalRowId(filter?.publicNoticeId);
  if (publicNoticeId !== undefined) conditions.push({ publicNoticeId });
  if (filter?.status) conditions.push({ status: filter.status });
  return { AND: conditions };
}

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.ObjectionOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  filedAt: (direction) => ({ filedAt: direction }),
  status: (direction) => ({ status: direction }),
};

const listArgs = listArguments(ObjectionFilter);
const managers = ["ADMIN", "ORGANIZER"] as const;

// Objections are read by the admin and the organizers of the owning department.
async function managedWhere(
  context: Parameters<typeof managedActivityScope>[0],
  filter: typeof ObjectionFilter.$inferInput | null | undefined,
) {
  return { AND: [objectionWhere(filter), { activity: await managedActivityScope(context) }] };
}

builder.queryFields((t) => ({
  allObjections: t.prismaField({
    type: ["Objection"],
    authScopes: { role: [...managers] },
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.objection.findMany({
        ...query,
        where: await managedWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allObjectionsMeta: t.field({
    type: ListMetadata,
    authScopes: { role: [...managers] },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.objection.count({ where: await managedWhere(context, args.filter) }),
    }),
  }),
  Objection: t.prismaField({
    type: "Objection",
    nullable: true,
    authScopes: { role: [...managers] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.objection.findFirst({
        ...query,
        where: { id: rowId(args.id), activity: await managedActivityScope(context) },
      }),
  }),
}));

builder.mutationFields((t) => ({
  fileObjection: t.prismaField({
    type: "Objection",
    description: "对公示中的参赛记录提出异议（无需登录）；须填写联系人，及联系电话或其他联系方式",
    args: {
      activityId: t.arg.id({ required: true }),
      entryId: t.arg.id({ required: true, description: "异议对象：公示名单中的参赛记录编号（registrationId）" }),
      content: t.arg.string({ required: true }),
      contactName: t.arg.string({ required: true }),
      contactPhone: t.arg.string(),
      otherContact: t.arg.string(),
      attachmentIds: t.arg.idList({
        description: "先经 POST /files/attachments（kind=EVIDENCE）上传的证明材料编号，至多 5 个",
      }),
    },
    resolve: async (query, _root, args, context) => {
      const filed = await fileObjection(context, {
        activityId: rowId(args.activityId),
        entryId: rowId(args.entryId),
        content: args.content,
        contactName: args.contactName,
        contactPhone: args.contactPhone ?? "",
        otherContact: args.otherContact ?? "",
        attachmentIds: (args.attachmentIds ?? []).map(rowId),
      });
      return context.prisma.objection.findUniqueOrThrow({ ...query, where: { id: filed.id } });
    },
  }),
  resolveObjection: t.prismaField({
    type: "Objection",
    description: "处理异议：成立（重新评审或撤销其公示结果）或不成立（填写理由）；每条异议只处理一次",
    authScopes: { role: [...managers] },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      outcome: t.arg({ type: ObjectionOutcomeEnum, required: true }),
      action: t.arg({ type: UpheldObjectionActionEnum }),
      text: t.arg.string({ required: true, description: "核查结论（成立）或理由（不成立）" }),
    },
    resolve: async (query, _root, args, context) => {
      const resolved = await resolveObjection(context, rowId(args.id), args.version, {
        outcome: args.outcome,
        action: args.action ?? null,
        text: args.text,
      });
      return context.prisma.objection.findUniqueOrThrow({ ...query, where: { id: resolved.id } });
    },
  }),
  completeObjectionReReview: t.prismaField({
    type: "Objection",
    description: "登记异议成立后的重新评审已完成",
    authScopes: { role: [...managers] },
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const done = await completeReReview(context, rowId(args.id), args.version);
      return context.prisma.objection.findUniqueOrThrow({ ...query, where: { id: done.id } });
    },
  }),
}));
