// The judging operations: panels, assignments, score sheets, recusals, excusals, exam scores, closing.
import type { Prisma } from "@jinzhou/db";
import { DomainError } from "@jinzhou/domain";
import type { Context } from "../../context.ts";
import { assignJudges } from "../../judging/assign-judges.ts";
import { assignJudgesAutomatically } from "../../judging/assign-judges-balanced.ts";
import { closeRound } from "../../judging/close-round.ts";
import { declareRecusal } from "../../judging/declare-recusal.ts";
import { excuseJudge } from "../../judging/excuse-judge.ts";
import { importExamScores } from "../../judging/import-exam-scores.ts";
import { setRoundPanel } from "../../judging/set-round-panel.ts";
import { submitScore } from "../../judging/submit-score.ts";
import { unlockScore } from "../../judging/unlock-score.ts";
import { builder } from "../builder.ts";
import { rowId } from "../list-args.ts";

import { managers } from "./judging.ts";

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
