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
import type { Context } from "../../context.ts";
import { judgementMarksResultLabel } from "../../judging/judgement-marks-results.ts";
import { entryNameOf, findRound, requireRoundManager, storedFraction } from "../../judging/judging-access.ts";
import { builder } from "../builder.ts";
import { enumFrom } from "./enums.ts";

export const RoundKindEnum = enumFrom("RoundKind", roundKindLabels);
export const ScoreSheetStateEnum = enumFrom("ScoreSheetState", scoreSheetStateLabels);

/** Who manages rounds: the admin and the owning department's organizers. */
export const managers = ["ADMIN", "ORGANIZER"] as ("ADMIN" | "ORGANIZER")[];

export const JudgingReason = builder.objectRef<{ code: string; message: string }>("JudgingReason").implement({
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
export async function requireManagerOfRound(context: Context, roundId: number) {
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

export const JudgeProgress = builder
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
        if (definitionOf(round)?.judgementMarks) return judgementMarksResultLabel;
        const aggregation = definitionOf(round)?.criteriaScoring?.aggregation;
        return aggregation ? scoreAggregationLabels[aggregation.method] : null;
      },
    }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Lists and queries
// ---------------------------------------------------------------------------------------------

/** Two decimals of an exact stored value, for display. */
export function displayOf(exact: string): string {
  return storedFraction(exact).toFixed(2);
}
