import { lateObjectionLabel, objectionOutcomeLabels, upheldObjectionActionLabels } from "@jinzhou/domain";

/** The texts of objections (异议) on the results desk: `resources.Objection.*`. */
const zhObjection = {
  name: "异议",
  title: "异议及处理",
  empty: "公示期间尚无人提出异议。公众提出的异议会列在这里，须逐条处理后才能正式发布结果。",
  emptyBeforeNotice: "结果公示后，公众可对公示名单提出异议，异议会列在这里。",
  fields: {
    id: "编号",
    entrantName: "异议对象",
    content: "异议内容",
    contact: "联系人",
    filedOn: "提出日期",
    status: "处理结果",
    resolution: "核查结论或理由",
    evidence: "证明材料",
  },
  statuses: { OPEN: "待处理", ...objectionOutcomeLabels } as Record<string, string>,
  actions: upheldObjectionActionLabels as Record<string, string>,
  late: lateObjectionLabel,
  reReviewPending: "重新评审未完成",
  reReviewDone: "重新评审已完成",
  resolve: "处理",
  completeReReview: "重新评审已完成",
  completeReReviewHint: "请先对该参赛者重新评审并重新计算成绩，再登记重新评审已完成。",
  dialog: {
    title: "处理异议",
    outcome: "处理结果",
    action: "异议成立后",
    textUpheld: "核查结论（必填）",
    textDismissed: "不成立的理由（必填）",
    required: "请填写核查结论或理由",
    confirm: "确定",
    cancel: "取消",
  },
  resolved: "异议已处理：%{status}",
  reReviewCompleted: "已登记重新评审完成",
};

const enObjection: typeof zhObjection = {
  name: "Objection |||| Objections",
  title: "Objections and their resolution",
  empty:
    "No objection has been filed during the notice. Objections from the public appear here and must each be resolved before the results become final.",
  emptyBeforeNotice: "Once the results are on public notice, anyone may object to an entry; objections appear here.",
  fields: {
    id: "No.",
    entrantName: "Entry objected to",
    content: "Objection",
    contact: "Contact",
    filedOn: "Filed on",
    status: "Outcome",
    resolution: "Finding or reason",
    evidence: "Evidence",
  },
  statuses: { OPEN: "Open", UPHELD: "Upheld", DISMISSED: "Dismissed" },
  actions: { RE_REVIEW: "Re-review the entry", WITHDRAW: "Withdraw its result" },
  late: "Filed late",
  reReviewPending: "Re-review pending",
  reReviewDone: "Re-review completed",
  resolve: "Resolve",
  completeReReview: "Re-review completed",
  completeReReviewHint:
    "Re-judge the entry and compute the results again first, then record the re-review as completed.",
  dialog: {
    title: "Resolve the objection",
    outcome: "Outcome",
    action: "When upheld",
    textUpheld: "Finding (required)",
    textDismissed: "Reason for dismissing (required)",
    required: "Please write the finding or the reason",
    confirm: "Confirm",
    cancel: "Cancel",
  },
  resolved: "Objection resolved: %{status}",
  reReviewCompleted: "Re-review recorded as completed",
};

export const zh = { Objection: zhObjection };
export const en = { Objection: enObjection };
