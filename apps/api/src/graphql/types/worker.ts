import type { Prisma } from "@jinzhou/db";
import {
  ageOn,
  isYoungWorker,
  maskIdNumber,
  maskPhone,
  seesSensitiveWorkerData,
  storedToCalendarDate,
  workerReadScope,
  youngWorkerBornAfter,
} from "@jinzhou/domain";
import type { Context } from "../../context.ts";
import { pathNameOf } from "../../loaders.ts";
import { findVisibleOrganization, requireActor } from "../../organizations/organization-scope.ts";
import { createWorker } from "../../workers/create-worker.ts";
import { deleteWorker } from "../../workers/delete-worker.ts";
import { updateWorker } from "../../workers/update-worker.ts";
import { workerScopeWhere } from "../../workers/worker-scope.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, orderOf, pageOf, rowId } from "../list-args.ts";
import { GenderEnum, ListMetadata, OwnershipEnum, PositionCategoryEnum, SkillGradeEnum } from "./enums.ts";

const sensitiveSelection = { id: true, organization: { select: { path: true } } } as const;

function seesSensitive(context: Context, worker: { id: number; organization: { path: string } }): boolean {
  return seesSensitiveWorkerData(requireActor(context), { id: worker.id, organizationPath: worker.organization.path });
}

builder.prismaObject("Worker", {
  description: "职工",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    idNumber: t.string({
      description: "身份证号；无权查看完整号码的角色只看到前 6 位和后 4 位",
      select: { ...sensitiveSelection, idNumber: true },
      resolve: (worker, _args, context) =>
        seesSensitive(context, worker) ? worker.idNumber : maskIdNumber(worker.idNumber),
    }),
    phone: t.string({
      description: "手机号；无权查看完整号码的角色只看到前 3 位和后 4 位",
      select: { ...sensitiveSelection, phone: true },
      resolve: (worker, _args, context) => (seesSensitive(context, worker) ? worker.phone : maskPhone(worker.phone)),
    }),
    sensitiveMasked: t.boolean({
      description: "身份证号和手机号是否已脱敏",
      select: sensitiveSelection,
      resolve: (worker, _args, context) => !seesSensitive(context, worker),
    }),
    gender: t.expose("gender", { type: GenderEnum }),
    birthDate: t.string({
      description: "出生日期 YYYY-MM-DD，由身份证号得出",
      select: { birthDate: true },
      resolve: (worker) => storedToCalendarDate(worker.birthDate),
    }),
    age: t.int({
      select: { birthDate: true },
      resolve: (worker, _args, context) => ageOn(storedToCalendarDate(worker.birthDate), context.today),
    }),
    youngWorker: t.boolean({
      description: "青年职工（35 周岁及以下）",
      select: { birthDate: true },
      resolve: (worker, _args, context) => isYoungWorker(storedToCalendarDate(worker.birthDate), context.today),
    }),
    organizationId: t.exposeID("organizationId"),
    organization: t.relation("organization"),
    organizationPathName: t.string({
      select: { organization: { select: { path: true } } },
      resolve: (worker, _args, context) => pathNameOf(context.loaders, worker.organization.path),
    }),
    trade: t.exposeString("trade"),
    skillGrade: t.expose("skillGrade", { type: SkillGradeEnum, nullable: true }),
    positionCategory: t.expose("positionCategory", { type: PositionCategoryEnum }),
    migrantWorker: t.exposeBoolean("migrantWorker"),
    memberCardNumber: t.exposeString("memberCardNumber", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const WorkerFilter = builder.inputType("WorkerFilter", {
  fields: (t) => ({
    q: t.string({ description: "按姓名、工种、会员卡号搜索；管理员和单位管理员还可按身份证号、手机号搜索" }),
    ids: t.idList(),
    organizationId: t.id({ description: "该工会及其全部下级的职工" }),
    gender: t.field({ type: GenderEnum }),
    skillGrade: t.field({ type: SkillGradeEnum }),
    positionCategory: t.field({ type: PositionCategoryEnum }),
    migrantWorker: t.boolean(),
    youngWorker: t.boolean(),
    ownership: t.field({ type: OwnershipEnum }),
    trade: t.string(),
  }),
});

type WorkerFilterShape = typeof WorkerFilter.$inferInput;

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.WorkerOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  name: (direction) => ({ name: direction }),
  gender: (direction) => ({ gender: direction }),
  birthDate: (direction) => ({ birthDate: direction }),
  age: (direction) => ({ birthDate: direction === "asc" ? "desc" : "asc" }),
  trade: (direction) => ({ trade: direction }),
  skillGrade: (direction) => ({ skillGrade: direction }),
  positionCategory: (direction) => ({ positionCategory: direction }),
  migrantWorker: (direction) => ({ migrantWorker: direction }),
  memberCardNumber: (direction) => ({ memberCardNumber: direction }),
  organizationId: (direction) => ({ organization: { path: direction } }),
  organizationPathName: (direction) => ({ organization: { path: direction } }),
  createdAt: (direction) => ({ createdAt: direction }),
  updatedAt: (direction) => ({ updatedAt: direction }),
};

async function workerWhere(
  context: Context,
  filter: WorkerFilterShape | null | undefined,
): Promise<Prisma.WorkerWhereInput> {
  const actor = requireActor(context);
  const conditions: Prisma.WorkerWhereInput[] = [workerScopeWhere(actor)];
  const q = filter?.q?.trim();
  if (q) {
    const anyOf: Prisma.WorkerWhereInput[] = [
      { name: { contains: q } },
      { trade: { contains: q } },
      { memberCardNumber: { contains: q } },
    ];
    // Searching by a number the role only sees masked would let it guess the hidden digits.
    const scope = workerReadScope(actor);
    if (actor.role === "ADMIN" || scope.kind === "subtree") {
      anyOf.push({ idNumber: { startsWith: q.toUpperCase() } }, { phone: { contains: q } });
    }
    conditions.push({ OR: anyOf });
  }
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  if (filter?.gender) conditions.push({ gender: filter.gender });
  if (filter?.skillGrade) conditions.push({ skillGrade: filter.skillGrade });
  if (filter?.positionCategory) conditions.push({ positionCategory: filter.positionCategory });
  if (typeof filter?.migrantWorker === "boolean") conditions.push({ migrantWorker: filter.migrantWorker });
  if (filter?.trade?.trim()) conditions.push({ trade: filter.trade.trim() });
  if (filter?.ownership) conditions.push({ organization: { ownership: filter.ownership } });
  if (typeof filter?.youngWorker === "boolean") {
    const bound = new Date(`${youngWorkerBornAfter(context.today)}T00:00:00.000Z`);
    conditions.push({ birthDate: filter.youngWorker ? { gt: bound } : { lte: bound } });
  }
  if (filter?.organizationId) {
    const root = await findVisibleOrganization(context, rowId(filter.organizationId)).catch(() => null);
    conditions.push(root ? { organization: { path: { startsWith: root.path } } } : { id: -1 });
  }
  return { AND: conditions };
}

const listArgs = listArguments(WorkerFilter);

// Judges score entries; they never read the roster.
const readers = ["ADMIN", "ORGANIZER", "UNIT_ADMIN", "WORKER"] as const;
const writers = ["ADMIN", "UNIT_ADMIN"] as const;

builder.queryFields((t) => ({
  allWorkers: t.prismaField({
    type: ["Worker"],
    authScopes: { role: [...readers] },
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.worker.findMany({
        ...query,
        where: await workerWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allWorkersMeta: t.field({
    type: ListMetadata,
    authScopes: { role: [...readers] },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.worker.count({ where: await workerWhere(context, args.filter) }),
    }),
  }),
  Worker: t.prismaField({
    type: "Worker",
    nullable: true,
    authScopes: { role: [...readers] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.worker.findFirst({
        ...query,
        where: { AND: [{ id: rowId(args.id) }, workerScopeWhere(requireActor(context))] },
      }),
  }),
}));

const workerArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0], required: boolean) => ({
  name: t.arg.string({ required }),
  idNumber: t.arg.string({ required }),
  phone: t.arg.string({ required }),
  organizationId: t.arg.id({ required }),
  trade: t.arg.string({ required }),
  skillGrade: t.arg({ type: SkillGradeEnum }),
  positionCategory: t.arg({ type: PositionCategoryEnum, required }),
  migrantWorker: t.arg.boolean(),
  memberCardNumber: t.arg.string(),
});

builder.mutationFields((t) => ({
  createWorker: t.prismaField({
    type: "Worker",
    authScopes: { role: [...writers] },
    args: workerArgs(t, true),
    resolve: async (query, _root, args, context) => {
      const created = await createWorker(context, {
        name: args.name ?? "",
        idNumber: args.idNumber ?? "",
        phone: args.phone ?? "",
        organizationId: rowId(args.organizationId ?? ""),
        trade: args.trade ?? "",
        skillGrade: args.skillGrade ?? null,
        positionCategory: args.positionCategory as NonNullable<typeof args.positionCategory>,
        migrantWorker: args.migrantWorker ?? false,
        memberCardNumber: args.memberCardNumber ?? null,
      });
      return context.prisma.worker.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateWorker: t.prismaField({
    type: "Worker",
    authScopes: { role: [...writers] },
    args: { id: t.arg.id({ required: true }), ...workerArgs(t, false) },
    resolve: async (query, _root, { id, organizationId, ...change }, context) => {
      const updated = await updateWorker(context, rowId(id), {
        ...change,
        ...(organizationId ? { organizationId: rowId(organizationId) } : {}),
      });
      return context.prisma.worker.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  deleteWorker: t.prismaField({
    type: "Worker",
    authScopes: { role: [...writers] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const id = rowId(args.id);
      const shown = await context.prisma.worker.findFirst({
        ...query,
        where: { AND: [{ id }, workerScopeWhere(requireActor(context))] },
      });
      await deleteWorker(context, id);
      if (!shown) throw new Error("deleted worker vanished");
      return shown;
    },
  }),
}));
