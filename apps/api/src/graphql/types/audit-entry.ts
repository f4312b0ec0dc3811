import type { Prisma } from "@jinzhou/db";
import {
  addDaysToCalendarDate,
  type FieldError,
  isCalendarDate,
  startOfChinaDay,
  validationError,
} from "@jinzhou/domain";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata, RoleEnum } from "./enums.ts";

/** JSON values travel as JSON text, so the log needs no JSON scalar of its own. */
function jsonText(value: Prisma.JsonValue | null): string | null {
  return value === null ? null : JSON.stringify(value);
}

builder.prismaObject("AuditEntry", {
  description: "操作日志：谁、何时、对哪条记录做了什么，以及修改前后的值（身份证号、手机号已脱敏）。只增不改",
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.expose("at", { type: "DateTime" }),
    actor: t.relation("actor", { nullable: true, description: "操作人；公众或系统自身的操作为 null" }),
    actorUserId: t.exposeID("actorUserId", { nullable: true }),
    actorRole: t.expose("actorRole", { type: RoleEnum, nullable: true, description: "操作时的角色" }),
    action: t.exposeString("action", { description: "如 WORKER_CREATE、HOLIDAY_UPDATE" }),
    entityType: t.exposeString("entityType", { description: "记录类型，如 Worker、Holiday" }),
    entityId: t.exposeID("entityId", { nullable: true }),
    activityId: t.exposeID("activityId", { nullable: true }),
    before: t.string({
      nullable: true,
      description: "修改前的值，JSON 文本（新建时为 null）",
      select: { before: true },
      resolve: (entry) => jsonText(entry.before),
    }),
    after: t.string({
      nullable: true,
      description: "修改后的值，JSON 文本（删除时为 null）",
      select: { after: true },
      resolve: (entry) => jsonText(entry.after),
    }),
    reason: t.exposeString("reason", { nullable: true, description: "原因，如解锁原因、作废原因" }),
  }),
});

const AuditEntryFilter = builder.inputType("AuditEntryFilter", {
  fields: (t) => ({
    q: t.string({ description: "按操作或记录类型搜索" }),
    ids: t.idList(),
    actorUserId: t.id(),
    action: t.string(),
    entityType: t.string(),
    entityId: t.id(),
    activityId: t.id(),
    from: t.string({ description: "起始日期 YYYY-MM-DD（中国时间，含当天）" }),
    to: t.string({ description: "截止日期 YYYY-MM-DD（中国时间，含当天）" }),
  }),
});

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.AuditEntryOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  at: (direction) => ({ at: direction }),
  action: (direction) => ({ action: direction }),
  entityType: (direction) => ({ entityType: direction }),
  entityId: (direction) => ({ entityId: direction }),
  activityId: (direction) => ({ activityId: direction }),
  actorUserId: (direction) => ({ actorUserId: direction }),
  actorRole: (direction) => ({ actorRole: direction }),
};

function auditEntryWhere(filter: typeof AuditEntryFilter.$inferInput | null | undefined): Prisma.AuditEntryWhereInput {
  const conditions: Prisma.AuditEntryWhereInput[] = [];
  const q = filter?.q?.trim();
  if (q) conditions.push({ OR: [{ action: { contains: q } }, { entityType: { contains: q } }] });
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const actorUserId = optionalRowId(filter?.actorUserId);
  if (actorUserId !== undefined) conditions.push({ actorUserId });
  if (filter?.action?.trim()) conditions.push({ action: filter.action.trim() });
  if (filter?.entityType?.trim()) conditions.push({ entityType: filter.entityType.trim() });
  const entityId = optionalRowId(filter?.entityId);
  if (entityId !== undefined) conditions.push({ entityId });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });

  // A China day runs from its 00:00 in China to the next day's, both as UTC instants.
  const errors: FieldError[] = [];
  for (const field of ["from", "to"] as const) {
    const date = filter?.[field]?.trim();
    if (!date) continue;
    if (!isCalendarDate(date)) {
      errors.push({ field, code: "DATE_INVALID", message: `日期“${date}”不存在，应为 YYYY-MM-DD` });
    } else if (field === "from") {
      conditions.push({ at: { gte: startOfChinaDay(date) } });
    } else {
      conditions.push({ at: { lt: startOfChinaDay(addDaysToCalendarDate(date, 1)) } });
    }
  }
  if (errors.length > 0) throw validationError(errors);
  return { AND: conditions };
}

/** Newest first unless the client asks otherwise. */
function auditOrder(args: ListArguments): Prisma.AuditEntryOrderByWithRelationInput[] {
  const sorted = { ...args, sortOrder: args.sortOrder ?? (args.sortField ? "ASC" : "DESC") };
  const direction = sorted.sortOrder.toUpperCase() === "DESC" ? "desc" : "asc";
  return [...orderOf(sorted, sortable, "at"), { id: direction }];
}

const listArgs = listArguments(AuditEntryFilter);
// The log shows every change in the system, so only the admin reads it; nobody writes it by hand.
const admin = ["ADMIN"] as const;

builder.queryFields((t) => ({
  allAuditEntries: t.prismaField({
    type: ["AuditEntry"],
    authScopes: { role: [...admin] },
    args: listArgs,
    resolve: (query, _root, args, context) =>
      context.prisma.auditEntry.findMany({
        ...query,
        where: auditEntryWhere(args.filter),
        orderBy: auditOrder(args as ListArguments),
        ...pageOf(args),
      }),
  }),
  _allAuditEntriesMeta: t.field({
    type: ListMetadata,
    authScopes: { role: [...admin] },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.auditEntry.count({ where: auditEntryWhere(args.filter) }),
    }),
  }),
  AuditEntry: t.prismaField({
    type: "AuditEntry",
    nullable: true,
    authScopes: { role: [...admin] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.auditEntry.findUnique({ ...query, where: { id: rowId(args.id) } }),
  }),
}));
