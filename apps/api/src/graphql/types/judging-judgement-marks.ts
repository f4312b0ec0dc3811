// Judgement marks (评价分，世赛评分法): the round's rule, each judge's sheet with the entry's spreads
// as the viewer may see them, the organizer's overview, and the judge's submission.
import {
  DomainError,
  defaultJudgementJudgeCount,
  defaultJudgementMaxSpread,
  type Fraction,
  type JudgementAspectView,
  type JudgementEntryView,
  type JudgementMarksRule,
  type JudgementSheetState,
  judgementEntryView,
  judgementSheetStateLabels,
} from "@jinzhou/domain";
import type { Context } from "../../context.ts";
import { judgementMarksResultLabel } from "../../judging/judgement-marks-results.ts";
import {
  entryJudgementAssignments,
  judgementRoundEntries,
  judgementSheetOf,
  judgementStateOf,
} from "../../judging/judgement-marks-state.ts";
import { findRound, judgementRuleOf, requireRoundManager, roundDefinitionOf } from "../../judging/judging-access.ts";
import { submitJudgementMarks } from "../../judging/submit-judgement-marks.ts";
import { requireActor } from "../../organizations/organization-scope.ts";
import { builder } from "../builder.ts";
import { rowId } from "../list-args.ts";
import { enumFrom } from "./enums.ts";
import { managers } from "./judging.ts";

const JudgementSheetStateEnum = enumFrom("JudgementSheetState", judgementSheetStateLabels);

const JudgementAspectRef = builder.objectRef<{ key: string; name: string }>("JudgementAspect").implement({
  description: "评价要点",
  fields: (t) => ({
    key: t.exposeString("key", { description: "评价要点代码，提交评价分时使用" }),
    name: t.exposeString("name"),
  }),
});

const JudgementMarksRuleRef = builder.objectRef<JudgementMarksRule>("JudgementMarksRule").implement({
  description: "评价分（世赛评分法）规则：每名评委对每个评价要点打 0、1、2、3 分",
  fields: (t) => ({
    aspects: t.field({ type: [JudgementAspectRef], resolve: (rule) => [...rule.aspects] }),
    judgeCount: t.int({
      description: "每个参赛对象的评委人数",
      resolve: (rule) => rule.judgeCount ?? defaultJudgementJudgeCount,
    }),
    maxSpread: t.int({
      description: "同一评价要点评委打分允许的最大差值；超过时须由评委协商一致后才能锁定",
      resolve: (rule) => rule.maxSpread ?? defaultJudgementMaxSpread,
    }),
    resultRule: t.string({ description: "本轮结果的计算方式", resolve: () => judgementMarksResultLabel }),
  }),
});

interface JudgeMarkShape {
  judgeUserId: number;
  judgeName: string;
  mark: number;
}

const JudgeMarkRef = builder.objectRef<JudgeMarkShape>("JudgementMarkOfJudge").implement({
  description: "一名评委对一个评价要点的评价分",
  fields: (t) => ({
    judgeUserId: t.exposeID("judgeUserId"),
    judgeName: t.exposeString("judgeName"),
    mark: t.exposeInt("mark"),
  }),
});

interface AspectShape extends Omit<JudgementAspectView, "marks" | "mean"> {
  marks: JudgeMarkShape[];
  mean: Fraction | null;
}

const JudgementAspectViewRef = builder.objectRef<AspectShape>("JudgementAspectMarks").implement({
  description:
    "一个参赛对象在一个评价要点上的评分情况；评委提交自己的评价分之前看不到其他评委的分数和差值，提交之后可以看到已提交评委的分数和差值",
  fields: (t) => ({
    aspectKey: t.exposeString("aspectKey"),
    name: t.exposeString("name"),
    ownMark: t.exposeInt("ownMark", { nullable: true, description: "这张评价分表的评委给出的分数；未提交时为空" }),
    spread: t.exposeInt("spread", {
      nullable: true,
      description: "已提交的评委中最高分与最低分之差；无权查看时为空",
    }),
    needsResolution: t.exposeBoolean("needsResolution", {
      description: "差值超过允许的最大差值，须由评委协商后修改",
    }),
    marks: t.field({ type: [JudgeMarkRef], description: "已提交评委的分数；无权查看时为空", resolve: (a) => a.marks }),
    mean: t.string({
      nullable: true,
      description: "全部评委提交后的平均分，精确值（如 7/3）",
      resolve: (aspect) => aspect.mean?.toString() ?? null,
    }),
    meanDisplay: t.string({
      nullable: true,
      description: "平均分，保留两位小数",
      resolve: (aspect) => aspect.mean?.toFixed(2) ?? null,
    }),
  }),
});

