// The judging lists: rounds, panels, assignments, round results, progress and closing blockers.
import type { Prisma } from "@jinzhou/db";
import { DomainError } from "@jinzhou/domain";
import { activityPerformerOf } from "../../activities/activity-access.ts";
import type { Context } from "../../context.ts";
import { judgeProgressOf } from "../../judging/judge-progress.ts";
import { judgedRegistrationStates } from "../../judging/judging-access.ts";
import { roundClosingBlockersOf } from "../../judging/round-judging-state.ts";
import { requireActor } from "../../organizations/organization-scope.ts";
import { builder } from "../builder.ts";
import {
  idColumnConditions,
  type ListArguments,
  listArguments,
  optionalRowId,
  orderOf,
  pageOf,
  rowId,
} from "../list-args.ts";
import { ListMetadata } from "./enums.ts";

import {
  JudgeProgress,
  JudgingReason,
  managers,
  RoundKindEnum,
  requireManagerOfRound,
  ScoreSheetStateEnum,
} from "./judging.ts";

const RoundFilter = builder.inputType("RoundFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    kind: t.field({ type: RoundKindEnum }),
  }),
});

const roundSortable: Record<string, (direction: "asc" | "desc") => Prisma.RoundOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  sortOrder: (direction) => ({ sortOrder: direction }),
  name: (direction) => ({ name: direction }),
  activityId: (direction) => ({ activityId: direction }),
};

function roundWhere(filter: typeof RoundFilter.$inferInput | null | undefined): Prisma.RoundWhereInput {
  const conditions: Prisma.RoundWhereInput[] = [];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  return { AND: conditions };
}

/**
 * Assignments the actor may see: the admin all; an organizer those of their department's
 * activities; a judge their own, never of an entry from their own organization's subtree; nobody else.
 */
async function assignmentScopeWhere(context: Context): Promise<Prisma.JudgeAssignmentWhereInput> {
  const actor = requireActor(context);
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "ORGANIZER": {
      const { departmentCode } = await activityPerformerOf(context);
      return departmentCode === null ? { id: -1 } : { round: { activity: { department: { code: departmentCode } } } };
    }
    case "JUDGE": {
      const judge = await context.prisma.user.findUnique({
        where: { id: actor.userId },
        select: { organization: { select: { path: true, kind: true } } },
      });
      const path = judge?.organization.kind === "CITY_FEDERATION" ? null : judge?.organization.path;
      return {
        judgeUserId: actor.userId,
        // Only entries still in the competition, never one from the judge's own subtree.
        registration: {
          state: { in: [...judgedRegistrationStates] },
          ...(path ? { organization: { NOT: { path: { startsWith: path } } } } : {}),
        },
      };
    }
    default:
      return { id: -1 };
  }
}

const JudgeAssignmentFilter = builder.inputType("JudgeAssignmentFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    roundId: t.id(),
    categoryId: t.id(),
    judgeUserId: t.id(),
    registrationId: t.id(),
    sheetState: t.field({ type: ScoreSheetStateEnum }),
  }),
});

async function assignmentWhere(
  context: Context,
  filter: typeof JudgeAssignmentFilter.$inferInput | null | undefined,
): Promise<Prisma.JudgeAssignmentWhereInput> {
  const conditions: Prisma.JudgeAssignmentWhereInput[] = [await assignmentScopeWhere(context)];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ round: { activityId } });
  const roundId = optionalRowId(filter?.roundId);
  if (roundId !== undefined) conditions.push({ roundId });
  const categoryId = optionalRowId(filter?.categoryId);
  if (categoryId !== undefined) conditions.push({ registration: { categoryId } });
  const judgeUserId = optionalRowId(filter?.judgeUserId);
  if (judgeUserId !== undefined) conditions.push({ judgeUserId });
  const registrationId = optionalRowId(filter?.registrationId);
  if (registrationId !== undefined) conditions.push({ registrationId });
  if (filter?.sheetState === "DRAFT") conditions.push({ OR: [{ score: null }, { score: { state: "DRAFT" } }] });
  else if (filter?.sheetState) conditions.push({ score: { state: filter.sheetState } });
  return { AND: conditions };
}

