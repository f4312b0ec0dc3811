import type { Prisma } from "@jinzhou/db";
import { DomainError } from "@jinzhou/domain";
import DataLoader from "dataloader";
import type { Context } from "../../context.ts";
import { requireActor } from "../../organizations/organization-scope.ts";
import { stageText } from "../../tournaments/match-label.ts";
import { recordMatchScore } from "../../tournaments/record-match-score.ts";
import { scheduleMatch } from "../../tournaments/schedule-match.ts";
import { parseKnockoutSlot, type StoredTournamentDraw, storedDraw } from "../../tournaments/stored-draw.ts";
import { publicTournamentStates } from "../../tournaments/tournament-access.ts";
import { type TournamentEntrant, tournamentEntrantLoader } from "../../tournaments/tournament-entrants.ts";
import { gamesOf } from "../../tournaments/tournament-sync.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { enumFrom, ListMetadata } from "./enums.ts";

export const MatchStageEnum = enumFrom("MatchStage", { GROUP: "小组赛", KNOCKOUT: "淘汰赛" });

export const TournamentPlayerRef = builder.objectRef<{ name: string; unitName: string }>("TournamentPlayer").implement({
  description: "参赛选手：姓名和所在单位（不含身份证号、手机号）",
  fields: (t) => ({ name: t.exposeString("name"), unitName: t.exposeString("unitName", { description: "所在单位" }) }),
});

export const TournamentEntrantRef = builder.objectRef<TournamentEntrant>("TournamentEntrant").implement({
  description: "对阵中的一方：一名选手或一对选手（报名），只显示姓名和单位",
  fields: (t) => ({
    registrationId: t.exposeID("registrationId", { description: "报名编号" }),
    name: t.exposeString("name", { description: "选手姓名；双打为“甲 / 乙”" }),
    unitName: t.exposeString("unitName", { description: "报名单位" }),
    players: t.field({ type: [TournamentPlayerRef], resolve: (entrant) => entrant.players }),
  }),
});

export const GameScoreRef = builder.objectRef<{ a: number; b: number }>("GameScore").implement({
  description: "一局比分：a 为甲方（entrantA）得分，b 为乙方得分",
  fields: (t) => ({ a: t.exposeInt("a"), b: t.exposeInt("b") }),
});

const GameScoreInput = builder.inputType("GameScoreInput", {
  description: "一局比分：a 为甲方（entrantA）得分，b 为乙方得分",
  fields: (t) => ({ a: t.int({ required: true }), b: t.int({ required: true }) }),
});

const categoryNames = new WeakMap<Context, DataLoader<number, string>>();
function categoryNameLoader(context: Context) {
  let loader = categoryNames.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await context.prisma.category.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, name: true },
      });
      const names = new Map(rows.map((row) => [row.id, row.name]));
      return ids.map((id) => names.get(id) ?? "");
    });
    categoryNames.set(context, loader);
  }
  return loader;
}

