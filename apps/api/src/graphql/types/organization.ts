import type { Prisma } from "@jinzhou/db";
import { idsOnPath } from "@jinzhou/domain";
import { pathNameOf } from "../../loaders.ts";
import { createOrganization } from "../../organizations/create-organization.ts";
import { deleteOrganization } from "../../organizations/delete-organization.ts";
import {
  findVisibleOrganization,
  organizationScopeWhere,
  requireActor,
} from "../../organizations/organization-scope.ts";
import { updateOrganization } from "../../organizations/update-organization.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { GrassrootsClassEnum, ListMetadata, OrganizationKindEnum, OwnershipEnum } from "./enums.ts";

builder.prismaObject("Organization", {
  description: "工会组织：市总工会、县(市)区总工会、产业工会、基层工会",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: OrganizationKindEnum }),
    parentId: t.exposeID("parentId", { nullable: true }),
    parent: t.relation("parent", { nullable: true }),
    path: t.exposeString("path"),
    pathName: t.string({
      description: "从市总工会到本组织的名称，用“ / ”分隔",
      resolve: (organization, _args, context) => pathNameOf(context.loaders, organization.path),
    }),
    depth: t.int({ resolve: (organization) => idsOnPath(organization.path).length - 1 }),
    grassrootsClass: t.expose("grassrootsClass", { type: GrassrootsClassEnum, nullable: true }),
    ownership: t.expose("ownership", { type: OwnershipEnum, nullable: true }),
    frontlineHeadcount: t.exposeInt("frontlineHeadcount", { nullable: true }),
    contactPerson: t.exposeString("contactPerson", { nullable: true }),
    contactPhone: t.exposeString("contactPhone", { nullable: true }),
    childCount: t.relationCount("children"),
    workerCount: t.relationCount("workers"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const OrganizationFilter = builder.inputType("OrganizationFilter", {
  fields: (t) => ({
    q: t.string({ description: "按名称或代码搜索" }),
    ids: t.idList(),
    kind: t.field({ type: OrganizationKindEnum }),
    parentId: t.id({ description: "直属下级" }),
    withinId: t.id({ description: "该组织及其全部下级" }),
    grassrootsClass: t.field({ type: GrassrootsClassEnum }),
    ownership: t.field({ type: OwnershipEnum }),
  }),
});

type OrganizationFilterShape = typeof OrganizationFilter.$inferInput;

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.OrganizationOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  code: (direction) => ({ code: direction }),
  name: (direction) => ({ name: direction }),
  kind: (direction) => ({ kind: direction }),
  path: (direction) => ({ path: direction }),
  grassrootsClass: (direction) => ({ grassrootsClass: direction }),
  ownership: (direction) => ({ ownership: direction }),
  frontlineHeadcount: (direction) => ({ frontlineHeadcount: direction }),
  createdAt: (direction) => ({ createdAt: direction }),
  updatedAt: (direction) => ({ updatedAt: direction }),
};

async function organizationWhere(
  context: Parameters<typeof requireActor>[0],
  filter: OrganizationFilterShape | null | undefined,
): Promise<Prisma.OrganizationWhereInput> {
  const actor = requireActor(context);
  const conditions: Prisma.OrganizationWhereInput[] = [organizationScopeWhere(actor)];
  if (filter?.q?.trim()) {
    const q = filter.q.trim();
    conditions.push({ OR: [{ name: { contains: q } }, { code: { contains: q } }] });
  }
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.parentId) conditions.push({ parentId: rowId(filter.parentId) });
  if (filter?.grassrootsClass) conditions.push({ grassrootsClass: filter.grassrootsClass });
  if (filter?.ownership) conditions.push({ ownership: filter.ownership });
  if (filter?.withinId) {
    const root = await findVisibleOrganization(context, rowId(filter.withinId)).catch(() => null);
    conditions.push(root ? { path: { startsWith: root.path } } : { id: -1 });
  }
  return { AND: conditions };
}

const listArgs = listArguments(OrganizationFilter);

builder.queryFields((t) => ({
  allOrganizations: t.prismaField({
    type: ["Organization"],
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.organization.findMany({
        ...query,
        where: await organizationWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "path"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allOrganizationsMeta: t.field({
    type: ListMetadata,
    authScopes: { signedIn: true },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.organization.count({ where: await organizationWhere(context, args.filter) }),
    }),
  }),
  Organization: t.prismaField({
    type: "Organization",
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.organization.findFirst({
        ...query,
        where: { AND: [{ id: rowId(args.id) }, organizationScopeWhere(requireActor(context))] },
      }),
  }),
}));

const writeScopes = { role: ["ADMIN", "UNIT_ADMIN"] } as const;

builder.mutationFields((t) => ({
  createOrganization: t.prismaField({
    type: "Organization",
    authScopes: { role: [...writeScopes.role] },
    args: {
      code: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
      kind: t.arg({ type: OrganizationKindEnum, required: true }),
      parentId: t.arg.id(),
      grassrootsClass: t.arg({ type: GrassrootsClassEnum }),
      ownership: t.arg({ type: OwnershipEnum }),
      frontlineHeadcount: t.arg.int(),
      contactPerson: t.arg.string(),
      contactPhone: t.arg.string(),
    },
    resolve: async (query, _root, args, context) => {
      const created = await createOrganization(context, { ...args, parentId: optionalRowId(args.parentId) });
      return context.prisma.organization.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateOrganization: t.prismaField({
    type: "Organization",
    authScopes: { role: [...writeScopes.role] },
    args: {
      id: t.arg.id({ required: true }),
      code: t.arg.string(),
      name: t.arg.string(),
      kind: t.arg({ type: OrganizationKindEnum }),
      parentId: t.arg.id(),
      grassrootsClass: t.arg({ type: GrassrootsClassEnum }),
      ownership: t.arg({ type: OwnershipEnum }),
      frontlineHeadcount: t.arg.int(),
      contactPerson: t.arg.string(),
      contactPhone: t.arg.string(),
    },
    resolve: async (query, _root, { id, parentId, ...change }, context) => {
      const updated = await updateOrganization(context, rowId(id), {
        ...change,
        ...(parentId === undefined ? {} : { parentId: parentId === null ? null : rowId(parentId) }),
      });
      return context.prisma.organization.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  deleteOrganization: t.prismaField({
    type: "Organization",
    authScopes: { role: [...writeScopes.role] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      // Load what the answer shows before the row is gone.
      const id = rowId(args.id);
      const shown = await context.prisma.organization.findFirst({
        ...query,
        where: { AND: [{ id }, organizationScopeWhere(requireActor(context))] },
      });
      const deleted = await deleteOrganization(context, id);
      context.loaders.organizationName.prime(deleted.id, deleted.name);
      return shown ?? deleted;
    },
  }),
}));
