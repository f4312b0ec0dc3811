import type { Prisma } from "@jinzhou/db";
import { DomainError, knockoutRoundName, roundRobinRankingCriterionLabels } from "@jinzhou/domain";
import DataLoader from "dataloader";
import type { Context } from "../../context.ts";
import { drawTournament } from "../../tournaments/draw-tournament.ts";
import { type GroupTable, groupTables } from "../../tournaments/group-tables.ts";
import {
  parseKnockoutSlot,
  type StoredKnockoutLine,
  type StoredTournamentDraw,
  storedDraw,
  tournamentDrawModeLabels,
} from "../../tournaments/stored-draw.ts";
import { findTournamentEvent, publicTournamentStates } from "../../tournaments/tournament-access.ts";
import { tournamentEntrantLoader } from "../../tournaments/tournament-entrants.ts";
import { standingsFrom, type TournamentStanding } from "../../tournaments/tournament-standings.ts";
import type { MatchRow } from "../../tournaments/tournament-sync.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { enumFrom, ListMetadata } from "./enums.ts";
import { MatchRef, TournamentEntrantRef } from "./match.ts";

const TournamentDrawModeEnum = enumFrom("TournamentDrawMode", tournamentDrawModeLabels);
const GroupRankingCriterionEnum = enumFrom("GroupRankingCriterion", roundRobinRankingCriterionLabels);

const loadEntrant = (context: Context, id: number | null) =>
  id === null ? null : tournamentEntrantLoader(context).load(id);
const loadEntrants = async (context: Context, ids: readonly number[]) => {
  const found = await tournamentEntrantLoader(context).loadMany(ids);
  return found.filter((entrant) => entrant !== null && !(entrant instanceof Error)) as NonNullable<
    Awaited<ReturnType<typeof loadEntrant>>
  >[];
};

const TournamentSeedRef = builder.objectRef<{ seed: number; registrationId: number }>("TournamentSeed").implement({
  description: "种子：几号种子及其选手",
  fields: (t) => ({
    seed: t.exposeInt("seed"),
    entrant: t.field({
      type: TournamentEntrantRef,
      nullable: true,
      resolve: (seed, _args, context) => loadEntrant(context, seed.registrationId),
    }),
  }),
});

const TournamentGroupRef = builder.objectRef<StoredTournamentDraw["groups"][number]>("TournamentGroup").implement({
  description: "小组：组名和成员（种子在前，其余按抽签顺序）",
  fields: (t) => ({
    name: t.exposeString("name", { description: "组名，如“A”（A 组）" }),
    members: t.field({
      type: [TournamentEntrantRef],
      resolve: (group, _args, context) => loadEntrants(context, group.members),
    }),
  }),
});

const KnockoutLineRef = builder.objectRef<StoredKnockoutLine>("KnockoutLine").implement({
  description: "淘汰赛签表的一个签位：选手、待定的小组名次，或轮空",
  fields: (t) => ({
    line: t.exposeInt("line", { description: "签位号，自上而下从 1 开始" }),
    entrant: t.field({
      type: TournamentEntrantRef,
      nullable: true,
      description: "已确定的选手；小组赛未结束或轮空时为空",
      resolve: (line, _args, context) => loadEntrant(context, line.registrationId),
    }),
    source: t.string({
      nullable: true,
      description: "签位来源，如“A 组第 1 名”；直接淘汰赛时为空",
      resolve: (line) => (line.group === null ? null : `${line.group} 组第 ${line.groupPlace} 名`),
    }),
    seed: t.exposeInt("seed", { nullable: true, description: "几号种子" }),
    bye: t.exposeBoolean("bye", { description: "轮空" }),
  }),
});

type StandingRow = GroupTable["standings"][number];
const GroupStandingRef = builder.objectRef<StandingRow>("GroupStanding").implement({
  description: "小组积分表的一行：名次、胜负、局数、得失分及名次说明",
  fields: (t) => ({
    place: t.exposeInt("place", { description: "小组名次" }),
    entrant: t.field({
      type: TournamentEntrantRef,
      nullable: true,
      resolve: (row, _args, context) => loadEntrant(context, row.registrationId),
    }),
    played: t.exposeInt("played", { description: "已赛场数" }),
    won: t.exposeInt("won", { description: "胜场" }),
    lost: t.exposeInt("lost", { description: "负场" }),
    gamesWon: t.exposeInt("gamesWon", { description: "胜局" }),
    gamesLost: t.exposeInt("gamesLost", { description: "负局" }),
    gameDifference: t.exposeInt("gameDifference", { description: "局数差" }),
    pointsWon: t.exposeInt("pointsWon", { description: "得分" }),
    pointsLost: t.exposeInt("pointsLost", { description: "失分" }),
    pointDifference: t.exposeInt("pointDifference", { description: "得失分差" }),
    decidedBy: t.field({
      type: GroupRankingCriterionEnum,
      description: "最终决定名次的依据",
      resolve: (row) => row.decidedBy,
    }),
    explanation: t.exposeString("explanation", {
      description: "名次说明，如“三人同积 2 胜，局数差 +3，按局数差列第 1”",
    }),
  }),
});