const assignmentSortable: Record<
  string,
  (direction: "asc" | "desc") => Prisma.JudgeAssignmentOrderByWithRelationInput
> = {
  id: (direction) => ({ id: direction }),
  roundId: (direction) => ({ roundId: direction }),
  registrationId: (direction) => ({ registrationId: direction }),
  judgeUserId: (direction) => ({ judgeUserId: direction }),
  assignedAt: (direction) => ({ assignedAt: direction }),
};

const roundListArgs = listArguments(RoundFilter);
const assignmentListArgs = listArguments(JudgeAssignmentFilter);

/** Rounds whose panels, progress and results the actor manages: all for the admin, the department's for an organizer. */
async function managedRoundWhere(context: Context): Promise<Prisma.RoundWhereInput> {
  const actor = requireActor(context);
  if (actor.role === "ADMIN") return {};
  if (actor.role !== "ORGANIZER") throw new DomainError("FORBIDDEN");
  const { departmentCode } = await activityPerformerOf(context);
  return departmentCode === null ? { id: -1 } : { activity: { department: { code: departmentCode } } };
}

const RoundJudgeFilter = builder.inputType("RoundJudgeFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    roundId: t.id(),
    categoryId: t.id(),
    judgeUserId: t.id(),
  }),
});

async function roundJudgeWhere(
  context: Context,
  filter: typeof RoundJudgeFilter.$inferInput | null | undefined,
): Promise<Prisma.RoundJudgeWhereInput> {
  const conditions: Prisma.RoundJudgeWhereInput[] = [{ round: await managedRoundWhere(context) }];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ round: { activityId } });
  conditions.push(...idColumnConditions(filter, ["roundId", "categoryId", "judgeUserId"]));
  return { AND: conditions };
}

const roundJudgeSortable: Record<string, (direction: "asc" | "desc") => Prisma.RoundJudgeOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  roundId: (direction) => ({ roundId: direction }),
  categoryId: (direction) => ({ categoryId: direction }),
  judgeUserId: (direction) => ({ judgeUserId: direction }),
};

const RoundResultFilter = builder.inputType("RoundResultFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    roundId: t.id(),
    registrationId: t.id(),
  }),
});

async function roundResultWhere(
  context: Context,
  filter: typeof RoundResultFilter.$inferInput | null | undefined,
): Promise<Prisma.RoundResultWhereInput> {
  const conditions: Prisma.RoundResultWhereInput[] = [{ round: await managedRoundWhere(context) }];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ round: { activityId } });
  conditions.push(...idColumnConditions(filter, ["roundId", "registrationId"]));
  return { AND: conditions };
}

const roundResultSortable: Record<string, (direction: "asc" | "desc") => Prisma.RoundResultOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  roundId: (direction) => ({ roundId: direction }),
  registrationId: (direction) => ({ registrationId: direction }),
  recordedAt: (direction) => ({ recordedAt: direction }),
};

const roundJudgeListArgs = listArguments(RoundJudgeFilter);
const roundResultListArgs = listArguments(RoundResultFilter);

const JudgeCandidate = builder
  .objectRef<{ id: number; displayName: string; organizationName: string }>("JudgeCandidate")
  .implement({
    description: "可选的评委账号",
    fields: (t) => ({
      id: t.exposeID("id"),
      displayName: t.exposeString("displayName"),
      organizationName: t.exposeString("organizationName", { description: "评委所在单位（回避依据）" }),
    }),
  });

