import { requireScoreboardAccess } from "../../live/live-access.ts";
import { computeScoreboard, type Scoreboard, type ScoreboardEntry } from "../../live/scoreboard.ts";
import { builder } from "../builder.ts";
import { rowId } from "../list-args.ts";
import { ActivityStateEnum } from "./activity.ts";

const ScoreboardEntryRef = builder.objectRef<ScoreboardEntry>("ScoreboardEntry").implement({
  description: "大屏上的一个参赛者：已提交评分的汇总成绩和名次（不含各评委的分数）",
  fields: (t) => ({
    registrationId: t.exposeID("registrationId", { description: "报名编号" }),
    name: t.exposeString("name", { description: "参赛选手或队伍名称" }),
    unitName: t.exposeString("unitName", { description: "所在单位" }),
    categoryName: t.exposeString("categoryName", { description: "组别/工种" }),
    score: t.exposeString("score", { nullable: true, description: "目前成绩（保留两位小数）；尚无已提交评分时为空" }),
    exactScore: t.exposeString("exactScore", { nullable: true, description: "目前成绩的精确值，如 1079/12" }),
    judgesSubmitted: t.exposeInt("judgesSubmitted", { description: "已提交评分的评委人数" }),
    judgesAssigned: t.exposeInt("judgesAssigned", { description: "分配的评委人数" }),
    place: t.exposeInt("place", { nullable: true, description: "组内名次，并列时跳过后续名次（1、2、2、4）" }),
    placeLabel: t.exposeString("placeLabel", { nullable: true, description: "如“第 1 名”“并列第 2 名”" }),
  }),
});

const ScoreboardRef = builder.objectRef<Scoreboard>("Scoreboard").implement({
  description: "一个评审轮次的实时成绩榜",
  fields: (t) => ({
    roundId: t.exposeID("roundId"),
    roundName: t.exposeString("roundName", { description: "轮次名称" }),
    activityId: t.exposeID("activityId"),
    activityName: t.exposeString("activityName", { description: "活动名称" }),
    activityState: t.expose("activityState", { type: ActivityStateEnum }),
    aggregationMethod: t.exposeString("aggregationMethod", { description: "评委评分的汇总方式" }),
    entries: t.field({ type: [ScoreboardEntryRef], resolve: (board) => board.entries }),
    computedAt: t.expose("computedAt", { type: "DateTime", description: "计算时间" }),
  }),
});

builder.queryFields((t) => ({
  roundScoreboard: t.field({
    type: ScoreboardRef,
    description: "评审轮次目前的成绩榜（一次性查询；实时推送请用同名订阅）",
    args: { roundId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const roundId = rowId(args.roundId);
      await requireScoreboardAccess(context, roundId);
      const board = await computeScoreboard(context.prisma, roundId);
      if (!board) throw new Error("round vanished");
      return board;
    },
  }),
}));

builder.subscriptionFields((t) => ({
  roundScoreboard: t.field({
    type: ScoreboardRef,
    description: "评审轮次的实时成绩榜：订阅后立即推送一次，此后每当有评分提交或变动时推送最新榜单",
    args: { roundId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, context) => {
      const roundId = rowId(args.roundId);
      await requireScoreboardAccess(context, roundId);
      return context.live.watch(roundId);
    },
    resolve: (board) => board,
  }),
}));