interface SheetShape {
  assignmentId: number;
  registrationId: number;
  state: JudgementSheetState;
  total: string | null;
  view: JudgementEntryView;
  aspects: AspectShape[];
  waitingForJudges: string[];
}

const JudgementMarksSheetRef = builder.objectRef<SheetShape>("JudgementMarksSheet").implement({
  description:
    "评价分表：一名评委对一个参赛对象的评价分，以及该参赛对象各评价要点的差值；全部评委提交且没有超差的要点时一并锁定",
  fields: (t) => ({
    assignmentId: t.exposeID("assignmentId"),
    registrationId: t.exposeID("registrationId"),
    state: t.field({ type: JudgementSheetStateEnum, resolve: (sheet) => sheet.state }),
    stateLabel: t.string({ resolve: (sheet) => judgementSheetStateLabels[sheet.state] }),
    total: t.exposeString("total", { nullable: true, description: "这名评委给出的分数之和" }),
    locked: t.boolean({ description: "该参赛对象的评价分已全部锁定", resolve: (sheet) => sheet.view.locked }),
    needsResolution: t.boolean({
      description: "有评价要点的评委打分差值超过允许的最大差值，须协商后修改",
      resolve: (sheet) => sheet.view.needsResolution,
    }),
    othersVisible: t.boolean({
      description: "能否看到其他评委的分数和差值（评委提交自己的评价分后可以看到）",
      resolve: (sheet) => sheet.view.othersVisible,
    }),
    waitingForJudges: t.stringList({
      description: "尚未提交（或解锁后尚未重新提交）的评委；无权查看时为空",
      resolve: (sheet) => sheet.waitingForJudges,
    }),
    aspects: t.field({ type: [JudgementAspectViewRef], resolve: (sheet) => sheet.aspects }),
  }),
});

interface EntryMarksShape {
  registrationId: number;
  entryName: string;
  view: JudgementEntryView;
  aspects: AspectShape[];
  waitingForJudges: string[];
}

const JudgementEntryMarksRef = builder.objectRef<EntryMarksShape>("JudgementEntryMarks").implement({
  description: "一个参赛对象的评价分（主办部门查看）：各评价要点的评委分数、差值、平均分",
  fields: (t) => ({
    registrationId: t.exposeID("registrationId"),
    entryName: t.exposeString("entryName"),
    locked: t.boolean({ resolve: (entry) => entry.view.locked }),
    needsResolution: t.boolean({ resolve: (entry) => entry.view.needsResolution }),
    waitingForJudges: t.exposeStringList("waitingForJudges"),
    aspects: t.field({ type: [JudgementAspectViewRef], resolve: (entry) => entry.aspects }),
  }),
});

/** Per request: a round's judgement-marks rule (null for other rounds), read once. */
const rulesByContext = new WeakMap<Context, Map<number, Promise<JudgementMarksRule | null>>>();

function ruleOfRound(context: Context, roundId: number): Promise<JudgementMarksRule | null> {
  const cache = rulesByContext.get(context) ?? new Map<number, Promise<JudgementMarksRule | null>>();
  rulesByContext.set(context, cache);
  const known = cache.get(roundId);
  if (known) return known;
  const loading = findRound(context, roundId).then((round) => judgementRuleOf(round, roundDefinitionOf(round)));
  cache.set(roundId, loading);
  return loading;
}

function aspectsWithNames(
  view: JudgementEntryView,
  nameOf: ReadonlyMap<number, string>,
  ownMarks: Readonly<Record<string, string>> | null,
): AspectShape[] {
  return view.aspects.map((aspect) => {
    const own = ownMarks?.[aspect.aspectKey];
    return {
      ...aspect,
      ownMark: own === undefined ? null : Number(own),
      marks: aspect.marks.map((mark) => ({
        judgeUserId: mark.judgeId,
        judgeName: nameOf.get(mark.judgeId) ?? String(mark.judgeId),
        mark: mark.mark,
      })),
    };
  });
}

builder.prismaObjectField("Round", "judgementMarks", (t) =>
  t.field({
    type: JudgementMarksRuleRef,
    nullable: true,
    description: "评价分（世赛评分法）轮次的规则；其他轮次为空",
    select: { id: true },
    resolve: (round, _args, context) => ruleOfRound(context, round.id),
  }),
);

