import type { Prisma } from "@jinzhou/db";
import {
  DomainError,
  Fraction,
  maskPhone,
  type SuspiciousVotingFinding,
  votingPenaltyLevelLabels,
} from "@jinzhou/domain";
import { activityPerformerOf } from "../../activities/activity-access.ts";
import type { Context } from "../../context.ts";
import { castBallot } from "../../voting/cast-ballot.ts";
import { closePublicVote } from "../../voting/close-public-vote.ts";
import { schedulePublicVote } from "../../voting/schedule-public-vote.ts";
import { organizerTally, publicVoteView, suspiciousVoting, type TallyRow } from "../../voting/vote-tally.ts";
import { requestVoterCode, verifyVoterCode } from "../../voting/voter-codes.ts";
import { voterStatus } from "../../voting/voter-status.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { ListMetadata } from "./enums.ts";
import { VotingPenaltyLevelEnum } from "./vote.ts";

builder.prismaObject("Ballot", {
  description: "一张已投出的选票：投给一名或几名候选人，每名候选人一票；选票不删除",
  fields: (t) => ({
    id: t.exposeID("id"),
    roundId: t.exposeID("roundId"),
    castAt: t.expose("castAt", { type: "DateTime", description: "投票时间" }),
    votingDay: t.exposeString("votingDay", { description: "计入每日限投的日期（北京时间），YYYY-MM-DD" }),
    voter: t.string({
      description: "投票人：职工账号，或打码的手机号（如 139****1234）",
      select: { voterKey: true },
      resolve: (ballot) =>
        ballot.voterKey.startsWith("phone:") ? `手机 ${maskPhone(ballot.voterKey.slice(6))}` : "职工账号",
    }),
    ipAddress: t.exposeString("ipAddress", { description: "投票的网络地址（投票人本人和主办部门可见）" }),
    votes: t.relation("votes", { query: { orderBy: { id: "asc" } } }),
  }),
});

const BallotFilter = builder.inputType("BallotFilter", {
  fields: (t) => ({
    ids: t.idList(),
    roundId: t.id(),
    votingDay: t.string({ description: "YYYY-MM-DD（北京时间）" }),
    ipAddress: t.string(),
  }),
});

const ballotSortable: Record<string, (direction: "asc" | "desc") => Prisma.BallotOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  castAt: (direction) => ({ castAt: direction }),
  votingDay: (direction) => ({ votingDay: direction }),
  ipAddress: (direction) => ({ ipAddress: direction }),
};

/** Ballots the viewer may list: the admin all, an organizer those of their department's activities. */
async function ballotWhere(
  context: Context,
  filter: typeof BallotFilter.$inferInput | null | undefined,
): Promise<Prisma.BallotWhereInput> {
  const performer = await activityPerformerOf(context);
  const conditions: Prisma.BallotWhereInput[] = [];
  if (performer.role === "ORGANIZER") {
    conditions.push({ round: { activity: { department: { code: performer.departmentCode ?? "-" } } } });
  } else if (performer.role !== "ADMIN") {
    throw new DomainError("FORBIDDEN");
  }
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const roundId = optionalRowId(filter?.roundId);
  if (roundId !== undefined) conditions.push({ roundId });
  if (filter?.votingDay) conditions.push({ votingDay: filter.votingDay });
  if (filter?.ipAddress) conditions.push({ ipAddress: filter.ipAddress.trim().toLowerCase() });
  return { AND: conditions };
}

const ballotListArgs = listArguments(BallotFilter);

interface VoteCandidateShape {
  registrationId: number;
  name: string;
  organizationName: string;
  story: string | null;
  photoUrl: string | null;
  disqualified: boolean;
  validVotes: number | null;
}

const VoteCandidate = builder.objectRef<VoteCandidateShape>("VoteCandidate").implement({
  description: "公众投票的一名候选人：姓名、单位、事迹（不含身份证号、手机号）",
  fields: (t) => ({
    registrationId: t.exposeID("registrationId", { description: "投票时用这个 id" }),
    name: t.exposeString("name"),
    organizationName: t.exposeString("organizationName", { description: "所在单位" }),
    story: t.exposeString("story", { nullable: true, description: "事迹" }),
    photoUrl: t.exposeString("photoUrl", {
      nullable: true,
      description: "候选人照片的地址（GET，无需登录）；没有照片时为空",
    }),
    disqualified: t.exposeBoolean("disqualified", { description: "已取消资格" }),
    validVotes: t.exposeInt("validVotes", {
      nullable: true,
      description: "有效票数；主办部门未公开实时票数时对公众为空",
    }),
  }),
});

type PublicVoteShape = Awaited<ReturnType<typeof publicVoteView>>;

