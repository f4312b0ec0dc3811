/**
 * Every refusal the system gives has a stable code (for programs and tests) and a message in
 * Simplified Chinese (for people). Codes never change meaning; messages may be reworded.
 */
export const errorMessages = {
  UNAUTHENTICATED: "请先登录",
  INVALID_CREDENTIALS: "用户名或密码错误",
  ACCOUNT_DISABLED: "该账号已停用，请联系系统管理员",
  ACCOUNT_LOCKED: "密码连续输错次数过多，账号已暂时锁定，请 15 分钟后再试",
  FORBIDDEN: "您没有权限执行此操作",
  NOT_FOUND: "记录不存在或您无权查看",
  VALIDATION_FAILED: "提交的内容有误，请按提示修改",
  WORKER_ID_NUMBER_TAKEN: "该身份证号已登记，同一职工不能重复录入",
  WORKER_MEMBER_CARD_TAKEN: "该会员卡号已被其他职工使用",
  ORGANIZATION_CODE_TAKEN: "该组织代码已被使用",
  ORGANIZATION_HAS_CHILDREN: "该组织下还有下级组织，不能删除",
  ORGANIZATION_HAS_MEMBERS: "该组织下还有职工或账号，不能删除",
  ORGANIZATION_CYCLE: "不能把组织移到它自己或它的下级组织之下",
  WORKER_HAS_ACCOUNT: "该职工已开通账号，请先停用账号再删除",
  RECORD_IN_USE: "该记录已被活动报名、名额或评审等数据使用，不能删除",
  STALE_VERSION: "该记录已被他人修改，请刷新后再试",
  ACTIVITY_CODE_TAKEN: "该活动代码已被使用",
  ACTIVITY_NOT_EDITABLE: "只有草稿状态的活动可以修改设置和日期",
  ACTIVITY_TRANSITION_REFUSED: "活动暂不能进行此操作",
  HOLIDAY_DATE_TAKEN: "该日期已录入节假日安排，同一天只能录入一次",
  REGISTRATION_CLOSED: "该活动现在不接受报名",
  SELF_REGISTRATION_NOT_ALLOWED: "该项目不接受职工自主报名",
  NOT_ELIGIBLE: "不符合报名条件",
  ALREADY_REGISTERED: "您已报名，不能重复报名；如要改报，请先撤销原报名",
  IDEMPOTENCY_KEY_REUSED: "该请求编号已被他人使用，请重新提交",
  WITHDRAWAL_REFUSED: "不能撤销这份报名",
  REVIEW_REFUSED: "不能审核这份报名",
  INDICATOR_REPORT_REVIEW_REFUSED: "不能审核这期指标填报",
  ENTRY_CHANNEL_NOT_ALLOWED: "该项目不接受这种报名方式",
  NO_QUOTA: "所在县区或产业工会没有分到名额，不能推荐",
  QUOTA_FULL: "名额已满，不能再推荐",
  QUOTA_IN_USE: "已有单位按现有名额推荐，不能重新分配名额",
  COMPOSITION_LIMIT_BROKEN: "推荐名单不符合比例要求，须经主办部门批准破例",
  SIGN_IN_THROTTLED: "该网络地址登录失败次数过多，已暂时禁止登录，请 15 分钟后再试",
  QUERY_TOO_COMPLEX: "查询过于复杂，请减少字段、嵌套层数或每页条数后再试",
  USERNAME_TAKEN: "该用户名已被使用",
  WORKER_ACCOUNT_TAKEN: "该职工已有账号，一名职工只能有一个账号",
  ROSTER_MISMATCH: "姓名、身份证号或手机号与工会名册不一致，请联系所在工会核对",
  WORKER_ACCOUNT_EXISTS: "您已开通账号，请用手机号和密码直接登录；忘记密码请点“忘记密码”",
  WORKER_ACCOUNT_NOT_ACTIVATED: "您还没有开通账号，请先激活账号",
  WORKER_CODE_TOO_FREQUENT: "获取验证码过于频繁，请稍后再试",
  WORKER_CODE_INVALID: "验证码不正确或已过期，请重新获取",
  RESULTS_NOT_COMPUTABLE: "暂不能计算成绩",
  TIE_SEPARATION_REFUSED: "不能裁定该并列名次",
  PUBLIC_NOTICE_REFUSED: "暂不能进行结果公示操作",
  OBJECTION_REFUSED: "不能受理或处理该异议",
  CERTIFICATES_REFUSED: "暂不能颁发证书",
  ORGANIZATION_AWARD_REFUSED: "不能授予或撤销该组织奖",
  TOURNAMENT_DRAW_REFUSED: "不能进行抽签",
  MATCH_SCHEDULE_REFUSED: "不能这样安排比赛",
  MATCH_SCORE_REFUSED: "比分不能录入",
  ANONYMOUS_VOTE: "不接受匿名投票，请先验证手机号或登录职工账号",
  VOTER_CODE_INVALID: "验证码不正确或已过期，请重新获取",
  VOTING_NOT_OPEN: "投票尚未开始",
  VOTING_CLOSED: "投票已结束",
  VOTE_LIMIT_REACHED: "今日投票次数已达上限，请明日再来",
  BALLOT_INVALID: "选票填写有误，请按提示修改",
  VOTE_VOID_REFUSED: "不能作废这些投票",
  VOTING_PENALTY_REFUSED: "不能这样升级处罚",
  RECOMMENDATION_NOT_ALLOWED: "该活动现在不接受公众推荐",
  VOTER_CODE_TOO_FREQUENT: "获取验证码过于频繁，请稍后再试",
  FILE_TOO_LARGE: "文件超过大小上限",
  FILE_TYPE_NOT_ALLOWED: "不支持该文件类型：只接受 JPEG、PNG、WebP 图片，PDF，以及 Word、Excel、PowerPoint 文档",
  ATTACHMENT_LIMIT_REACHED: "附件数量已达上限",
  ATTACHMENT_LOCKED: "报名已进入审核，附件不能再删除",
  UPLOAD_RATE_LIMITED: "上传过于频繁，请稍后再试",
  IMPORT_FILE_UNREADABLE: "无法读取名册文件，请使用 .xlsx 或 CSV 格式（可下载导入模板）",
  JUDGING_NOT_NOW: "活动当前阶段不能进行此评审操作",
  ROUND_CLOSED: "本轮评审已结束，不能再更改",
  ROUND_KIND_MISMATCH: "该轮次的评审方式不支持此操作",
  JUDGE_PANEL_REFUSED: "不能这样设置评委组",
  JUDGE_ASSIGNMENT_REFUSED: "不能这样分配评委",
  SCORE_SHEET_REFUSED: "评分表不能提交或解锁",
  JUDGE_EXCUSAL_REFUSED: "不能免除该评委的评分",
  RECUSAL_REFUSED: "不能声明回避",
  ROUND_CLOSE_REFUSED: "本轮评审暂不能结束",
  BAD_REQUEST: "请求格式不正确",
  INTERNAL: "系统繁忙，请稍后再试",
} as const;

export type ErrorCode = keyof typeof errorMessages;

/** One field's problem, for forms: which field, a stable code, a Chinese message. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[];

  constructor(code: ErrorCode, fieldErrors: FieldError[] = [], message: string = errorMessages[code]) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

/** A validation outcome: the cleaned value, or every problem found (never just the first). */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function validationError(errors: FieldError[]): DomainError {
  const first = errors[0];
  const message =
    errors.length === 1 && first ? first.message : `${errorMessages.VALIDATION_FAILED}（共 ${errors.length} 处）`;
  return new DomainError("VALIDATION_FAILED", errors, message);
}

/**
 * Why a rule says no: a stable code for programs and a Chinese sentence for people. Rules that
 * refuse return every reason that applies, never only the first.
 */
export interface Reason {
  code: string;
  message: string;
}
