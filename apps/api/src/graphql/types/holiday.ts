import type { Prisma } from "@jinzhou/db";
import { holidayKindLabels, weekdayNameOf } from "@jinzhou/domain";
import { createHoliday } from "../../holidays/create-holiday.ts";
import { deleteHoliday } from "../../holidays/delete-holiday.ts";
import { updateHoliday } from "../../holidays/update-holiday.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata } from "./enums.ts";

export const HolidayKindEnum = builder.enumType("HolidayKind", {
  values: Object.fromEntries(
    Object.entries(holidayKindLabels).map(([value, label]) => [value, { description: label }]),
  ) as Record<keyof typeof holidayKindLabels, { description: string }>,
});

builder.prismaObject("Holiday", {
  description: "节假日安排中的一天：法定节假日（含调休放假）或调休上班日；公示期按工作日计算时使用",
  fields: (t) => ({
    id: t.exposeID("id"),
    date: t.exposeString("date", { description: "日期 YYYY-MM-DD（中国时间）" }),
    year: t.exposeInt("year"),
    name: t.exposeString("name", { description: "节日名称，如“国庆节”" }),
    kind: t.expose("kind", { type: HolidayKindEnum }),
    weekday: t.string({
      description: "星期几，如“星期六”",
      select: { date: true },
      resolve: (holiday) => weekdayNameOf(holiday.date),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const HolidayFilter = builder.inputType("HolidayFilter", {
  fields: (t) => ({
    q: t.string({ description: "按名称或日期（如“2015-10”）搜索" }),
    ids: t.idList(),
    year: t.int(),
    kind: t.field({ type: HolidayKindEnum }),
  }),
});

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.HolidayOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  date: (direction) => ({ date: direction }),
  weekday: (direction) => ({ date: direction }),
  year: (direction) => ({ year: direction }),
  name: (direction) => ({ name: direction }),
  kind: (direction) => ({ kind: direction }),
};

function holidayWhere(filter: typeof HolidayFilter.$inferInput | null | undefined): Prisma.HolidayWhereInput {
  const conditions: Prisma.HolidayWhereInput[] = [];
  const q = filter?.q?.trim();
  if (q) conditions.push({ OR: [{ name: { contains: q } }, { date: { startsWith: q } }] });
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  if (typeof filter?.year === "number") conditions.push({ year: filter.year });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  return { AND: conditions };
}

const listArgs = listArguments(HolidayFilter);
// Every signed-in role reads the calendar (deadlines and notice periods count working days);
// only the admin maintains it.
const admin = ["ADMIN"] as const;

builder.queryFields((t) => ({
  allHolidays: t.prismaField({
    type: ["Holiday"],
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: (query, _root, args, context) =>
      context.prisma.holiday.findMany({
        ...query,
        where: holidayWhere(args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "date"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allHolidaysMeta: t.field({
    type: ListMetadata,
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.holiday.count({ where: holidayWhere(args.filter) }),
    }),
  }),
  Holiday: t.prismaField({
    type: "Holiday",
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.holiday.findUnique({ ...query, where: { id: rowId(args.id) } }),
  }),
}));

builder.mutationFields((t) => ({
  createHoliday: t.prismaField({
    type: "Holiday",
    authScopes: { role: [...admin] },
    args: {
      date: t.arg.string({ required: true, description: "YYYY-MM-DD" }),
      name: t.arg.string({ required: true }),
      kind: t.arg({ type: HolidayKindEnum, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const created = await createHoliday(context, args);
      return context.prisma.holiday.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateHoliday: t.prismaField({
    type: "Holiday",
    authScopes: { role: [...admin] },
    args: {
      id: t.arg.id({ required: true }),
      date: t.arg.string({ description: "YYYY-MM-DD" }),
      name: t.arg.string(),
      kind: t.arg({ type: HolidayKindEnum }),
    },
    resolve: async (query, _root, { id, ...change }, context) => {
      const updated = await updateHoliday(context, rowId(id), change);
      return context.prisma.holiday.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  deleteHoliday: t.prismaField({
    type: "Holiday",
    authScopes: { role: [...admin] },
    args: { id: t.arg.id({ required: true }) },
    // The deleted row is returned as it was; prismaField's selection cannot be read after deletion.
    resolve: async (_query, _root, args, context) => deleteHoliday(context, rowId(args.id)),
  }),
}));