const PublicVoteRef = builder.objectRef<PublicVoteShape>("PublicVote").implement({
  description: "一项公众投票（网络投票）：投票时间、规则和候选人",
  fields: (t) => ({
    roundId: t.id({ resolve: (view) => view.round.id }),
    activityId: t.id({ resolve: (view) => view.round.activity.id }),
    activityName: t.string({ resolve: (view) => view.round.activity.name }),
    name: t.string({ resolve: (view) => view.round.name }),
    opensAt: t.field({ type: "DateTime", nullable: true, resolve: (view) => view.round.opensAt }),
    closesAt: t.field({ type: "DateTime", nullable: true, resolve: (view) => view.round.closesAt }),
    closedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "主办部门结束投票并计票的时间",
      resolve: (view) => view.round.closedAt,
    }),
    isOpen: t.exposeBoolean("isOpen", { description: "现在可以投票" }),
    maxCandidatesPerBallot: t.int({
      description: "每票最多可选候选人数",
      resolve: (view) => view.rules.maxCandidatesPerBallot,
    }),
    ballotsPerVoterPerDay: t.int({
      description: "每人每日限投次数",
      resolve: (view) => view.rules.ballotsPerVoterPerDay,
    }),
    ballotsPerIpPerDay: t.int({
      description: "每个网络地址每日限投次数",
      resolve: (view) => view.rules.ballotsPerIpPerDay,
    }),
    countsShown: t.exposeBoolean("countsShown", { description: "本次查询是否给出票数" }),
    candidates: t.field({ type: [VoteCandidate], resolve: (view) => view.candidates }),
  }),
});

const VoteTallyRow = builder.objectRef<TallyRow>("VoteTallyRow").implement({
  description: "计票：一名候选人的有效票、无效票、处罚和目前的公众投票得分",
  fields: (t) => ({
    registrationId: t.exposeID("registrationId"),
    name: t.exposeString("name"),
    organizationName: t.exposeString("organizationName"),
    validVotes: t.exposeInt("validVotes", { description: "有效票数" }),
    voidedVotes: t.exposeInt("voidedVotes", { description: "无效票数" }),
    penaltyLevel: t.field({ type: VotingPenaltyLevelEnum, resolve: (row) => row.penaltyLevel }),
    penaltyLevelLabel: t.string({ resolve: (row) => votingPenaltyLevelLabels[row.penaltyLevel] }),
    disqualified: t.exposeBoolean("disqualified"),
    publicScore: t.exposeString("publicScore", {
      nullable: true,
      description: "公众投票得分（精确值，如 200/3）= 100 × 有效票 ÷ 最高有效票",
    }),
    publicScoreText: t.string({
      nullable: true,
      description: "公众投票得分，保留两位小数",
      resolve: (row) => (row.publicScore === null ? null : decimalText(row.publicScore)),
    }),
  }),
});

const SuspiciousVotingFindingRef = builder.objectRef<SuspiciousVotingFinding>("SuspiciousVotingFinding").implement({
  description: "疑似刷票的提示（同一网络地址大量投票、短时间集中投票），供主办部门核查，不是结论",
  fields: (t) => ({
    kind: t.string({ description: "MANY_BALLOTS_FROM_ONE_IP 或 VOTE_BURST", resolve: (finding) => finding.kind }),
    description: t.exposeString("description"),
    ipAddress: t.string({
      nullable: true,
      resolve: (finding) => (finding.kind === "MANY_BALLOTS_FROM_ONE_IP" ? finding.ipAddress : null),
    }),
    votingDay: t.string({
      nullable: true,
      resolve: (finding) => (finding.kind === "MANY_BALLOTS_FROM_ONE_IP" ? finding.votingDay : null),
    }),
    ballotCount: t.int({
      nullable: true,
      resolve: (finding) => (finding.kind === "MANY_BALLOTS_FROM_ONE_IP" ? finding.ballotCount : null),
    }),
    registrationId: t.id({
      nullable: true,
      resolve: (finding) => (finding.kind === "VOTE_BURST" ? finding.candidateId : null),
    }),
    from: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (finding) => (finding.kind === "VOTE_BURST" ? finding.from : null),
    }),
    to: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (finding) => (finding.kind === "VOTE_BURST" ? finding.to : null),
    }),
    voteCount: t.int({ resolve: (finding) => finding.voteIds.length }),
    voteIds: t.idList({ resolve: (finding) => finding.voteIds }),
  }),
});

const VoterCodeChallenge = builder
  .objectRef<{ challenge: string; maskedPhone: string; expiresAt: Date }>("VoterCodeChallenge")
  .implement({
    description: "已发送短信验证码：提交验证码时把 challenge 原样带回",
    fields: (t) => ({
      challenge: t.exposeString("challenge"),
      maskedPhone: t.exposeString("maskedPhone"),
      expiresAt: t.field({ type: "DateTime", resolve: (value) => value.expiresAt }),
    }),
  });

const VoterPass = builder
  .objectRef<{ voterToken: string; maskedPhone: string; expiresAt: Date }>("VoterPass")
  .implement({
    description: "手机号验证通过：投票时把 voterToken 作为参数带上",
    fields: (t) => ({
      voterToken: t.exposeString("voterToken"),
      maskedPhone: t.exposeString("maskedPhone"),
      expiresAt: t.field({ type: "DateTime", resolve: (value) => value.expiresAt }),
    }),
  });

