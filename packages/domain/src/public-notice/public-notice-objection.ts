import { type CalendarDate, chinaDateOf, formatChineseDate } from "../china-time.ts";
import type { FieldError, Validated } from "../errors.ts";
import { isMobilePhone } from "../worker.ts";
import { hasPublicNoticeEnded, type PublicNoticePeriod } from "./public-notice-period.ts";
import type { PublicNoticeRule } from "./public-notice-rule.ts";

/** What anyone (公众, 职工, a unit) types to object to an entry on the notice (异议). */
export interface PublicNoticeObjectionFiling {
  /** The entry on the notice the objection concerns. */
  entryId: number;
  /** The facts and reasons. */
  content: string;
  contactName: string;
  /** Mobile or landline; may be empty when another contact is given. */
  contactPhone: string;
  /** E-mail, postal address …; may be empty when a phone is given. */
  otherContact: string;
}

/** An objection as recorded: cleaned fields, when it arrived, and whether it came after the period. */
export interface FiledPublicNoticeObjection {
  entryId: number;
  content: string;
  contactName: string;
  contactPhone: string | null;
  otherContact: string | null;
  filedAt: Date;
  filedOn: CalendarDate;
  /** Filed after 公示截止日期 and accepted under the ACCEPT_FLAGGED policy (逾期提出). */
  late: boolean;
}

export const lateObjectionLabel = "逾期提出";

export interface PublicNoticeObjectionContext {
  period: PublicNoticePeriod;
  rule: PublicNoticeRule;
  filedAt: Date;
  /** The entries on this notice: an objection must name one of them. */
  entryIdsOnNotice: readonly number[];
}

const maxContentLength = 2000;
const maxNameLength = 50;
const maxOtherContactLength = 100;

/**
 * Checks an objection and reports every problem at once. Contact details are required because the
 * organizer must answer every objection (and unsigned objections are not taken up: 匿名异议不予受理).
 * An objection filed on the day of publication, before day 1 of the period, is on time: the results
 * are already up for everyone to read. One filed after the end date is refused or flagged as late,
 * as the activity's rule says.
 */
export function validatePublicNoticeObjection(
  filing: PublicNoticeObjectionFiling,
  context: PublicNoticeObjectionContext,
): Validated<FiledPublicNoticeObjection> {
  const errors: FieldError[] = [];
  const { period, rule, filedAt } = context;
  if (!context.entryIdsOnNotice.includes(filing.entryId)) {
    errors.push({ field: "entryId", code: "OBJECTION_ENTRY_NOT_ON_NOTICE", message: "请选择公示名单中的异议对象" });
  }
  const content = filing.content.trim();
  if (content === "") {
    errors.push({ field: "content", code: "REQUIRED", message: "请填写异议内容，写明事实和理由" });
  } else if (content.length > maxContentLength) {
    errors.push({ field: "content", code: "TOO_LONG", message: `异议内容不能超过 ${maxContentLength} 个字` });
  }
  const contactName = filing.contactName.trim().replace(/\s+/g, " ");
  if (contactName === "") {
    errors.push({ field: "contactName", code: "REQUIRED", message: "请填写联系人姓名（匿名异议不予受理）" });
  } else if (contactName.length > maxNameLength) {
    errors.push({ field: "contactName", code: "TOO_LONG", message: `联系人姓名不能超过 ${maxNameLength} 个字` });
  }
  const phone = contactPhoneOf(filing.contactPhone);
  const otherContact = filing.otherContact.trim();
  if (phone === null && otherContact === "") {
    errors.push({
      field: "contactPhone",
      code: "CONTACT_REQUIRED",
      message: "请至少填写联系电话或其他联系方式（如电子邮箱、通信地址），以便答复",
    });
  } else if (phone !== null && !phone.ok) {
    errors.push({
      field: "contactPhone",
      code: "PHONE_FORMAT",
      message: "联系电话应为 11 位手机号，或带区号的固定电话（如 0416-1234567）",
    });
  }
  if (otherContact.length > maxOtherContactLength) {
    errors.push({
      field: "otherContact",
      code: "TOO_LONG",
      message: `其他联系方式不能超过 ${maxOtherContactLength} 个字`,
    });
  }
  const filedOn = chinaDateOf(filedAt);
  const late = hasPublicNoticeEnded(period, filedOn);
  if (filedAt.getTime() < period.publishedAt.getTime()) {
    errors.push({ field: "filedAt", code: "OBJECTION_BEFORE_NOTICE", message: "结果尚未公示，暂不能提出异议" });
  } else if (late && rule.lateObjections === "REFUSE") {
    errors.push({
      field: "filedAt",
      code: "OBJECTION_AFTER_NOTICE",
      message: `公示期已于 ${formatChineseDate(period.endDate)} 截止，不再受理异议`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      entryId: filing.entryId,
      content,
      contactName,
      contactPhone: phone?.ok ? phone.value : null,
      otherContact: otherContact === "" ? null : otherContact,
      filedAt,
      filedOn,
      late,
    },
  };
}

/** null when nothing was typed; a mobile number without separators, or a landline as written. */
function contactPhoneOf(typed: string): { ok: true; value: string } | { ok: false } | null {
  const compact = typed.replace(/\s/g, "");
  if (compact === "") return null;
  const digits = compact.replace(/-/g, "");
  if (isMobilePhone(digits)) return { ok: true, value: digits };
  // Area code 0 + 2–3 digits (Jinzhou is 0416), then a 7- or 8-digit number.
  if (/^0\d{2,3}-?\d{7,8}$/.test(compact)) return { ok: true, value: compact };
  return { ok: false };
}
