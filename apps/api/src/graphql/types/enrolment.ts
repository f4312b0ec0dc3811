import { DomainError, maskIdNumber, validationError } from "@jinzhou/domain";
import { requireActor } from "../../organizations/organization-scope.ts";
import { declareProject } from "../../registrations/declare-project.ts";
import { enrol } from "../../registrations/enrol.ts";
import { builder } from "../builder.ts";
import { optionalRowId, rowId } from "../list-args.ts";

interface WorkerLookupShape {
  id: number;
  name: string;
  idNumber: string;
  organization: { name: string };
}

const WorkerLookupRef = builder.objectRef<WorkerLookupShape>("WorkerLookup").implement({
  description: "选择搭档或队员时看到的职工：只有姓名、打码的身份证号和所在单位",
  fields: (t) => ({
    workerId: t.id({ resolve: (worker) => worker.id }),
    name: t.exposeString("name"),
    maskedIdNumber: t.string({
      description: "如 210702********1234",
      resolve: (worker) => maskIdNumber(worker.idNumber),
    }),
    organizationName: t.string({ resolve: (worker) => worker.organization.name }),
  }),
});

builder.prismaObjectField("Registration", "projectSummary", (t) =>
  t.string({
    nullable: true,
    description: "申报项目的简介；其他报名为空",
    select: { details: true, entrantType: true },
    resolve: (registration) => {
      const details = registration.details as { summary?: unknown } | null;
      return registration.entrantType === "PROJECT" && typeof details?.summary === "string" ? details.summary : null;
    },
  }),
);

builder.prismaObjectField("Registration", "citation", (t) =>
  t.string({
    nullable: true,
    description: "单位推荐时填写的推荐理由或主要事迹；其他报名为空",
    select: { details: true, channel: true },
    resolve: (registration) => {
      const details = registration.details as { citation?: unknown } | null;
      return registration.channel === "UNIT_NOMINATION" && typeof details?.citation === "string"
        ? details.citation
        : null;
    },
  }),
);

const lookupLimit = 20;

builder.queryFields((t) => ({
  partnerLookup: t.field({
    type: [WorkerLookupRef],
    authScopes: { role: ["WORKER", "UNIT_ADMIN", "ADMIN"] },
    description: `按姓名查找搭档或队员（至少 2 个字，最多返回 ${lookupLimit} 人）；只显示姓名、打码的身份证号和单位`,
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const actor = requireActor(context);
      const name = args.name.trim();
      if (name.length < 2 || name.length > 20) {
        throw validationError([{ field: "name", code: "NAME_TOO_SHORT", message: "请输入至少 2 个字的姓名" }]);
      }
      return context.prisma.worker.findMany({
        where: {
          name: { startsWith: name },
          ...(actor.role === "UNIT_ADMIN" ? { organization: { path: { startsWith: actor.scopePath } } } : {}),
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: lookupLimit,
        select: { id: true, name: true, idNumber: true, organization: { select: { name: true } } },
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  enrol: t.prismaField({
    type: "Registration",
    authScopes: { role: ["UNIT_ADMIN", "ADMIN"] },
    description:
      "单位报名：单位管理员为本辖区的职工（个人）、搭档或队伍（workerIds + leaderWorkerId + name）或单位（organizationId）报名，资格、名额和审核流程与职工本人报名相同",
    args: {
      activityId: t.arg.id({ required: true }),
      categoryKey: t.arg.string(),
      categoryId: t.arg.id(),
      workerIds: t.arg.idList({ description: "个人：一名职工；搭档或队伍：全部队员" }),
      leaderWorkerId: t.arg.id({ description: "队长；不填时为第一名队员" }),
      name: t.arg.string({ description: "队伍名称" }),
      organizationId: t.arg.id({ description: "报名的单位（参赛单位、班组所在单位）" }),
      idempotencyKey: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const created = await enrol(context, {
        activityId: rowId(args.activityId),
        categoryKey: args.categoryKey ?? null,
        categoryId: optionalRowId(args.categoryId) ?? null,
        workerIds: args.workerIds?.map(rowId) ?? null,
        leaderWorkerId: optionalRowId(args.leaderWorkerId) ?? null,
        name: args.name ?? null,
        organizationId: optionalRowId(args.organizationId) ?? null,
        idempotencyKey: args.idempotencyKey,
      });
      return context.prisma.registration.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  declareProject: t.prismaField({
    type: "Registration",
    authScopes: { role: ["WORKER"] },
    description: "职工申报创新项目：项目名称、简介和其他作者（申报人为项目负责人）；项目材料作为附件按报名 id 上传",
    args: {
      activityId: t.arg.id({ required: true }),
      categoryKey: t.arg.string({ description: "组别代码；不填时为活动的第一个组别" }),
      title: t.arg.string({ required: true }),
      summary: t.arg.string({ required: true }),
      authorWorkerIds: t.arg.idList({ description: "其他作者的职工 id（从 partnerLookup 中选择）" }),
      idempotencyKey: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const activityId = rowId(args.activityId);
      const first = await context.prisma.category.findFirst({
        where: { activityId },
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { key: true },
      });
      if (!first) throw new DomainError("NOT_FOUND");
      const created = await declareProject(context, {
        activityId,
        categoryKey: args.categoryKey ?? first.key,
        title: args.title,
        summary: args.summary,
        authorWorkerIds: args.authorWorkerIds?.map(rowId) ?? null,
        idempotencyKey: args.idempotencyKey,
      });
      return context.prisma.registration.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