const VoterStatus = builder.objectRef<Awaited<ReturnType<typeof voterStatus>>>("VoterStatus").implement({
  description: "投票人今日已投几次、每日限投几次、何时可以再投（北京时间次日 0 时）",
  fields: (t) => ({
    votingDay: t.exposeString("votingDay", { description: "今天（北京时间），YYYY-MM-DD" }),
    ballotsCastToday: t.exposeInt("ballotsCastToday", { description: "今日已投" }),
    ballotsPerVoterPerDay: t.exposeInt("ballotsPerVoterPerDay", { description: "每日限投" }),
    nextDayStartsAt: t.field({ type: "DateTime", resolve: (status) => status.nextDayStartsAt }),
  }),
});

builder.queryFields((t) => ({
  voterStatus: t.field({
    type: VoterStatus,
    description: "今日已投：已登录的职工，或带上 voterToken 的手机投票人",
    args: { roundId: t.arg.id({ required: true }), voterToken: t.arg.string() },
    resolve: (_root, args, context) => voterStatus(context, rowId(args.roundId), args.voterToken ?? null),
  }),
  allBallots: t.prismaField({
    type: ["Ballot"],
    description: "选票明细（主办部门核查刷票用）",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: ballotListArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.ballot.findMany({
        ...query,
        where: await ballotWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, ballotSortable, "id"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allBallotsMeta: t.field({
    type: ListMetadata,
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: ballotListArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.ballot.count({ where: await ballotWhere(context, args.filter) }),
    }),
  }),
  publicVote: t.field({
    type: PublicVoteRef,
    description: "公众投票的规则和候选人（无需登录）；票数仅在主办部门公开实时票数时给出",
    args: { roundId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => publicVoteView(context, rowId(args.roundId)),
  }),
  voteTally: t.field({
    type: [VoteTallyRow],
    description: "实时计票（不含无效票），仅主办部门和系统管理员",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: { roundId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => organizerTally(context, rowId(args.roundId)),
  }),
  suspiciousVoting: t.field({
    type: [SuspiciousVotingFindingRef],
    description: "疑似刷票提示，仅主办部门和系统管理员",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: { roundId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => suspiciousVoting(context, rowId(args.roundId)),
  }),
}));

builder.mutationFields((t) => ({
  requestVoterCode: t.field({
    type: VoterCodeChallenge,
    description: "向手机号发送投票验证码（5 分钟内有效）",
    args: { phone: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => requestVoterCode(context, args.phone),
  }),
  verifyVoterCode: t.field({
    type: VoterPass,
    description: "核对验证码，得到 30 分钟内有效的投票凭证",
    args: { challenge: t.arg.string({ required: true }), code: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => verifyVoterCode(context, args.challenge, args.code),
  }),
  castBallot: t.prismaField({
    type: "Ballot",
    description:
      "投票：已登录的职工直接投，或带上手机验证得到的 voterToken；不接受匿名投票。idempotencyKey 由客户端生成，重试时原样带回，只会投一次",
    args: {
      roundId: t.arg.id({ required: true }),
      candidateIds: t.arg.idList({ required: true, description: "所选候选人（VoteCandidate.registrationId）" }),
      voterToken: t.arg.string(),
      idempotencyKey: t.arg.string(),
    },
    resolve: async (query, _root, args, context) => {
      const cast = await castBallot(context, {
        roundId: rowId(args.roundId),
        candidateIds: args.candidateIds.map(rowId),
        voterToken: args.voterToken ?? null,
        idempotencyKey: args.idempotencyKey ?? null,
      });
      return context.prisma.ballot.findUniqueOrThrow({ ...query, where: { id: cast.id } });
    },
  }),
  schedulePublicVote: t.field({
    type: PublicVoteRef,
    description:
      "设定投票时间（主办部门）：按北京时间日期 opensOn–closesOn（含首尾两天），或按时刻 opensAt（含）–closesAt（不含）",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: {
      roundId: t.arg.id({ required: true }),
      opensOn: t.arg.string({ description: "开始日期 YYYY-MM-DD（北京时间 0 时起）" }),
      closesOn: t.arg.string({ description: "结束日期 YYYY-MM-DD（当天 24 时止）" }),
      opensAt: t.arg({ type: "DateTime" }),
      closesAt: t.arg({ type: "DateTime" }),
    },
    resolve: async (_root, args, context) => {
      const scheduled = await schedulePublicVote(context, {
        roundId: rowId(args.roundId),
        opensOn: args.opensOn ?? null,
        closesOn: args.closesOn ?? null,
        opensAt: args.opensAt ?? null,
        closesAt: args.closesAt ?? null,
      });
      return publicVoteView(context, scheduled.id);
    },
  }),
  closePublicVote: t.field({
    type: [VoteTallyRow],
    description: "结束投票并计票：写入本轮每名候选人的公众投票得分（100 × 有效票 ÷ 最高有效票），供与评委评分合成总分",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: { roundId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const closed = await closePublicVote(context, rowId(args.roundId));
      return organizerTally(context, closed.id);
    },
  }),
}));

/** "200/3" → "66.67": two decimals, for display only (ranking uses the exact value). */
function decimalText(exact: string): string {
  const [numerator = "0", denominator = "1"] = exact.split("/");
  return Fraction.of(BigInt(numerator), BigInt(denominator)).toFixed(2);
}
