import { activityMilestoneLabels } from "@jinzhou/domain";
import {
  type DashboardActivity,
  type DashboardDeadline,
  type DashboardDepartment,
  type DashboardOrganization,
  type ParticipationFigures,
  type YearDashboard,
  yearDashboard,
} from "../../dashboard/year-dashboard.ts";
import { builder } from "../builder.ts";
import { ActivityKindEnum, ActivityStateEnum } from "./activity.ts";
import { enumFrom, OrganizationKindEnum } from "./enums.ts";

const ActivityMilestoneEnum = enumFrom("ActivityMilestone", activityMilestoneLabels);
const ParticipationScopeEnum = enumFrom("ParticipationScope", {
  ALL: "全部报名",
  DEPARTMENT: "本部门主办活动的报名",
  SUBTREE: "本组织及下级组织的报名",
});

const ParticipationFiguresRef = builder.objectRef<ParticipationFigures>("ParticipationFigures").implement({
  description:
    "参与情况：参赛人次（有效报名中的职工，同一活动只计一次），其中青年职工（当年 12 月 31 日不满 36 周岁）和非公有制企业职工的人次与占比",
  fields: (t) => ({
    entrants: t.exposeInt("entrants", { description: "参赛人次" }),
    youngEntrants: t.exposeInt("youngEntrants", { description: "青年职工人次" }),
    nonPublicEntrants: t.exposeInt("nonPublicEntrants", { description: "非公有制企业职工人次" }),
    youngShare: t.exposeFloat("youngShare", {
      nullable: true,
      description: "青年职工占比（百分数，一位小数，四舍五入；无人参赛时为 null）",
    }),
    nonPublicShare: t.exposeFloat("nonPublicShare", {
      nullable: true,
      description: "非公有制企业职工占比（百分数，一位小数，四舍五入；无人参赛时为 null）",
    }),
  }),
});

const DashboardDeadlineRef = builder.objectRef<DashboardDeadline>("DashboardDeadline").implement({
  description: "活动的一个时间节点",
  fields: (t) => ({
    milestone: t.expose("milestone", { type: ActivityMilestoneEnum }),
    dueOn: t.exposeString("dueOn", { description: "日期 YYYY-MM-DD（中国时间）" }),
    daysLeft: t.exposeInt("daysLeft", { description: "距今天数：0 为今天到期，负数为已逾期天数" }),
  }),
});

const DashboardActivityRef = builder.objectRef<DashboardActivity>("DashboardActivity").implement({
  description: "工作台上的一项活动：状态、完成时限、逾期情况和参与情况",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: ActivityKindEnum }),
    state: t.expose("state", { type: ActivityStateEnum }),
    completedBy: t.exposeString("completedBy", { nullable: true, description: "完成时限 YYYY-MM-DD" }),
    deadlinePhrase: t.exposeString("deadlinePhrase", {
      nullable: true,
      description: "任务分解表中的时限，如“四月末前”",
    }),
    overdue: t.field({
      type: DashboardDeadlineRef,
      nullable: true,
      description: "逾期最久的未完成节点；没有逾期为 null（节点当天仍算按期）",
      resolve: (activity) => activity.overdue,
    }),
    dueSoon: t.field({
      type: DashboardDeadlineRef,
      nullable: true,
      description: "七天内到期的最近节点（已有逾期时为 null）",
      resolve: (activity) => activity.dueSoon,
    }),
    participation: t.field({
      type: ParticipationFiguresRef,
      nullable: true,
      description: "本活动的参与情况；无权查看其报名时为 null（主办部门账号看其他部门的活动）",
      resolve: (activity) => activity.participation,
    }),
  }),
});

const DashboardDepartmentRef = builder.objectRef<DashboardDepartment>("DashboardDepartment").implement({
  description: "一个主办部门当年的活动",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    overdueCount: t.exposeInt("overdueCount", { description: "有逾期节点的活动数" }),
    activities: t.field({
      type: [DashboardActivityRef],
      description: "按完成时限排序，未定时限的在后",
      resolve: (department) => department.activities,
    }),
  }),
});

const DashboardOrganizationRef = builder.objectRef<DashboardOrganization>("DashboardOrganization").implement({
  description: "一个下级组织（含其全部下级）的参与情况",
  fields: (t) => ({
    organizationId: t.exposeID("organizationId"),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: OrganizationKindEnum }),
    direct: t.exposeBoolean("direct", { description: "为 true 时是本级直属单位的报名，而不是某个下级组织" }),
    participation: t.field({ type: ParticipationFiguresRef, resolve: (row) => row.participation }),
  }),
});

const YearDashboardRef = builder.objectRef<YearDashboard>("YearDashboard").implement({
  description: "工作台：一个年度的活动进度（按主办部门）和职工参与情况",
  fields: (t) => ({
    year: t.exposeInt("year"),
    today: t.exposeString("today", { description: "今天（中国时间），逾期按此计算" }),
    referenceDate: t.exposeString("referenceDate", { description: "计算青年职工年龄的日期（当年 12 月 31 日）" }),
    participationScope: t.expose("participationScope", { type: ParticipationScopeEnum }),
    scopeOrganizationId: t.exposeID("scopeOrganizationId"),
    scopeOrganizationName: t.exposeString("scopeOrganizationName", { description: "按其下级组织分组统计的组织" }),
    departments: t.field({
      type: [DashboardDepartmentRef],
      description: "有当年活动的主办部门，按部门顺序",
      resolve: (dashboard) => dashboard.departments,
    }),
    total: t.field({ type: ParticipationFiguresRef, description: "合计", resolve: (dashboard) => dashboard.total }),
    organizations: t.field({
      type: [DashboardOrganizationRef],
      description: "各下级组织（市总工会看各县(市)区总工会和产业工会）的参与情况，含零人次的组织",
      resolve: (dashboard) => dashboard.organizations,
    }),
  }),
});

builder.queryFields((t) => ({
  dashboard: t.field({
    type: YearDashboardRef,
    description:
      "工作台（系统管理员、主办部门、单位管理员）：当年活动按主办部门的进度和逾期，以及参与情况。参与数字按可见的报名统计：管理员全部，主办部门本部门的活动，单位管理员本组织及下级",
    authScopes: { role: ["ADMIN", "ORGANIZER", "UNIT_ADMIN"] },
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, args, context) => yearDashboard(context, args.year),
  }),
}));
