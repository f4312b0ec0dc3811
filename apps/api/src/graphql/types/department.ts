import type { Prisma } from "@jinzhou/db";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata } from "./enums.ts";

builder.prismaObject("Department", {
  description: "市总工会内设部门（办公室、宣教部、生产保护部、文化宫 …），活动的承办部门",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    sortOrder: t.exposeInt("sortOrder"),
    userCount: t.relationCount("users", { description: "属于该部门的账号数" }),
  }),
});

const DepartmentFilter = builder.inputType("DepartmentFilter", {
  fields: (t) => ({ q: t.string({ description: "按名称或代码搜索" }), ids: t.idList() }),
});

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.DepartmentOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  code: (direction) => ({ code: direction }),
  name: (direction) => ({ name: direction }),
  sortOrder: (direction) => ({ sortOrder: direction }),
};

function departmentWhere(filter: typeof DepartmentFilter.$inferInput | null | undefined): Prisma.DepartmentWhereInput {
  const conditions: Prisma.DepartmentWhereInput[] = [];
  const q = filter?.q?.trim();
  if (q) conditions.push({ OR: [{ name: { contains: q } }, { code: { contains: q } }] });
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  return { AND: conditions };
}

const listArgs = listArguments(DepartmentFilter);

// The departments are the federation's public structure: every signed-in user may read them.
builder.queryFields((t) => ({
  allDepartments: t.prismaField({
    type: ["Department"],
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: (query, _root, args, context) =>
      context.prisma.department.findMany({
        ...query,
        where: departmentWhere(args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "sortOrder"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allDepartmentsMeta: t.field({
    type: ListMetadata,
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.department.count({ where: departmentWhere(args.filter) }),
    }),
  }),
  Department: t.prismaField({
    type: "Department",
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.department.findUnique({ ...query, where: { id: rowId(args.id) } }),
  }),
}));
