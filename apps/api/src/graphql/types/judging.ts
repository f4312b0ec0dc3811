import type { Prisma } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  committeeVoteResultLabel,
  committeeVoteScoringRule,
  DomainError,
  defaultScoreStep,
  roundKindLabels,
  scoreAggregationLabels,
  scoreSheetStateLabels,
  scoreTrimFor,
} from "@jinzhou/domain";
import DataLoader from "dataloader";
import { activityPerformerOf } from "../../activities/activity-access.ts";
import type { Context } from "../../context.ts";
import { assignJudges } from "../../judging/assign-judges.ts";
import { assignJudgesAutomatically } from "../../judging/assign-judges-balanced.ts";
import { closeRound } from "../../judging/close-round.ts";
import { declareRecusal } from "../../judging/declare-recusal.ts";
import { excuseJudge } from "../../judging/excuse-judge.ts";
import { importExamScores } from "../../judging/import-exam-scores.ts";
import { judgeProgressOf } from "../../judging/judge-progress.ts";
import {
  entryNameOf,
  findRound,
  judgedRegistrationStates,
  requireRoundManager,
  storedFraction,
} from "../../judging/judging-access.ts";
import { roundClosingBlockersOf } from "../../judging/round-judging-state.ts";
import { setRoundPanel } from "../../judging/set-round-panel.ts";
import { submitScore } from "../../judging/submit-score.ts";
import { unlockScore } from "../../judging/unlock-score.ts";
import { requireActor } from "../../organizations/organization-scope.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { enumFrom, ListMetadata } from "./enums.ts";

export const RoundKindEnum = enumFrom("RoundKind", roundKindLabels);
export const ScoreSheetStateEnum = enumFrom("ScoreSheetState", scoreSheetStateLabels);

const JudgingReason = builder.objectRef<{ code: string; message: string }>("JudgingReason").implement({
  description: "评审中不能进行某一步的原因",
  fields: (t) => ({ code: t.exposeString("code"), message: t.exposeString("message") }),
});

interface AggregationShape {
  method: "MEAN" | "MEDIAN" | "TRIMMED_MEAN";
  trim: number | null;
}

const ScoreAggregationRef = builder.objectRef<AggregationShape>("ScoreAggregation").implement({
  description: "评委分数的汇总方式",
  fields: (t) => ({
    method: t.exposeString("method", {
      description: "MEAN 平均分、MEDIAN 中位数、TRIMMED_MEAN 去掉最高分和最低分后的平均分",
    }),
    label: t.string({ resolve: (aggregation) => scoreAggregationLabels[aggregation.method] }),
    trim: t.exposeInt("trim", {
      nullable: true,
      description: "去掉最高分和最低分各几个；为空时按评委人数取默认值（5 人及以上各去 1 个）",
    }),
  }),
});

/** The round as the configuration defines it, for fields that are not columns. */
function definitionOf(round: { key: string; activity: { configuration: Prisma.JsonValue } }) {
  const configuration = round.activity.configuration as unknown as ActivityConfiguration;
  return (configuration.rounds ?? []).find((candidate) => candidate.key === round.key) ?? null;
}

const configurationSelect = { key: true, activity: { select: { configuration: true } } } as const;

/** Fields only the round's managers (the admin, the owning department's organizers) may read. */
async function requireManagerOfRound(context: Context, roundId: number) {
  const round = await findRound(context, roundId);
  await requireRoundManager(context, round);
  return round;
}

interface EntryViewRow {
  registrationId: number | bigint;
  name: string | null;
  categoryId: number | bigint;
  categoryName: string;
  memberName: string | null;
  memberOrder: number | bigint | null;
  memberId: number | bigint | null;
}

/**
 * Request-scoped batching for the judging lists: an entry as judges see it (name, members' names,
 * category) for a whole page in one statement, and the recusals of a page's entries in another.
 */
interface JudgingLoaders {
  entry: DataLoader<number, JudgedEntryShape>;
  recusalReason: DataLoader<string, string | null>;
}

const loadersByContext = new WeakMap<Context, JudgingLoaders>();