const GroupLotsRef = builder.objectRef<StoredTournamentDraw["groupLots"][number]>("GroupLots").implement({
  description: "小组内各项指标完全相同、以抽签决定名次的记录",
  fields: (t) => ({
    group: t.exposeString("group"),
    lotNumber: t.exposeInt("lotNumber", { description: "抽签号" }),
    drawnAt: t.field({ type: "DateTime", resolve: (lots) => new Date(lots.drawnAt) }),
    order: t.field({
      type: [TournamentEntrantRef],
      description: "抽签结果，名次靠前者在前",
      resolve: (lots, _args, context) => loadEntrants(context, lots.order),
    }),
  }),
});

const GroupTableRef = builder.objectRef<GroupTable>("GroupTable").implement({
  description: "小组积分表（按规则：胜场；三方及以上同积比局数差、得失分差；两方同积看相互间胜负；再抽签）",
  fields: (t) => ({
    group: t.exposeString("group"),
    complete: t.exposeBoolean("complete", { description: "本组比赛已全部结束，名次确定" }),
    note: t.exposeString("note", { nullable: true, description: "名次暂列时的说明" }),
    standings: t.field({ type: [GroupStandingRef], resolve: (table) => table.standings }),
    lots: t.field({ type: [GroupLotsRef], resolve: (table) => table.lots }),
  }),
});

interface BracketRound {
  round: number;
  name: string;
  matches: MatchRow[];
}
const KnockoutRoundRef = builder.objectRef<BracketRound>("KnockoutRound").implement({
  description: "淘汰赛的一轮",
  fields: (t) => ({
    round: t.exposeInt("round", { description: "第几轮，从 1 开始" }),
    name: t.exposeString("name", { description: "如“1/4 决赛”“半决赛”“决赛”" }),
    matches: t.field({ type: [MatchRef], resolve: (round) => round.matches as never }),
  }),
});

const TournamentBracketRef = builder
  .objectRef<{ size: number; rounds: BracketRound[] }>("TournamentBracket")
  .implement({
    description: "淘汰赛对阵图",
    fields: (t) => ({
      size: t.exposeInt("size", { description: "签位数" }),
      rounds: t.field({ type: [KnockoutRoundRef], resolve: (bracket) => bracket.rounds }),
    }),
  });

const TournamentStandingRef = builder.objectRef<TournamentStanding>("TournamentStanding").implement({
  description: "一个项目的最终名次（冠军、亚军、并列第三名……及小组赛出局者）",
  fields: (t) => ({
    entrant: t.field({
      type: TournamentEntrantRef,
      nullable: true,
      resolve: (row, _args, context) => loadEntrant(context, row.registrationId),
    }),
    place: t.exposeInt("place", { nullable: true, description: "名次；尚未决出时为空" }),
    sharedPlace: t.exposeBoolean("sharedPlace", { description: "并列" }),
    stageReached: t.exposeString("stageReached", { description: "止步的阶段" }),
    explanation: t.exposeString("explanation"),
  }),
});

/** Full match rows of each draw's round and category: one query for every draw of a request. */
const matchLoaders = new WeakMap<Context, DataLoader<string, MatchRow[]>>();
function matchesOfDraw(context: Context, draw: { roundId: number; categoryId: number }): Promise<MatchRow[]> {
  let loader = matchLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split(":").map(Number) as [number, number]);
      const rows = await context.prisma.match.findMany({
        where: { OR: pairs.map(([roundId, categoryId]) => ({ roundId, categoryId })) },
        orderBy: { id: "asc" },
      });
      return keys.map((key) => rows.filter((row) => `${row.roundId}:${row.categoryId}` === key) as MatchRow[]);
    });
    matchLoaders.set(context, loader);
  }
  return loader.load(`${draw.roundId}:${draw.categoryId}`);
}