builder.prismaObjectField("JudgeAssignment", "judgementMarks", (t) =>
  t.field({
    type: JudgementMarksSheetRef,
    nullable: true,
    description:
      "评价分轮次中这名评委的评价分表和该参赛对象各要点的差值；评委提交自己的评价分之前看不到其他评委的分数；其他轮次为空",
    select: { id: true, roundId: true, registrationId: true, judgeUserId: true },
    resolve: async (row, _args, context) => {
      const actor = requireActor(context);
      const rule = await ruleOfRound(context, row.roundId);
      if (!rule) return null;
      const rows = await entryJudgementAssignments(context.prisma, row.roundId, row.registrationId);
      const judges = rows.map((candidate) => ({ judgeId: candidate.judgeUserId, name: candidate.judge.displayName }));
      const sheets = rows.flatMap((candidate) => {
        const sheet = judgementSheetOf(candidate);
        return sheet ? [sheet] : [];
      });
      const own = rows.find((candidate) => candidate.id === row.id);
      // A judge sees the entry from their own sheet; the round's managers see everything.
      const view = judgementEntryView(
        rule,
        judges,
        sheets,
        actor.role === "JUDGE" ? { kind: "JUDGE", judgeId: row.judgeUserId } : { kind: "MANAGER" },
      );
      const nameOf = new Map(judges.map((judge) => [judge.judgeId, judge.name]));
      return {
        assignmentId: row.id,
        registrationId: row.registrationId,
        state: judgementStateOf(own?.score),
        total: own?.score?.total ?? null,
        view,
        aspects: aspectsWithNames(view, nameOf, (own?.score?.criterionScores ?? null) as Record<string, string> | null),
        waitingForJudges: view.othersVisible
          ? view.waitingForJudgeIds.map((judgeId) => nameOf.get(judgeId) ?? String(judgeId))
          : [],
      };
    },
  }),
);

builder.queryFields((t) => ({
  roundJudgementMarks: t.field({
    type: [JudgementEntryMarksRef],
    authScopes: { role: managers },
    description: "评价分轮次每个参赛对象的评价分：各要点评委分数、差值、是否须协商、平均分，是否已锁定（主办部门）",
    args: { roundId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const round = await findRound(context, rowId(args.roundId));
      await requireRoundManager(context, round);
      const rule = judgementRuleOf(round, roundDefinitionOf(round));
      if (!rule) throw new DomainError("ROUND_KIND_MISMATCH", [], `“${round.name}”不是评价分（世赛评分法）轮次`);
      const entries = await judgementRoundEntries(context.prisma, round);
      return entries.map((entry) => {
        const view = judgementEntryView(rule, entry.judges, entry.sheets, { kind: "MANAGER" });
        const nameOf = new Map(entry.judges.map((judge) => [judge.judgeId, judge.name]));
        return {
          registrationId: entry.entryId,
          entryName: entry.name,
          view,
          aspects: aspectsWithNames(view, nameOf, null),
          waitingForJudges: view.waitingForJudgeIds.map((judgeId) => nameOf.get(judgeId) ?? String(judgeId)),
        };
      });
    },
  }),
}));

const JudgementMarkInput = builder.inputType("JudgementMarkInput", {
  fields: (t) => ({
    aspectKey: t.string({ required: true }),
    mark: t.string({ required: true, description: "评价分：0、1、2、3 中的一个整数" }),
  }),
});

builder.mutationFields((t) => ({
  submitJudgementMarks: t.prismaField({
    type: "JudgeAssignment",
    authScopes: { role: ["JUDGE"] },
    description:
      "评委提交或修改评价分（世赛评分法）：每个评价要点 0、1、2、3 分；同一要点评委打分相差超过允许的最大差值时须协商修改，全部评委提交且没有超差时一并锁定；idempotencyKey 由客户端为每次提交生成，重试时原样带回",
    args: {
      assignmentId: t.arg.id({ required: true }),
      marks: t.arg({ type: [JudgementMarkInput], required: true }),
      idempotencyKey: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const marks: Record<string, string> = {};
      for (const item of args.marks) {
        if (Object.hasOwn(marks, item.aspectKey)) {
          throw new DomainError("BAD_REQUEST", [], `评价要点「${item.aspectKey}」出现了两次`);
        }
        marks[item.aspectKey] = item.mark;
      }
      const assignmentId = rowId(args.assignmentId);
      await submitJudgementMarks(context, { assignmentId, marks, idempotencyKey: args.idempotencyKey });
      return context.prisma.judgeAssignment.findUniqueOrThrow({ ...query, where: { id: assignmentId } });
    },
  }),
}));