function judgingLoaders(context: Context): JudgingLoaders {
  const known = loadersByContext.get(context);
  if (known) return known;
  const loaders: JudgingLoaders = {
    entry: new DataLoader<number, JudgedEntryShape>(async (ids) => {
      // One joined statement instead of one per relation level (SQLite has no join strategy). The
      // ids are row ids (safe integers), checked before they are written into the statement.
      const list = ids.map((id) => {
        if (!Number.isSafeInteger(id)) throw new DomainError("NOT_FOUND");
        return String(id);
      });
      const rows = await context.prisma.$queryRawUnsafe<EntryViewRow[]>(
        `SELECT r."id" AS "registrationId", r."name" AS "name", r."categoryId" AS "categoryId",
           c."name" AS "categoryName", w."name" AS "memberName", m."sortOrder" AS "memberOrder", m."id" AS "memberId"
         FROM "Registration" r
         JOIN "Category" c ON c."id" = r."categoryId"
         LEFT JOIN "RegistrationMember" m ON m."registrationId" = r."id"
         LEFT JOIN "Worker" w ON w."id" = m."workerId"
         WHERE r."id" IN (${list.join(",")})`,
      );
      const entries = new Map<number, JudgedEntryShape & { members: { name: string; order: number; id: number }[] }>();
      for (const row of rows) {
        const registrationId = Number(row.registrationId);
        const entry = entries.get(registrationId) ?? {
          registrationId,
          name: "",
          memberNames: [],
          categoryId: Number(row.categoryId),
          categoryName: row.categoryName,
          members: [],
        };
        if (row.memberName !== null) {
          entry.members.push({ name: row.memberName, order: Number(row.memberOrder), id: Number(row.memberId) });
        }
        entry.name = row.name ?? "";
        entries.set(registrationId, entry);
      }
      return ids.map((id) => {
        const entry = entries.get(id);
        if (!entry) return new DomainError("NOT_FOUND");
        const members = entry.members.sort((a, b) => a.order - b.order || a.id - b.id);
        const memberNames = members.map((member) => member.name);
        return {
          registrationId: entry.registrationId,
          name: entryNameOf({ name: entry.name || null, members: memberNames.map((name) => ({ worker: { name } })) }),
          memberNames,
          categoryId: entry.categoryId,
          categoryName: entry.categoryName,
        };
      });
    }),
    recusalReason: new DataLoader<string, string | null>(async (keys) => {
      const pairs = keys.map((key) => key.split(":").map(Number) as [number, number]);
      const rows = await context.prisma.judgeRecusal.findMany({
        where: { registrationId: { in: [...new Set(pairs.map(([registrationId]) => registrationId))] } },
        select: { registrationId: true, judgeUserId: true, reason: true },
      });
      return pairs.map(
        ([registrationId, judgeUserId]) =>
          rows.find((row) => row.registrationId === registrationId && row.judgeUserId === judgeUserId)?.reason ?? null,
      );
    }),
  };
  loadersByContext.set(context, loaders);
  return loaders;
}

builder.prismaObject("Criterion", {
  description: "评分标准（评分表的一项）：满分即其权重",
  fields: (t) => ({
    id: t.exposeID("id"),
    key: t.exposeString("key", { description: "评分标准代码，提交评分时使用" }),
    name: t.exposeString("name"),
    max: t.exposeString("max", { description: "满分（精确的十进制文本）" }),
    sortOrder: t.exposeInt("sortOrder"),
  }),
});

builder.prismaObject("RoundJudge", {
  description: "评委组成员：在某一轮次中为某个组别评分的评委",
  fields: (t) => ({
    id: t.exposeID("id"),
    roundId: t.exposeID("roundId"),
    categoryId: t.exposeID("categoryId"),
    categoryName: t.string({ select: { category: { select: { name: true } } }, resolve: (seat) => seat.category.name }),
    judgeUserId: t.exposeID("judgeUserId"),
    judgeName: t.string({
      select: { judge: { select: { displayName: true } } },
      resolve: (seat) => seat.judge.displayName,
    }),
  }),
});

interface JudgedEntryShape {
  registrationId: number;
  name: string;
  memberNames: string[];
  categoryId: number;
  categoryName: string;
}