builder.prismaObject("TournamentDraw", {
  description: "一个比赛项目的抽签：分组、种子、淘汰赛签位和轮空，以及全部抽签记录（可据此复核）",
  fields: (t) => ({
    id: t.exposeID("id"),
    roundId: t.exposeID("roundId"),
    categoryId: t.exposeID("categoryId"),
    drawnAt: t.expose("drawnAt", { type: "DateTime", description: "抽签时间" }),
    drawnByName: t.string({
      description: "抽签人",
      select: { drawnBy: { select: { displayName: true } } },
      resolve: (draw) => draw.drawnBy.displayName,
    }),
    mode: t.field({ type: TournamentDrawModeEnum, resolve: (draw) => storedDraw(draw.draw).mode }),
    lotNumber: t.int({
      description: "抽签号：全部抽签结果由它按公开算法得出，同一抽签号总得到同一结果",
      resolve: (draw) => storedDraw(draw.draw).lots.lotNumber,
    }),
    lotSource: t.string({
      description: "抽签号来源：“现场抽取”或“计算机随机产生”",
      resolve: (draw) => (storedDraw(draw.draw).lots.source === "ORGANIZER" ? "现场抽取" : "计算机随机产生"),
    }),
    lots: t.field({
      type: "JSON",
      description: "原始抽签结果（报名编号）：非种子抽签顺序、种子分区抽签、淘汰赛签位抽签顺序",
      resolve: (draw) => storedDraw(draw.draw).lots,
    }),
    seeds: t.field({
      type: [TournamentSeedRef],
      resolve: (draw) =>
        storedDraw(draw.draw).seeds.map((registrationId, index) => ({ seed: index + 1, registrationId })),
    }),
    groups: t.field({ type: [TournamentGroupRef], resolve: (draw) => storedDraw(draw.draw).groups }),
    knockoutSize: t.int({ description: "淘汰赛签位数", resolve: (draw) => storedDraw(draw.draw).knockout.size }),
    knockoutLines: t.field({
      type: [KnockoutLineRef],
      resolve: (draw) => storedDraw(draw.draw).knockout.lines,
    }),
    record: t.stringList({
      description: "抽签过程记录（中文），逐条说明每个种子、轮空和签位的来由",
      resolve: (draw) => storedDraw(draw.draw).record,
    }),
    separateUnits: t.boolean({
      description: "分组时是否同单位回避",
      resolve: (draw) => storedDraw(draw.draw).unitsBySeparation != null,
    }),
    redraws: t.int({ description: "重新抽签次数（原因见操作日志）", resolve: (draw) => storedDraw(draw.draw).redraws }),
    groupTables: t.field({
      type: [GroupTableRef],
      description: "各小组积分表及名次说明",
      resolve: async (draw, _args, context) => groupTables(storedDraw(draw.draw), await matchesOfDraw(context, draw)),
    }),
    bracket: t.field({
      type: TournamentBracketRef,
      description: "淘汰赛对阵图",
      resolve: async (draw, _args, context) => {
        const stored = storedDraw(draw.draw);
        const size = stored.knockout.size;
        const rows = (await matchesOfDraw(context, draw)).filter((row) => row.stage === "KNOCKOUT");
        const rounds = new Map<number, MatchRow[]>();
        for (const row of rows) {
          const at = parseKnockoutSlot(size, row.slot);
          if (at) rounds.set(at.round, [...(rounds.get(at.round) ?? []), row]);
        }
        return {
          size,
          rounds: [...rounds.entries()]
            .sort(([one], [other]) => one - other)
            .map(([round, matches]) => ({
              round,
              name: knockoutRoundName(size, round),
              matches: matches.sort(
                (one, other) =>
                  (parseKnockoutSlot(size, one.slot)?.matchNumber ?? 0) -
                  (parseKnockoutSlot(size, other.slot)?.matchNumber ?? 0),
              ),
            })),
        };
      },
    }),
    standings: t.field({
      type: [TournamentStandingRef],
      description: "最终名次：冠军、亚军、并列第三名……；未决出者名次为空",
      resolve: async (draw, _args, context) => {
        const stored = storedDraw(draw.draw);
        const [rows, entrants] = await Promise.all([
          matchesOfDraw(context, draw),
          loadEntrants(context, stored.entrants),
        ]);
        const names = new Map(entrants.map((entrant) => [entrant.registrationId, entrant.name]));
        return standingsFrom(stored, rows, (id) => names.get(id) ?? "");
      },
    }),
  }),
});

function drawVisibility(context: Context): Prisma.TournamentDrawWhereInput {
  return context.actor === null ? { round: { activity: { state: { in: [...publicTournamentStates] } } } } : {};
}

