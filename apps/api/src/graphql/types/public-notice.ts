import { activityStateLabels, describePublicNoticePeriod, weekdayNameOf } from "@jinzhou/domain";
import { finalizeResults } from "../../public-notices/finalize-results.ts";
import { periodOfNotice } from "../../public-notices/notice-period.ts";
import { publishForNotice } from "../../public-notices/publish-for-notice.ts";
import { withdrawNotice } from "../../public-notices/withdraw-notice.ts";
import { publishedStates, resultActivityScope } from "../../results/result-scope.ts";
import { builder } from "../builder.ts";
import { rowId } from "../list-args.ts";

const WorkingDate = builder.objectRef<{ date: string }>("NoticeWorkingDate").implement({
  description: "公示期内的一个工作日",
  fields: (t) => ({
    date: t.exposeString("date", { description: "YYYY-MM-DD（中国时间）" }),
    weekday: t.string({ description: "星期几", resolve: (day) => weekdayNameOf(day.date) }),
  }),
});

builder.prismaObject("PublicNotice", {
  description: "结果公示：公示期按工作日计算（扣除法定节假日，计入调休上班日），自发布次日起算",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    activityName: t.string({
      select: { activity: { select: { name: true } } },
      resolve: (notice) => notice.activity.name,
    }),
    current: t.boolean({
      description: "是否为当前公示（撤回的公示为 false）",
      select: { currentForActivityId: true },
      resolve: (notice) => notice.currentForActivityId !== null,
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
    publishedOn: t.exposeString("publishedOn", { description: "发布日期（中国时间）" }),
    workingDays: t.exposeInt("workingDays", { description: "公示期（工作日）" }),
    firstDay: t.exposeString("firstDay", { description: "公示期第 1 个工作日" }),
    endDate: t.exposeString("endDate", { description: "公示截止日期（当日 24 时止）" }),
    workingDates: t.field({
      type: [WorkingDate],
      description: "公示期内的各个工作日，便于核对",
      select: { workingDates: true },
      resolve: (notice) => (notice.workingDates as string[]).map((date) => ({ date })),
    }),
    description: t.string({
      description: "如“公示期：2015年10月8日至2015年10月13日（5 个工作日）”",
      select: {
        publishedAt: true,
        publishedOn: true,
        workingDays: true,
        firstDay: true,
        endDate: true,
        workingDates: true,
      },
      resolve: (notice) => describePublicNoticePeriod(periodOfNotice(notice)),
    }),
    withdrawnAt: t.expose("withdrawnAt", { type: "DateTime", nullable: true }),
    withdrawalReason: t.exposeString("withdrawalReason", { nullable: true }),
  }),
});

interface PublishedActivityShape {
  id: number;
  code: string;
  name: string;
  state: string;
  year: number;
  department: { name: string };
}

const PublishedActivity = builder.objectRef<PublishedActivityShape>("PublishedActivity").implement({
  description: "结果公示中或已发布结果的活动（公众可见）",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    state: t.exposeString("state", { description: "PUBLIC_NOTICE（结果公示）或 FINAL（已发布）" }),
    stateLabel: t.string({
      resolve: (activity) => activityStateLabels[activity.state as keyof typeof activityStateLabels],
    }),
    year: t.exposeInt("year"),
    departmentName: t.string({ description: "主办部门", resolve: (activity) => activity.department.name }),
  }),
});

builder.queryFields((t) => ({
  publishedActivities: t.field({
    type: [PublishedActivity],
    description: "结果公示中或已发布结果的活动，公众查看成绩和公示的入口（无需登录）",
    args: { year: t.arg.int() },
    resolve: (_root, args, context) =>
      context.prisma.activity.findMany({
        where: {
          state: { in: [...publishedStates] },
          ...(typeof args.year === "number" ? { year: args.year } : {}),
        },
        select: { id: true, code: true, name: true, state: true, year: true, department: { select: { name: true } } },
        orderBy: [{ stateChangedAt: "desc" }, { id: "desc" }],
        take: 200,
      }),
  }),
  publicNotice: t.prismaField({
    type: "PublicNotice",
    nullable: true,
    description: "活动当前的结果公示（公众可查看结果公示中和已发布的活动）",
    args: { activityId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.publicNotice.findFirst({
        ...query,
        where: { currentForActivityId: rowId(args.activityId), activity: await resultActivityScope(context) },
      }),
  }),
}));

builder.mutationFields((t) => ({
  publishResultsForNotice: t.prismaField({
    type: "PublicNotice",
    description: "发布结果公示：活动由“评审中”转为“结果公示”，并按节假日安排计算公示期",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: { activityId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const notice = await publishForNotice(context, rowId(args.activityId));
      return context.prisma.publicNotice.findUniqueOrThrow({ ...query, where: { id: notice.id } });
    },
  }),
  withdrawPublicNotice: t.prismaField({
    type: "PublicNotice",
    nullable: true,
    description: "撤回公示、重新评审：活动回到“评审中”，须填写原因",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: { activityId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const notice = await withdrawNotice(context, rowId(args.activityId), args.reason);
      return notice ? context.prisma.publicNotice.findUniqueOrThrow({ ...query, where: { id: notice.id } }) : null;
    },
  }),
  finalizeResults: t.prismaField({
    type: "Activity",
    description: "正式发布结果：公示期满、异议全部处理、重新评审完成后，活动转为“已发布”",
    authScopes: { role: ["ADMIN", "ORGANIZER"] },
    args: { activityId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const activity = await finalizeResults(context, rowId(args.activityId));
      return context.prisma.activity.findUniqueOrThrow({ ...query, where: { id: activity.id } });
    },
  }),
}));