const draws = new WeakMap<Context, DataLoader<string, StoredTournamentDraw | null>>();
/** Each match's draw (by "roundId:categoryId"), one query for a whole list. */
function drawLoader(context: Context) {
  let loader = draws.get(context);
  if (!loader) {
    loader = new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split(":").map(Number) as [number, number]);
      const rows = await context.prisma.tournamentDraw.findMany({
        where: { OR: pairs.map(([roundId, categoryId]) => ({ roundId, categoryId })) },
        select: { roundId: true, categoryId: true, draw: true },
      });
      const byKey = new Map(rows.map((row) => [`${row.roundId}:${row.categoryId}`, storedDraw(row.draw)]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
    draws.set(context, loader);
  }
  return loader;
}

const entrant = (context: Context, id: number | null) =>
  id === null ? null : tournamentEntrantLoader(context).load(id);

// Every field reads only the match's own columns (entrants and names come through request-scoped
// loaders), so a list, a bracket or a schedule of any length costs a constant number of queries.
export const MatchRef = builder.prismaObject("Match", {
  description: "一场比赛：小组赛或淘汰赛的一个对阵，含场地、时间和每局比分",
  fields: (t) => ({
    id: t.exposeID("id"),
    roundId: t.exposeID("roundId"),
    categoryId: t.exposeID("categoryId"),
    categoryName: t.string({
      description: "比赛项目（组别），如“男单”",
      resolve: (match, _args, context) => categoryNameLoader(context).load(match.categoryId),
    }),
    stage: t.expose("stage", { type: MatchStageEnum }),
    slot: t.exposeString("slot", {
      description: "在签表中的位置：A-3 为 A 组第 3 场，R8-2 为 8 强第 2 场，R2-1 为决赛",
    }),
    stageName: t.string({
      description: "如“A 组”“1/4 决赛”“半决赛”“决赛”",
      resolve: (match) => stageText(match.slot).stage,
    }),
    matchNumber: t.int({ description: "本组或本轮的第几场", resolve: (match) => stageText(match.slot).matchNumber }),
    entrantA: t.field({
      type: TournamentEntrantRef,
      nullable: true,
      description: "甲方；尚未确定或轮空时为空",
      resolve: (match, _args, context) => entrant(context, match.entrantAId),
    }),
    entrantB: t.field({
      type: TournamentEntrantRef,
      nullable: true,
      description: "乙方；尚未确定或轮空时为空",
      resolve: (match, _args, context) => entrant(context, match.entrantBId),
    }),
    winner: t.field({
      type: TournamentEntrantRef,
      nullable: true,
      description: "胜方；未赛时为空（轮空时为晋级一方）",
      resolve: (match, _args, context) => entrant(context, match.winnerId),
    }),
    bye: t.boolean({
      description: "轮空：淘汰赛第一轮中对面签位为轮空，一方直接晋级，无需比赛",
      resolve: async (match, _args, context) => {
        if (match.stage !== "KNOCKOUT") return false;
        const draw = await drawLoader(context).load(`${match.roundId}:${match.categoryId}`);
        const at = draw ? parseKnockoutSlot(draw.knockout.size, match.slot) : null;
        if (!draw || at?.round !== 1) return false;
        const lines = draw.knockout.lines;
        return Boolean(lines[2 * at.matchNumber - 2]?.bye || lines[2 * at.matchNumber - 1]?.bye);
      },
    }),
    games: t.field({
      type: [GameScoreRef],
      nullable: true,
      description: "每局比分，按局次；未赛时为空",
      resolve: (match) => gamesOf(match),
    }),
    scoreText: t.string({
      nullable: true,
      description: "比分，如“21:19, 18:21, 21:15”",
      resolve: (match) =>
        gamesOf(match)
          ?.map((game) => `${game.a}:${game.b}`)
          .join(", ") ?? null,
    }),
    court: t.exposeString("court", { nullable: true, description: "场地，如“3号场”" }),
    scheduledAt: t.expose("scheduledAt", { type: "DateTime", nullable: true, description: "开始时间" }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", nullable: true, description: "比分录入时间" }),
    version: t.exposeInt("version", { description: "安排或录入比分时原样带回，用于发现他人同时修改" }),
  }),
});

/** The public sees matches of activities whose registration has closed; everyone signed in sees all. */
export function matchVisibility(context: Context): Prisma.MatchWhereInput {
  return context.actor === null ? { round: { activity: { state: { in: [...publicTournamentStates] } } } } : {};
}

const MatchFilter = builder.inputType("MatchFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    roundId: t.id(),
    categoryId: t.id(),
    stage: t.field({ type: MatchStageEnum }),
    court: t.string(),
    registrationId: t.id({ description: "某一报名（选手或组合）参加的比赛" }),
    scheduled: t.boolean({ description: "true 只看已安排场地时间的，false 只看未安排的" }),
  }),
});

type MatchFilterShape = {
  ids?: (string | number)[] | null;
  activityId?: string | number | null;
  roundId?: string | number | null;
  categoryId?: string | number | null;
  stage?: "GROUP" | "KNOCKOUT" | null;
  court?: string | null;
  registrationId?: string | number | null;
  scheduled?: boolean | null;
};