const TournamentDrawFilter = builder.inputType("TournamentDrawFilter", {
  fields: (t) => ({ ids: t.idList(), activityId: t.id(), roundId: t.id(), categoryId: t.id() }),
});

type DrawFilterShape = {
  ids?: (string | number)[] | null;
  activityId?: string | number | null;
  roundId?: string | number | null;
  categoryId?: string | number | null;
};

function drawWhere(context: Context, filter: DrawFilterShape | null | undefined): Prisma.TournamentDrawWhereInput {
  const and: Prisma.TournamentDrawWhereInput[] = [drawVisibility(context)];
  if (filter?.ids) and.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId) and.push({ round: { activityId } });
  const roundId = optionalRowId(filter?.roundId);
  if (roundId) and.push({ roundId });
  const categoryId = optionalRowId(filter?.categoryId);
  if (categoryId) and.push({ categoryId });
  return { AND: and };
}

const drawSortable = {
  id: (direction: "asc" | "desc") => ({ id: direction }),
  drawnAt: (direction: "asc" | "desc") => ({ drawnAt: direction }),
  categoryId: (direction: "asc" | "desc") => ({ categoryId: direction }),
} satisfies Record<string, (direction: "asc" | "desc") => Prisma.TournamentDrawOrderByWithRelationInput>;

const drawListArgs = listArguments(TournamentDrawFilter);

builder.queryFields((t) => ({
  tournamentDraw: t.prismaField({
    type: "TournamentDraw",
    nullable: true,
    description: "某比赛轮次中某项目的抽签（含分组、签表、积分表、对阵图）；尚未抽签时为空",
    args: { roundId: t.arg.id({ required: true }), categoryId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const event = await findTournamentEvent(context, rowId(args.roundId), rowId(args.categoryId));
      return context.prisma.tournamentDraw.findUnique({
        ...query,
        where: { roundId_categoryId: { roundId: event.round.id, categoryId: event.category.id } },
      });
    },
  }),
  allTournamentDraws: t.prismaField({
    type: ["TournamentDraw"],
    args: drawListArgs,
    resolve: (query, _root, args, context) =>
      context.prisma.tournamentDraw.findMany({
        ...query,
        where: drawWhere(context, args.filter),
        orderBy: [
          ...orderOf<Prisma.TournamentDrawOrderByWithRelationInput>(args as ListArguments, drawSortable, "id"),
          { id: "asc" },
        ],
        ...pageOf(args as ListArguments),
      }),
  }),
  _allTournamentDrawsMeta: t.field({
    type: ListMetadata,
    args: drawListArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.tournamentDraw.count({ where: drawWhere(context, args.filter) }),
    }),
  }),
  TournamentDraw: t.prismaField({
    type: "TournamentDraw",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const draw = await context.prisma.tournamentDraw.findFirst({
        ...query,
        where: { AND: [{ id: rowId(args.id) }, drawVisibility(context)] },
      });
      if (!draw) throw new DomainError("NOT_FOUND");
      return draw;
    },
  }),
}));

builder.mutationFields((t) => ({
  drawTournament: t.prismaField({
    type: "TournamentDraw",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    description:
      "抽签（主办部门）：已确认的选手分组（种子按顺序领衔各组，其余抽签）并排定淘汰赛签位（轮空给排名最前的种子），生成全部比赛；已抽签的须填写原因才能重抽，已有比分的不能重抽",
    args: {
      roundId: t.arg.id({ required: true }),
      categoryId: t.arg.id({ required: true }),
      mode: t.arg({ type: TournamentDrawModeEnum, description: "默认小组循环赛后淘汰赛" }),
      seedRegistrationIds: t.arg.idList({ description: "种子的报名编号，1 号种子在前" }),
      lotNumber: t.arg.int({ description: "现场抽取的抽签号（0–2147483647）；不填由计算机随机产生" }),
      reason: t.arg.string({ description: "重新抽签的原因" }),
      separateUnits: t.arg.boolean({
        description: "同单位分组回避：同一单位的选手尽量分在不同小组（默认是）",
      }),
    },
    resolve: async (query, _root, args, context) => {
      const { id } = await drawTournament(context, {
        roundId: rowId(args.roundId),
        categoryId: rowId(args.categoryId),
        mode: args.mode ?? "GROUPS_KNOCKOUT",
        seedRegistrationIds: (args.seedRegistrationIds ?? []).map(rowId),
        lotNumber: args.lotNumber ?? null,
        reason: args.reason ?? null,
        separateUnits: args.separateUnits ?? true,
      });
      return context.prisma.tournamentDraw.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
