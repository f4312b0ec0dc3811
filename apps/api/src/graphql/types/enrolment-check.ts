import { type EnrolmentCheck, type EnrolmentWorkerCheck, enrolmentCheck } from "../../registrations/enrolment-check.ts";
import { builder } from "../builder.ts";
import { optionalRowId, rowId } from "../list-args.ts";
import { Reason } from "./activity.ts";

const EnrolmentWorkerCheckRef = builder.objectRef<EnrolmentWorkerCheck>("EnrolmentWorkerCheck").implement({
  description: "单位报名前的试算：一名职工能否报名该组别，不能时的全部原因",
  fields: (t) => ({
    workerId: t.id({ resolve: (check) => check.workerId }),
    workerName: t.exposeString("workerName"),
    organizationName: t.exposeString("organizationName"),
    eligible: t.boolean({ description: "该职工现在可以报名", resolve: (check) => check.reasons.length === 0 }),
    reasons: t.field({
      type: [Reason],
      description: "不能报名的全部原因，如年龄不符、工种不符、已报名",
      resolve: (check) => check.reasons,
    }),
  }),
});

const EnrolmentCheckRef = builder.objectRef<EnrolmentCheck>("EnrolmentCheck").implement({
  description: "单位报名前的试算（不保存任何内容）：活动和组别的原因，以及每名职工的资格",
  fields: (t) => ({
    allowed: t.exposeBoolean("allowed", { description: "现在报名是否会被接受（每名职工单独报名时）" }),
    reasons: t.field({
      type: [Reason],
      description: "整个组别不能单位报名的原因，如不在报名期、不接受单位报名",
      resolve: (check) => check.reasons,
    }),
    workers: t.field({ type: [EnrolmentWorkerCheckRef], resolve: (check) => check.workers }),
  }),
});

builder.queryFields((t) => ({
  enrolmentCheck: t.field({
    type: EnrolmentCheckRef,
    authScopes: { role: ["UNIT_ADMIN", "ADMIN"] },
    description: "单位报名前试算：所选职工能否报名该组别及全部原因，与 enrol 的检查相同（最多 20 人）",
    args: {
      activityId: t.arg.id({ required: true }),
      categoryId: t.arg.id(),
      categoryKey: t.arg.string(),
      workerIds: t.arg.idList({ required: true }),
    },
    resolve: (_root, args, context) =>
      enrolmentCheck(context, {
        activityId: rowId(args.activityId),
        categoryId: optionalRowId(args.categoryId) ?? null,
        categoryKey: args.categoryKey ?? null,
        workerIds: args.workerIds.map(rowId),
      }),
  }),
}));