function matchWhere(context: Context, filter: MatchFilterShape | null | undefined): Prisma.MatchWhereInput {
  const and: Prisma.MatchWhereInput[] = [matchVisibility(context)];
  if (filter?.ids) and.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId) and.push({ round: { activityId } });
  const roundId = optionalRowId(filter?.roundId);
  if (roundId) and.push({ roundId });
  const categoryId = optionalRowId(filter?.categoryId);
  if (categoryId) and.push({ categoryId });
  if (filter?.stage) and.push({ stage: filter.stage });
  if (filter?.court) and.push({ court: filter.court });
  const registrationId = optionalRowId(filter?.registrationId);
  if (registrationId) and.push({ OR: [{ entrantAId: registrationId }, { entrantBId: registrationId }] });
  if (filter?.scheduled === true) and.push({ scheduledAt: { not: null } });
  if (filter?.scheduled === false) and.push({ scheduledAt: null });
  return { AND: and };
}

const sortable = {
  id: (direction: "asc" | "desc") => ({ id: direction }),
  slot: (direction: "asc" | "desc") => ({ slot: direction }),
  scheduledAt: (direction: "asc" | "desc") => ({ scheduledAt: direction }),
  court: (direction: "asc" | "desc") => ({ court: direction }),
  stage: (direction: "asc" | "desc") => ({ stage: direction }),
} satisfies Record<string, (direction: "asc" | "desc") => Prisma.MatchOrderByWithRelationInput>;

const listArgs = listArguments(MatchFilter);

builder.queryFields((t) => ({
  allMatches: t.prismaField({
    type: ["Match"],
    description: "比赛（对阵与赛程）列表：登录用户可看全部；未登录的公众只能看报名已截止的活动",
    args: listArgs,
    resolve: (query, _root, args, context) =>
      context.prisma.match.findMany({
        ...query,
        where: matchWhere(context, args.filter),
        orderBy: [
          ...orderOf<Prisma.MatchOrderByWithRelationInput>(args as ListArguments, sortable, "scheduledAt"),
          { id: "asc" },
        ],
        ...pageOf(args as ListArguments),
      }),
  }),
  _allMatchesMeta: t.field({
    type: ListMetadata,
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.match.count({ where: matchWhere(context, args.filter) }),
    }),
  }),
  Match: t.prismaField({
    type: "Match",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const match = await context.prisma.match.findFirst({
        ...query,
        where: { AND: [{ id: rowId(args.id) }, matchVisibility(context)] },
      });
      if (!match) throw new DomainError("NOT_FOUND");
      return match;
    },
  }),
  myMatches: t.prismaField({
    type: ["Match"],
    authScopes: { role: ["WORKER"] },
    description: "我的比赛：本人（单打或双打）参加的全部比赛，按开始时间排列",
    resolve: (query, _root, _args, context) => {
      const actor = requireActor(context);
      const mine: Prisma.RegistrationWhereInput = { members: { some: { workerId: actor.workerId ?? -1 } } };
      return context.prisma.match.findMany({
        ...query,
        where: { OR: [{ entrantA: mine }, { entrantB: mine }] },
        orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  scheduleMatch: t.prismaField({
    type: "Match",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description:
      "安排比赛的场地和开始时间（主办部门）：同一场地、同一选手 30 分钟内不能安排两场比赛，冲突时列出全部原因",
    args: {
      id: t.arg.id({ required: true }),
      court: t.arg.string({ required: true, description: "场地，如“3号场”" }),
      scheduledAt: t.arg({ type: "DateTime", required: true }),
      version: t.arg.int({ required: true, description: "读取时的 version" }),
    },
    resolve: async (query, _root, args, context) => {
      const { id } = await scheduleMatch(context, {
        id: rowId(args.id),
        court: args.court,
        scheduledAt: args.scheduledAt,
        version: args.version,
      });
      return context.prisma.match.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  recordMatchScore: t.prismaField({
    type: "Match",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description:
      "逐局录入一场比赛的比分（主办部门）：每局 21 分、领先 2 分获胜、30 分封顶，三局两胜；更正已录入的比分须填写原因",
    args: {
      id: t.arg.id({ required: true }),
      games: t.arg({ type: [GameScoreInput], required: true }),
      version: t.arg.int({ required: true, description: "读取时的 version；他人已录入时拒绝（STALE_VERSION）" }),
      reason: t.arg.string({ description: "更正比分的原因" }),
    },
    resolve: async (query, _root, args, context) => {
      const { id } = await recordMatchScore(context, {
        id: rowId(args.id),
        games: args.games.map((game) => ({ a: game.a, b: game.b })),
        version: args.version,
        reason: args.reason ?? null,
      });
      return context.prisma.match.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