builder.queryFields((t) => ({
  allRounds: t.prismaField({
    type: ["Round"],
    authScopes: { signedIn: true },
    description: "评审轮次列表（如按 activityId 筛选一个活动的轮次）",
    args: roundListArgs,
    resolve: (query, _root, args, context) =>
      context.prisma.round.findMany({
        ...query,
        where: roundWhere(args.filter),
        orderBy: [...orderOf(args as ListArguments, roundSortable, "sortOrder"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allRoundsMeta: t.field({
    type: ListMetadata,
    authScopes: { signedIn: true },
    args: roundListArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.round.count({ where: roundWhere(args.filter) }),
    }),
  }),
  Round: t.prismaField({
    type: "Round",
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.round.findUnique({ ...query, where: { id: rowId(args.id) } }),
  }),
  allJudgeAssignments: t.prismaField({
    type: ["JudgeAssignment"],
    authScopes: { role: ["ADMIN", "ORGANIZER", "JUDGE"] },
    description: "评委分配列表：主办部门看本部门活动的，评委只看自己的",
    args: assignmentListArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.judgeAssignment.findMany({
        ...query,
        where: await assignmentWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, assignmentSortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allJudgeAssignmentsMeta: t.field({
    type: ListMetadata,
    authScopes: { role: ["ADMIN", "ORGANIZER", "JUDGE"] },
    args: assignmentListArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.judgeAssignment.count({ where: await assignmentWhere(context, args.filter) }),
    }),
  }),
  JudgeAssignment: t.prismaField({
    type: "JudgeAssignment",
    nullable: true,
    authScopes: { role: ["ADMIN", "ORGANIZER", "JUDGE"] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.judgeAssignment.findFirst({
        ...query,
        where: { AND: [{ id: rowId(args.id) }, await assignmentScopeWhere(context)] },
      }),
  }),
  myJudgeAssignments: t.prismaField({
    type: ["JudgeAssignment"],
    authScopes: { role: ["JUDGE"] },
    description: "我的评分任务：分配给我的参赛对象及我自己的评分表",
    args: { activityId: t.arg.id(), roundId: t.arg.id() },
    resolve: async (query, _root, args, context) => {
      const activityId = optionalRowId(args.activityId);
      const roundId = optionalRowId(args.roundId);
      return context.prisma.judgeAssignment.findMany({
        ...query,
        where: {
          AND: [
            await assignmentScopeWhere(context),
            activityId ? { round: { activityId } } : {},
            roundId ? { roundId } : {},
          ],
        },
        orderBy: [{ roundId: "asc" }, { registrationId: "asc" }, { id: "asc" }],
      });
    },
  }),
  allRoundJudges: t.prismaField({
    type: ["RoundJudge"],
    authScopes: { role: managers },
    description: "评委组成员列表（按轮次、组别筛选）",
    args: roundJudgeListArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.roundJudge.findMany({
        ...query,
        where: await roundJudgeWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, roundJudgeSortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allRoundJudgesMeta: t.field({
    type: ListMetadata,
    authScopes: { role: managers },
    args: roundJudgeListArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.roundJudge.count({ where: await roundJudgeWhere(context, args.filter) }),
    }),
  }),
  allRoundResults: t.prismaField({
    type: ["RoundResult"],
    authScopes: { role: managers },
    description: "轮次结果列表：导入的考试成绩和结束评审时汇总的评委评分（公开的成绩见活动成绩）",
    args: roundResultListArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.roundResult.findMany({
        ...query,
        where: await roundResultWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, roundResultSortable, "registrationId"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allRoundResultsMeta: t.field({
    type: ListMetadata,
    authScopes: { role: managers },
    args: roundResultListArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.roundResult.count({ where: await roundResultWhere(context, args.filter) }),
    }),
  }),
  roundJudgeProgress: t.field({
    type: [JudgeProgress],
    authScopes: { role: managers },
    description: "某一轮次每位评委的评分进度：分配数、已提交、已免除、待提交",
    args: { roundId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) =>
      judgeProgressOf(context, await requireManagerOfRound(context, rowId(args.roundId))),
  }),
  roundClosingBlockers: t.field({
    type: [JudgingReason],
    authScopes: { role: managers },
    description: "某一轮次暂不能结束评审的原因；为空时可以结束",
    args: { roundId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) =>
      roundClosingBlockersOf(context.prisma, await requireManagerOfRound(context, rowId(args.roundId))),
  }),
  judgeCandidates: t.field({
    type: [JudgeCandidate],
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description: "可以安排进评委组的评委账号（在用的评委）",
    resolve: async (_root, _args, context) => {
      const users = await context.prisma.user.findMany({
        where: { role: "JUDGE", active: true },
        select: { id: true, displayName: true, organization: { select: { name: true } } },
        orderBy: { id: "asc" },
      });
      return users.map((user) => ({
        id: user.id,
        displayName: user.displayName,
        organizationName: user.organization.name,
      }));
    },
  }),
}));

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------
