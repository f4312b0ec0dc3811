import {
  type PortalActivityView,
  type PortalCategoryView,
  type PortalRoundView,
  publicActivities,
  publicActivity,
} from "../../activities/public-activities.ts";
import { builder } from "../builder.ts";
import { ActivityKindEnum, ActivityStateEnum, EntrantTypeEnum } from "./activity.ts";

const PortalRound = builder.objectRef<PortalRoundView>("PortalRound").implement({
  description: "职工活动页面上公众可以关注的一个轮次：实时成绩、网络投票或赛程对阵",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    kind: t.exposeString("kind", { description: "CRITERIA_SCORING、EXAM、PUBLIC_VOTE 或 MATCHES" }),
    opensAt: t.expose("opensAt", { type: "DateTime", nullable: true, description: "投票开始时间（仅网络投票）" }),
    closesAt: t.expose("closesAt", {
      type: "DateTime",
      nullable: true,
      description: "投票结束时间，不含（仅网络投票）",
    }),
    isOpen: t.exposeBoolean("isOpen", {
      description: "网络投票：现在可以投票；实时成绩和赛程：活动评审中，成绩还在更新",
    }),
  }),
});

const PortalCategory = builder.objectRef<PortalCategoryView>("PortalCategory").implement({
  description: "活动的一个组别/工种/项目，及其剩余名额和候补人数",
  fields: (t) => ({
    id: t.exposeID("id"),
    key: t.exposeString("key"),
    name: t.exposeString("name"),
    entrantType: t.field({ type: EntrantTypeEnum, resolve: (category) => category.entrantType }),
    capacity: t.exposeInt("capacity", { nullable: true, description: "名额；为空表示不限" }),
    placesLeft: t.exposeInt("placesLeft", {
      nullable: true,
      description: "剩余名额：名额减去已确认的报名；不限名额时为空",
    }),
    waitingCount: t.exposeInt("waitingCount", { description: "候补人数" }),
    selfRegistration: t.exposeBoolean("selfRegistration", {
      description: "职工可自行报名（个人、双打或队伍）；项目申报见 projectDeclarationOpen",
    }),
    minMembers: t.exposeInt("minMembers", { nullable: true, description: "双打/队伍/项目的最少人数；个人为空" }),
    maxMembers: t.exposeInt("maxMembers", {
      nullable: true,
      description: "双打/队伍/项目的最多人数；个人或不限时为空",
    }),
  }),
});

const PortalActivity = builder.objectRef<PortalActivityView>("PortalActivity").implement({
  description: "职工活动页面（公众，无需登录）看到的活动：能否报名、推荐、申报，各组别名额，可关注的轮次",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    kind: t.field({ type: ActivityKindEnum, resolve: (activity) => activity.kind }),
    kindLabel: t.exposeString("kindLabel", { description: "活动类型，如“职业技能大赛”" }),
    state: t.field({ type: ActivityStateEnum, resolve: (activity) => activity.state }),
    stateLabel: t.exposeString("stateLabel", { description: "活动状态，如“报名中”" }),
    departmentName: t.exposeString("departmentName", { description: "主办部门" }),
    year: t.exposeInt("year"),
    registrationOpensOn: t.exposeString("registrationOpensOn", { nullable: true, description: "报名开始日期" }),
    registrationClosesOn: t.exposeString("registrationClosesOn", {
      nullable: true,
      description: "报名截止日期（含当天）",
    }),
    judgingEndsOn: t.exposeString("judgingEndsOn", { nullable: true, description: "评审结束日期" }),
    completedBy: t.exposeString("completedBy", { nullable: true, description: "完成时限" }),
    deadlinePhrase: t.exposeString("deadlinePhrase", { nullable: true, description: "时限说法，如“四月末前”" }),
    selfRegistrationOpen: t.exposeBoolean("selfRegistrationOpen", {
      description: "报名中、未过截止日，且有组别接受职工自行报名",
    }),
    publicRecommendationOpen: t.exposeBoolean("publicRecommendationOpen", {
      description: "报名中、未过截止日，且接受公众推荐（最美劳动者）",
    }),
    projectDeclarationOpen: t.exposeBoolean("projectDeclarationOpen", {
      description: "报名中、未过截止日，且职工可自行申报项目（创新工作奖）",
    }),
    resultsPublished: t.exposeBoolean("resultsPublished", { description: "结果公示中或已发布" }),
    categories: t.field({ type: [PortalCategory], resolve: (activity) => activity.categories }),
    liveRounds: t.field({
      type: [PortalRound],
      description: "公众现在可以观看实时成绩榜的评审/考试轮次（评审中及以后）",
      resolve: (activity) => activity.liveRounds,
    }),
    publicVoteRounds: t.field({
      type: [PortalRound],
      description: "已排定时间的网络投票轮次",
      resolve: (activity) => activity.publicVoteRounds,
    }),
    tournamentRounds: t.field({
      type: [PortalRound],
      description: "已抽签、公众可查看赛程和对阵的比赛轮次（报名截止后）",
      resolve: (activity) => activity.tournamentRounds,
    }),
  }),
});

/** A positive whole row id, or null for anything else (an unknown activity reads as absent). */
function activityIdOf(id: string | number): number | null {
  const value = Number(id);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

builder.queryFields((t) => ({
  publicActivities: t.field({
    type: [PortalActivity],
    description:
      "职工活动页面的活动列表（无需登录）：草稿以外的全部活动，报名中的在前，其次评审中、结果公示、报名截止、已发布；最多 200 项",
    args: { year: t.arg.int() },
    resolve: (_root, args, context) => publicActivities(context, args.year ?? null),
  }),
  publicActivity: t.field({
    type: PortalActivity,
    nullable: true,
    description: "职工活动页面的一项活动（无需登录）；草稿或不存在时为空",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      const id = activityIdOf(args.id);
      return id === null ? null : publicActivity(context, id);
    },
  }),
}));
