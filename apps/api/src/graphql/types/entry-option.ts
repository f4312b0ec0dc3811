import { type CategoryEntryOption, entryOptionsFor } from "../../registrations/entry-options.ts";
import { builder } from "../builder.ts";
import { Reason } from "./activity.ts";

const CategoryEntryOptionRef = builder.objectRef<CategoryEntryOption>("CategoryEntryOption").implement({
  description: "当前职工能否自己报名某个组别，不能时的全部原因（填写之前就告诉职工）",
  fields: (t) => ({
    categoryId: t.id({ resolve: (option) => option.categoryId }),
    canRegister: t.exposeBoolean("canRegister", { description: "现在可以自己报名" }),
    reasons: t.field({
      type: [Reason],
      description: "不能报名的全部原因，如报名已截止、年龄不符、已报名其他组别",
      resolve: (option) => option.reasons,
    }),
    needsTeammates: t.exposeBoolean("needsTeammates", { description: "须同时选择搭档或填写队员（双打、合唱队）" }),
    registrationId: t.id({
      nullable: true,
      description: "职工在该组别的有效报名；没有时为空",
      resolve: (option) => option.registrationId,
    }),
  }),
});

builder.prismaObjectField("Activity", "myEntryOptions", (t) =>
  t.field({
    type: [CategoryEntryOptionRef],
    description: "当前职工对每个组别能否报名及原因；非职工为空列表",
    select: {
      id: true,
      name: true,
      state: true,
      registrationClosesOn: true,
      configuration: true,
      categories: { select: { id: true, key: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
    },
    resolve: (activity, _args, context) => entryOptionsFor(context, activity),
  }),
);