const JudgedEntry = builder.objectRef<JudgedEntryShape>("JudgedEntry").implement({
  description: "评委看到的参赛对象：名称、成员姓名和组别，不含身份证号、电话等个人信息",
  fields: (t) => ({
    registrationId: t.exposeID("registrationId"),
    name: t.exposeString("name", { description: "队伍名称、项目名称，或个人的姓名" }),
    memberNames: t.exposeStringList("memberNames", { description: "成员姓名" }),
    categoryId: t.exposeID("categoryId"),
    categoryName: t.exposeString("categoryName"),
  }),
});

const CriterionScore = builder.objectRef<{ criterionKey: string; score: string }>("CriterionScore").implement({
  description: "评分表中一项评分标准的得分",
  fields: (t) => ({ criterionKey: t.exposeString("criterionKey"), score: t.exposeString("score") }),
});

builder.prismaObject("Score", {
  description: "评分表：一名评委对一个参赛对象的评分；提交后锁定，主办部门填写解锁原因后才能修改",
  fields: (t) => ({
    id: t.exposeID("id"),
    assignmentId: t.exposeID("assignmentId"),
    state: t.expose("state", { type: ScoreSheetStateEnum }),
    stateLabel: t.string({ resolve: (score) => scoreSheetStateLabels[score.state] }),
    criterionScores: t.field({
      type: [CriterionScore],
      description: "各项得分",
      resolve: (score) =>
        Object.entries((score.criterionScores ?? {}) as Record<string, string>).map(([criterionKey, value]) => ({
          criterionKey,
          score: value,
        })),
    }),
    total: t.exposeString("total", { nullable: true, description: "该评委给出的总分（各项之和），精确值" }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true }),
    lockedAt: t.expose("lockedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.prismaObject("JudgeRecusal", {
  description: "评委声明回避",
  fields: (t) => ({
    id: t.exposeID("id"),
    registrationId: t.exposeID("registrationId"),
    judgeUserId: t.exposeID("judgeUserId"),
    judgeName: t.string({
      select: { judge: { select: { displayName: true } } },
      resolve: (row) => row.judge.displayName,
    }),
    reason: t.exposeString("reason", { description: "回避原因" }),
    declaredAt: t.expose("declaredAt", { type: "DateTime" }),
  }),
});

builder.prismaObject("JudgeAssignment", {
  description: "评委分配：一名评委在某一轮次为一个参赛对象评分",
  fields: (t) => ({
    id: t.exposeID("id"),
    roundId: t.exposeID("roundId"),
    roundName: t.string({ select: { round: { select: { name: true } } }, resolve: (row) => row.round.name }),
    registrationId: t.exposeID("registrationId"),
    entry: t.field({
      type: JudgedEntry,
      resolve: (row, _args, context) => judgingLoaders(context).entry.load(row.registrationId),
    }),
    judgeUserId: t.exposeID("judgeUserId"),
    judgeName: t.string({
      select: { judge: { select: { displayName: true } } },
      resolve: (row) => row.judge.displayName,
    }),
    assignedAt: t.expose("assignedAt", { type: "DateTime" }),
    excused: t.boolean({ description: "已免于评分", resolve: (row) => row.excusedAt !== null }),
    excusedAt: t.expose("excusedAt", { type: "DateTime", nullable: true }),
    excuseReason: t.exposeString("excuseReason", { nullable: true, description: "免除原因" }),
    recusalReason: t.string({
      nullable: true,
      description: "该评委对这个参赛对象声明回避的原因；未声明时为空",
      resolve: (row, _args, context) =>
        judgingLoaders(context).recusalReason.load(`${row.registrationId}:${row.judgeUserId}`),
    }),
    sheetState: t.field({
      type: ScoreSheetStateEnum,
      description: "评分表状态：未提交、已锁定、已解锁",
      select: { score: { select: { state: true } } },
      resolve: (row) => row.score?.state ?? "DRAFT",
    }),
    score: t.relation("score", { nullable: true, description: "评分表；评委只能看到自己的" }),
  }),
});

builder.prismaObject("RoundResult", {
  description:
    "一个参赛对象在一个轮次的结果（导入的考试成绩、结束评审时汇总的评委评分，或评审委员会表决的赞成票数），附计算过程",
  fields: (t) => ({
    id: t.exposeID("id"),
    roundId: t.exposeID("roundId"),
    registrationId: t.exposeID("registrationId"),
    entryName: t.string({
      resolve: async (row, _args, context) => (await judgingLoaders(context).entry.load(row.registrationId)).name,
    }),
    result: t.exposeString("result", { description: "精确结果：十进制文本（86.5）或分数（263/3）" }),
    resultDisplay: t.string({
      description: "显示用，保留两位小数；排名以精确值为准",
      resolve: (row) => displayOf(row.result),
    }),
    untrimmedMean: t.exposeString("untrimmedMean", {
      nullable: true,
      description: "全部评委分数的平均分（不去分），用于并列时比较",
    }),
    details: t.expose("details", {
      type: "JSON",
      nullable: true,
      description:
        "计算过程：保留和去掉的分数、免于评分的评委等；评审委员会表决为 favour 赞成、against 不赞成、voters 参加表决、excused 免于表决的人数及委员名单",
    }),
    recordedAt: t.expose("recordedAt", { type: "DateTime" }),
  }),
});

const JudgeProgress = builder
  .objectRef<{
    judgeUserId: number;
    judgeName: string;
    assigned: number;
    submitted: number;
    excused: number;
    pending: number;
  }>("JudgeProgress")
  .implement({
    description: "评委的评分进度",
    fields: (t) => ({
      judgeUserId: t.exposeID("judgeUserId"),
      judgeName: t.exposeString("judgeName"),
      assigned: t.exposeInt("assigned", { description: "分配的参赛对象数" }),
      submitted: t.exposeInt("submitted", { description: "已提交（已锁定）" }),
      excused: t.exposeInt("excused", { description: "未提交但已免于评分" }),
      pending: t.exposeInt("pending", { description: "尚待提交（含解锁后未重新提交）" }),
    }),
  });

builder.prismaObject("Round", {
  description: "评审轮次：由活动设置产生（评委评分、考试成绩、委员会投票、公众投票或比赛对阵）",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    key: t.exposeString("key"),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: RoundKindEnum }),
    kindLabel: t.string({ resolve: (round) => roundKindLabels[round.kind] }),
    weight: t.exposeString("weight", { description: "占总分的百分比" }),
    maxResult: t.exposeString("maxResult", { description: "本轮满分" }),
    sortOrder: t.exposeInt("sortOrder"),
    closed: t.boolean({ description: "本轮评审已结束", resolve: (round) => round.closedAt !== null }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    judgesPerEntry: t.int({
      nullable: true,
      description: "每个参赛对象的评委人数；评审委员会表决轮次为评审委员人数",
      select: configurationSelect,
      resolve: (round) => definitionOf(round)?.judgesPerEntry ?? null,
    }),
    scoreStep: t.string({
      nullable: true,
      description: "评分步长，如 0.1",
      select: configurationSelect,
      resolve: (round) => {
        const rule =
          round.kind === "COMMITTEE_VOTE" ? committeeVoteScoringRule() : definitionOf(round)?.criteriaScoring;
        return rule ? (rule.step ?? defaultScoreStep) : null;
      },
    }),
    aggregation: t.field({
      type: ScoreAggregationRef,
      nullable: true,
      description: "评委分数的汇总方式",
      select: configurationSelect,
      resolve: (round) => {
        const aggregation = definitionOf(round)?.criteriaScoring?.aggregation;
        if (!aggregation) return null;
        return {
          method: aggregation.method,
          trim: aggregation.method === "TRIMMED_MEAN" ? (aggregation.trim ?? null) : null,
        };
      },
    }),
    defaultTrim: t.int({
      nullable: true,
      description: "按本轮每个参赛对象的评委人数，去掉最高分和最低分各几个",
      select: configurationSelect,
      resolve: (round) => {
        const definition = definitionOf(round);
        const aggregation = definition?.criteriaScoring?.aggregation;
        if (!aggregation || definition?.judgesPerEntry == null) return null;
        return scoreTrimFor(aggregation, definition.judgesPerEntry);
      },
    }),
    criteria: t.relation("criteria", {
      description:
        "评分表的各项；评审委员会表决轮次只有一项 favour（表决（1 = 赞成，0 = 不赞成），满分 1），委员提交 1 或 0",
      query: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
    }),
    resultRule: t.string({
      nullable: true,
      description: "本轮结果的计算方式，如“赞成票数”（评审委员会表决）或评委分数的汇总方式",
      select: configurationSelect,
      resolve: (round) => {
        if (round.kind === "COMMITTEE_VOTE") return committeeVoteResultLabel;
        const aggregation = definitionOf(round)?.criteriaScoring?.aggregation;
        return aggregation ? scoreAggregationLabels[aggregation.method] : null;
      },
    }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Lists and queries
// ---------------------------------------------------------------------------------------------

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
  const roundId = optionalRowId(filter?.roundId);
  if (roundId !== undefined) conditions.push({ roundId });
  const categoryId = optionalRowId(filter?.categoryId);
  if (categoryId !== undefined) conditions.push({ categoryId });
  const judgeUserId = optionalRowId(filter?.judgeUserId);
  if (judgeUserId !== undefined) conditions.push({ judgeUserId });
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
  const roundId = optionalRowId(filter?.roundId);
  if (roundId !== undefined) conditions.push({ roundId });
  const registrationId = optionalRowId(filter?.registrationId);
  if (registrationId !== undefined) conditions.push({ registrationId });
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
const managers = ["ADMIN", "ORGANIZER"] as ("ADMIN" | "ORGANIZER")[];

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

const ManualAssignmentInput = builder.inputType("JudgeAssignmentInput", {
  fields: (t) => ({
    registrationId: t.id({ required: true }),
    judgeUserIds: t.idList({ required: true, description: "该参赛对象在本轮的全部评委" }),
  }),
});

const CriterionScoreInput = builder.inputType("CriterionScoreInput", {
  fields: (t) => ({
    criterionKey: t.string({ required: true }),
    score: t.string({ required: true, description: "得分，十进制文本，如 45.5" }),
  }),
});

const ExamScoreInput = builder.inputType("ExamScoreInput", {
  fields: (t) => ({
    registrationId: t.id({ required: true }),
    score: t.string({ required: true, description: "成绩，十进制文本，如 86.5" }),
  }),
});

const assignmentsOf = (
  context: Context,
  query: { include?: Prisma.JudgeAssignmentInclude; select?: Prisma.JudgeAssignmentSelect },
  roundId: number,
  registrationIds: number[],
) =>
  context.prisma.judgeAssignment.findMany({
    ...query,
    where: { roundId, registrationId: { in: registrationIds } },
    orderBy: [{ registrationId: "asc" }, { judgeUserId: "asc" }],
  });

builder.mutationFields((t) => ({
  setRoundPanel: t.prismaField({
    type: ["RoundJudge"],
    authScopes: { role: managers },
    description: "设置某一轮次某个组别的评委组：给出全部评委，未列出的移出；返回该组别的评委组",
    args: {
      roundId: t.arg.id({ required: true }),
      categoryId: t.arg.id({ required: true }),
      judgeUserIds: t.arg.idList({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const round = await setRoundPanel(context, {
        roundId: rowId(args.roundId),
        categoryId: rowId(args.categoryId),
        judgeUserIds: args.judgeUserIds.map(rowId),
      });
      return context.prisma.roundJudge.findMany({
        ...query,
        where: { roundId: round.id, categoryId: rowId(args.categoryId) },
        orderBy: { judgeUserId: "asc" },
      });
    },
  }),
  assignJudges: t.prismaField({
    type: ["JudgeAssignment"],
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description:
      "手动分配评委：列出的参赛对象按给出的评委分配（未列出的不变）；不能分配须回避的评委，每个参赛对象评委人数须相同",
    args: {
      roundId: t.arg.id({ required: true }),
      assignments: t.arg({ type: [ManualAssignmentInput], required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const done = await assignJudges(context, {
        roundId: rowId(args.roundId),
        assignments: args.assignments.map((item) => ({
          registrationId: rowId(item.registrationId),
          judgeUserIds: item.judgeUserIds.map(rowId),
        })),
      });
      return assignmentsOf(context, query, done.roundId, done.registrationIds);
    },
  }),
  assignJudgesBalanced: t.prismaField({
    type: ["JudgeAssignment"],
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description: "自动均衡分配评委：按组别，评委任务少者优先，自动避开须回避的评委；替换该组别原有的分配",
    args: { roundId: t.arg.id({ required: true }), categoryId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const done = await assignJudgesAutomatically(context, {
        roundId: rowId(args.roundId),
        categoryId: rowId(args.categoryId),
      });
      return assignmentsOf(context, query, done.roundId, done.registrationIds);
    },
  }),
  submitScore: t.prismaField({
    type: "Score",
    authScopes: { role: ["JUDGE"] },
    description:
      "评委提交评分表：逐项打分（0 至满分，按评分步长），提交后锁定；评审委员会表决时提交 favour = 1（赞成）或 0（不赞成）；idempotencyKey 由客户端为每次提交生成，重试时原样带回，只会提交一次",
    args: {
      assignmentId: t.arg.id({ required: true }),
      scores: t.arg({ type: [CriterionScoreInput], required: true }),
      idempotencyKey: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const scores: Record<string, string> = {};
      for (const item of args.scores) {
        if (Object.hasOwn(scores, item.criterionKey)) {
          throw new DomainError("BAD_REQUEST", [], `评分标准「${item.criterionKey}」出现了两次`);
        }
        scores[item.criterionKey] = item.score;
      }
      const { scoreId } = await submitScore(context, {
        assignmentId: rowId(args.assignmentId),
        scores,
        idempotencyKey: args.idempotencyKey,
      });
      return context.prisma.score.findUniqueOrThrow({ ...query, where: { id: scoreId } });
    },
  }),
  unlockScore: t.prismaField({
    type: "Score",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description: "主办部门解锁已提交的评分表（须填写解锁原因），评委修改后重新提交",
    args: { assignmentId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const { scoreId } = await unlockScore(context, { assignmentId: rowId(args.assignmentId), reason: args.reason });
      return context.prisma.score.findUniqueOrThrow({ ...query, where: { id: scoreId } });
    },
  }),
  excuseJudge: t.prismaField({
    type: "JudgeAssignment",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description: "主办部门免除评委对一个参赛对象的评分（须填写原因）；该参赛对象按其余评委的分数汇总",
    args: { assignmentId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const { assignmentId } = await excuseJudge(context, {
        assignmentId: rowId(args.assignmentId),
        reason: args.reason,
      });
      return context.prisma.judgeAssignment.findUniqueOrThrow({ ...query, where: { id: assignmentId } });
    },
  }),
  declareRecusal: t.prismaField({
    type: "JudgeRecusal",
    authScopes: { role: ["JUDGE"] },
    description: "评委对分配给自己的参赛对象声明回避（须填写原因）",
    args: { registrationId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const { recusalId } = await declareRecusal(context, {
        registrationId: rowId(args.registrationId),
        reason: args.reason,
      });
      return context.prisma.judgeRecusal.findUniqueOrThrow({ ...query, where: { id: recusalId } });
    },
  }),
  importExamScores: t.prismaField({
    type: ["RoundResult"],
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description: "导入考试轮次的成绩（如理论成绩）：逐行检查，任何一行有误则全部不导入，并逐行说明错误",
    args: {
      roundId: t.arg.id({ required: true }),
      rows: t.arg({ type: [ExamScoreInput], required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const done = await importExamScores(context, {
        roundId: rowId(args.roundId),
        rows: args.rows.map((row) => ({ registrationId: row.registrationId, score: row.score })),
      });
      return context.prisma.roundResult.findMany({
        ...query,
        where: { roundId: done.roundId, registrationId: { in: done.registrationIds } },
        orderBy: { registrationId: "asc" },
      });
    },
  }),
  closeRound: t.prismaField({
    type: "Round",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description:
      "结束本轮评审：所有评委（评审委员）已提交或已免于评分时，汇总每个参赛对象的结果；评审委员会表决的结果为赞成票数",
    args: { roundId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const { roundId } = await closeRound(context, rowId(args.roundId));
      return context.prisma.round.findUniqueOrThrow({ ...query, where: { id: roundId } });
    },
  }),
}));

function displayOf(exact: string): string {
  return storedFraction(exact).toFixed(2);
}
