import { approvalLevelLabels, registrationReviewActionLabels } from "@jinzhou/domain";
import { resubmitRegistration, reviewRegistration } from "../../registrations/review-registration.ts";
import { builder } from "../builder.ts";
import { rowId } from "../list-args.ts";
import { enumFrom, RoleEnum } from "./enums.ts";

export const ApprovalLevelEnum = enumFrom("ApprovalLevel", approvalLevelLabels);
export const ApprovalActionEnum = enumFrom("ApprovalAction", registrationReviewActionLabels);
const ReviewActionEnum = builder.enumType("RegistrationReviewAction", {
  values: {
    APPROVE: { description: registrationReviewActionLabels.APPROVE },
    RETURN: { description: registrationReviewActionLabels.RETURN },
    REJECT: { description: registrationReviewActionLabels.REJECT },
  },
});

builder.prismaObject("Approval", {
  description: "审核记录：审核链中的一次决定（同意、退回、不通过）或一次修改后重新提交",
  fields: (t) => ({
    id: t.exposeID("id"),
    submission: t.exposeInt("submission", { description: "第几次提交" }),
    level: t.expose("level", { type: ApprovalLevelEnum, nullable: true, description: "审核级别；重新提交时为空" }),
    action: t.expose("action", { type: ApprovalActionEnum }),
    actorName: t.string({
      description: "审核人（或提交人）的姓名",
      select: { actor: { select: { displayName: true } } },
      resolve: (approval) => approval.actor.displayName,
    }),
    actorRole: t.expose("actorRole", { type: RoleEnum }),
    reason: t.exposeString("reason", { nullable: true, description: "退回原因、不通过原因、审核意见或重新提交说明" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectField("Registration", "approvals", (t) =>
  t.relation("approvals", {
    description: "审核记录，按时间先后",
    query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  }),
);

builder.mutationFields((t) => ({
  reviewRegistration: t.prismaField({
    type: "Registration",
    authScopes: { role: ["UNIT_ADMIN", "ORGANIZER"] },
    description:
      "审核报名：在报名所处的审核级别同意、退回（须填写原因）或不通过（须填写原因）；最后一级同意后自动确认或进入候补",
    args: {
      id: t.arg.id({ required: true }),
      action: t.arg({ type: ReviewActionEnum, required: true }),
      reason: t.arg.string({ description: "退回原因、不通过原因或审核意见" }),
      version: t.arg.int({ description: "读取时的 version；不一致时拒绝" }),
    },
    resolve: async (query, _root, args, context) => {
      const reviewed = await reviewRegistration(
        context,
        rowId(args.id),
        args.action,
        args.reason ?? null,
        args.version ?? null,
      );
      return context.prisma.registration.findUniqueOrThrow({ ...query, where: { id: reviewed.id } });
    },
  }),
  resubmitRegistration: t.prismaField({
    type: "Registration",
    authScopes: { role: ["WORKER", "UNIT_ADMIN"] },
    description: "已退回的报名修改后重新提交：回到审核流程的第一级",
    args: {
      id: t.arg.id({ required: true }),
      note: t.arg.string({ description: "修改说明" }),
      version: t.arg.int({ description: "读取时的 version；不一致时拒绝" }),
    },
    resolve: async (query, _root, args, context) => {
      const resubmitted = await resubmitRegistration(context, rowId(args.id), args.note ?? null, args.version ?? null);
      return context.prisma.registration.findUniqueOrThrow({ ...query, where: { id: resubmitted.id } });
    },
  }),
}));
