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
