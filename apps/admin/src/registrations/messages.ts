import { approvalLevelLabels, registrationReviewActionLabels, registrationStateLabels } from "@jinzhou/domain";

/**
 * The texts of the registrations review (报名审核), merged under `resources` into the app's
 * message files: `resources.Registration.*`. State, level and action labels are the domain's.
 */
const zhRegistration = {
  name: "报名审核",
  fields: {
    id: "编号",
    activityId: "活动",
    categoryId: "组别",
    category: "组别",
    state: "状态",
    stateLabel: "状态",
    entrant: "参赛者",
    name: "名称",
    members: "成员",
    organizationId: "所在单位",
    registeredAt: "报名时间",
    approvals: "审核记录",
    attachments: "附件",
    citation: "推荐理由",
    projectSummary: "项目简介",
  },
  filters: {
    organizationId: "所属组织（含下级）",
  },
  states: registrationStateLabels,
  levels: approvalLevelLabels,
  approvalActions: registrationReviewActionLabels,
  approval: {
    level: "审核级别",
    action: "结果",
    reason: "原因或意见",
    actor: "审核人",
    createdAt: "时间",
    resubmitted: "重新提交",
    none: "还没有审核记录。",
  },
  attachment: {
    name: "文件名",
    size: "大小",
    none: "没有附件。",
  },
  member: {
    leader: "队长",
  },
  review: {
    approve: "同意",
    return: "退回",
    reject: "不通过",
    titleApprove: "同意报名",
    titleReturn: "退回报名",
    titleReject: "不通过",
    comment: "审核意见（可不填）",
    reason: "原因（必填）",
    reasonRequired: "请填写原因",
    confirm: "确定",
    cancel: "取消",
    close: "关闭",
    count: "共选中 %{count} 条报名",
    progress: "正在处理 %{done} / %{total}",
    succeeded: "成功 %{count} 条",
    refused: "未能处理 %{count} 条：",
    done: "已处理：%{state}",
    notReviewable: "该报名现在不在审核中，无需审核。",
  },
  empty: {
    title: "还没有需要审核的报名",
    create: "职工自主报名或单位报名后，报名会出现在这里，按审核级别逐级审核。",
    readOnly:
      "职工自主报名或单位报名后，报名会出现在这里。请先在活动中开放报名，或在“职工”中确认本单位职工已登记，再通知职工报名。",
  },
};

const enRegistration: typeof zhRegistration = {
  name: "Registration |||| Registrations",
  fields: {
    id: "ID",
    activityId: "Activity",
    categoryId: "Category",
    category: "Category",
    state: "State",
    stateLabel: "State",
    entrant: "Entrant",
    name: "Name",
    members: "Members",
    organizationId: "Unit",
    registeredAt: "Registered at",
    approvals: "Approval history",
    attachments: "Attachments",
    citation: "Citation",
    projectSummary: "Project summary",
  },
  filters: {
    organizationId: "Organization (with its subtree)",
  },
  states: {
    PENDING_UNIT: "Awaiting unit review",
    PENDING_COUNTY: "Awaiting county review",
    PENDING_ORGANIZER: "Awaiting organizer review",
    APPROVED: "Approved",
    RETURNED: "Returned",
    REJECTED: "Rejected",
    WAITLISTED: "Waiting list",
    CONFIRMED: "Confirmed",
    WITHDRAWN: "Withdrawn",
  },
  levels: {
    UNIT: "Unit review",
    COUNTY_OR_INDUSTRY: "County review",
    ORGANIZER: "Organizer review",
  },
  approvalActions: {
    APPROVE: "Approved",
    RETURN: "Returned",
    REJECT: "Rejected",
    RESUBMIT: "Resubmitted",
  },
  approval: {
    level: "Level",
    action: "Decision",
    reason: "Reason or comment",
    actor: "By",
    createdAt: "When",
    resubmitted: "Resubmission",
    none: "No review yet.",
  },
  attachment: {
    name: "File name",
    size: "Size",
    none: "No attachments.",
  },
  member: {
    leader: "Leader",
  },
  review: {
    approve: "Approve",
    return: "Return",
    reject: "Reject",
    titleApprove: "Approve the registration",
    titleReturn: "Return the registration",
    titleReject: "Reject the registration",
    comment: "Comment (optional)",
    reason: "Reason (required)",
    reasonRequired: "Please give a reason",
    confirm: "Confirm",
    cancel: "Cancel",
    close: "Close",
    count: "%{count} registrations selected",
    progress: "Processing %{done} / %{total}",
    succeeded: "%{count} done",
    refused: "%{count} refused:",
    done: "Done: %{state}",
    notReviewable: "This registration is not awaiting review.",
  },
  empty: {
    title: "No registrations to review yet",
    create: "Registrations by workers or by units appear here and are reviewed level by level.",
    readOnly:
      "Registrations by workers or by units appear here. Open an activity for registration, or check that your unit's workers are on the roster, then tell them to register.",
  },
};

export const zh = { Registration: zhRegistration };
export const en = { Registration: enRegistration };
