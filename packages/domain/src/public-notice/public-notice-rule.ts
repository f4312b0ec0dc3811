import type { FieldError, Validated } from "../errors.ts";

/**
 * What an objection filed after the notice period has ended gets: refused outright, or accepted,
 * recorded and flagged as late (逾期提出) for the organizer to answer like any other.
 */
export type LateObjectionPolicy = "REFUSE" | "ACCEPT_FLAGGED";

export const lateObjectionPolicyLabels: Record<LateObjectionPolicy, string> = {
  REFUSE: "公示期满后不再受理异议",
  ACCEPT_FLAGGED: "公示期满后仍登记异议，并标注“逾期提出”",
};

export interface PublicNoticeRule {
  /** 公示期, in working days. */
  workingDays: number;
  lateObjections: LateObjectionPolicy;
}

/**
 * 5 working days. Late objections are accepted and flagged by default: results are not final
 * until the organizer publishes them, and an objection that points at real fraud is worth reading
 * even a day late; the organizer can dismiss it with "逾期提出" as the reason in one step.
 */
export const defaultPublicNoticeRule: PublicNoticeRule = { workingDays: 5, lateObjections: "ACCEPT_FLAGGED" };

/** A month and a half of working days: far above any notice period in use, low enough to catch a typo. */
export const maxPublicNoticeWorkingDays = 30;

export function validatePublicNoticeRule(rule: PublicNoticeRule): Validated<PublicNoticeRule> {
  const errors: FieldError[] = [];
  if (!Number.isInteger(rule.workingDays) || rule.workingDays < 1 || rule.workingDays > maxPublicNoticeWorkingDays) {
    errors.push({
      field: "workingDays",
      code: "NOTICE_WORKING_DAYS_INVALID",
      message: `公示期应为 1–${maxPublicNoticeWorkingDays} 个工作日`,
    });
  }
  if (!Object.hasOwn(lateObjectionPolicyLabels, rule.lateObjections)) {
    errors.push({ field: "lateObjections", code: "UNKNOWN_VALUE", message: "请选择逾期异议的处理方式" });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { workingDays: rule.workingDays, lateObjections: rule.lateObjections } };
}
