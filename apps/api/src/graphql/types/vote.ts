import type { Prisma } from "@jinzhou/db";
import { DomainError, votingPenaltyLevelLabels } from "@jinzhou/domain";
import { activityPerformerOf } from "../../activities/activity-access.ts";
import type { Context } from "../../context.ts";
import { escalateVotingPenalty } from "../../voting/escalate-voting-penalty.ts";
import { requireVoteOrganizer } from "../../voting/public-vote-round.ts";
import { voidVotes } from "../../voting/void-votes.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { enumFrom, ListMetadata } from "./enums.ts";

export const VotingPenaltyLevelEnum = enumFrom("VotingPenaltyLevel", votingPenaltyLevelLabels);

builder.prismaObject("Vote", {
  description: "一张选票上的一票（投给一名候选人）；作废的票（无效票）保留记录但不计票",
  fields: (t) => ({
    id: t.exposeID("id"),
    ballotId: t.exposeID("ballotId"),
    roundId: t.exposeID("roundId"),
    registrationId: t.exposeID("registrationId", { description: "候选人（报名）的 id" }),
    voided: t.boolean({ select: { voidedAt: true }, resolve: (vote) => vote.voidedAt !== null }),
    voidedAt: t.expose("voidedAt", { type: "DateTime", nullable: true }),
    voidReason: t.exposeString("voidReason", { nullable: true, description: "作废原因" }),
    castAt: t.field({
      type: "DateTime",
      select: { ballot: { select: { castAt: true } } },
      resolve: (vote) => vote.ballot.castAt,
    }),
    ipAddress: t.string({
      description: "投票的网络地址（投票人本人和主办部门可见）",
      select: { ballot: { select: { ipAddress: true } } },
      resolve: (vote) => vote.ballot.ipAddress,
    }),
  }),
});

builder.prismaObject("VotingPenalty", {
  description: "候选人刷票处罚的一级：警告 → 作废违规票 → 取消资格，逐级升级并记录原因",
  fields: (t) => ({
    id: t.exposeID("id"),
    roundId: t.exposeID("roundId"),
    registrationId: t.exposeID("registrationId"),
    fromLevel: t.expose("fromLevel", { type: VotingPenaltyLevelEnum }),
    level: t.expose("level", { type: VotingPenaltyLevelEnum }),
    levelLabel: t.string({ select: { level: true }, resolve: (penalty) => votingPenaltyLevelLabels[penalty.level] }),
    reason: t.exposeString("reason"),
    voidedVoteIds: t.idList({
      select: { voidedVoteIds: true },
      resolve: (penalty) => (penalty.voidedVoteIds as number[] | null) ?? [],
    }),
    decidedById: t.exposeID("decidedById"),
    decidedAt: t.expose("decidedAt", { type: "DateTime" }),
  }),
});

const VoteFilter = builder.inputType("VoteFilter", {
  fields: (t) => ({
    ids: t.idList(),
    roundId: t.id(),
    registrationId: t.id({ description: "候选人" }),
    ipAddress: t.string(),
    voided: t.boolean({ description: "true 只看无效票，false 只看有效票" }),
  }),
});

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.VoteOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  registrationId: (direction) => ({ registrationId: direction }),
  castAt: (direction) => ({ ballot: { castAt: direction } }),
};

/** Votes the viewer may list: the admin all, an organizer those of their department's activities. */
async function voteWhere(
  context: Context,
  filter: typeof VoteFilter.$inferInput | null | undefined,
): Promise<Prisma.VoteWhereInput> {
  const performer = await activityPerformerOf(context);
  const conditions: Prisma.VoteWhereInput[] = [];
  if (performer.role === "ORGANIZER") {
    conditions.push({ round: { activity: { department: { code: performer.departmentCode ?? "-" } } } });
  } else if (performer.role !== "ADMIN") {
    throw new DomainError("FORBIDDEN");
  }
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const roundId = optionalRowId(filter?.roundId);
  if (roundId !== undefined) conditions.push({ roundId });
  const registrationId = optionalRowId(filter?.registrationId);
  if (registrationId !== undefined) conditions.push({ registrationId });
  if (filter?.ipAddress) conditions.push({ ballot: { ipAddress: filter.ipAddress.trim().toLowerCase() } });
  if (filter?.voided === true) conditions.push({ voidedAt: { not: null } });
  if (filter?.voided === false) conditions.push({ voidedAt: null });
  return { AND: conditions };
}

const listArgs = listArguments(VoteFilter);

builder.queryFields((t) => ({
  allVotes: t.prismaField({
    type: ["Vote"],
    description: "投票明细（主办部门核查刷票用）",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.vote.findMany({
        ...query,
        where: await voteWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allVotesMeta: t.field({
    type: ListMetadata,
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.vote.count({ where: await voteWhere(context, args.filter) }),
    }),
  }),
  votingPenalties: t.prismaField({
    type: ["VotingPenalty"],
    description: "一项投票中各候选人的处罚记录",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: { roundId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const { round } = await requireVoteOrganizer(context, rowId(args.roundId));
      return context.prisma.votingPenalty.findMany({
        ...query,
        where: { roundId: round.id },
        orderBy: [{ registrationId: "asc" }, { id: "asc" }],
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  voidVotes: t.prismaField({
    type: ["Vote"],
    description: "作废刷票等违规投票（须填写作废原因）；投票记录不删除，作废后不再计票",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: {
      roundId: t.arg.id({ required: true }),
      voteIds: t.arg.idList({ required: true }),
      reason: t.arg.string({ required: true, description: "作废原因" }),
    },
    resolve: async (query, _root, args, context) => {
      const ids = await voidVotes(context, {
        roundId: rowId(args.roundId),
        voteIds: args.voteIds.map(rowId),
        reason: args.reason,
      });
      return context.prisma.vote.findMany({ ...query, where: { id: { in: ids } }, orderBy: { id: "asc" } });
    },
  }),
  escalateVotingPenalty: t.prismaField({
    type: "VotingPenalty",
    description: "将候选人的刷票处罚升一级：警告 → 作废违规票（须列出被作废的票）→ 取消资格；每级只能升一次",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: {
      roundId: t.arg.id({ required: true }),
      registrationId: t.arg.id({ required: true, description: "候选人（报名）的 id" }),
      level: t.arg({ type: VotingPenaltyLevelEnum, required: true, description: "升到的级别，须是下一级" }),
      reason: t.arg.string({ required: true }),
      voteIds: t.arg.idList({ description: "“作废违规票”时被作废的投票" }),
    },
    resolve: async (query, _root, args, context) => {
      const created = await escalateVotingPenalty(context, {
        roundId: rowId(args.roundId),
        registrationId: rowId(args.registrationId),
        level: args.level,
        reason: args.reason,
        voteIds: args.voteIds?.map(rowId) ?? null,
      });
      return context.prisma.votingPenalty.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
