import { type CalendarDate, formatChineseDate, isCalendarDate } from "../china-time.ts";
import type { FieldError } from "../errors.ts";

/**
 * The dates an activity is run by. They are planned per edition (a template has none), so a draft
 * may leave them empty; registration cannot open until all are set and in order.
 */
export interface ActivitySchedule {
  /** 报名开始日期: when the organizer plans to open registration (or nomination). */
  registrationOpensOn: CalendarDate | null;
  /** 报名截止日期: registrations are accepted through this day, inclusive. */
  registrationClosesOn: CalendarDate | null;
  /** 评审结束日期: every round is expected to be closed by this day. */
  judgingEndsOn: CalendarDate | null;
  /** 完成时限: the task table's deadline (e.g. 四月末前), see deadline-phrase.ts. */
  completedBy: CalendarDate | null;
}

export const emptyActivitySchedule: ActivitySchedule = {
  registrationOpensOn: null,
  registrationClosesOn: null,
  judgingEndsOn: null,
  completedBy: null,
};

export const activityScheduleFieldLabels: Record<keyof ActivitySchedule, string> = {
  registrationOpensOn: "报名开始日期",
  registrationClosesOn: "报名截止日期",
  judgingEndsOn: "评审结束日期",
  completedBy: "完成时限",
};

/** The order the dates must follow; the same day for two of them is allowed (a one-day event). */
const scheduleOrder: readonly (keyof ActivitySchedule)[] = [
  "registrationOpensOn",
  "registrationClosesOn",
  "judgingEndsOn",
  "completedBy",
];

/**
 * Problems with the dates: malformed dates always; missing dates only when `requireAll` (a draft may
 * leave them empty). Every consecutive pair of set dates out of order is reported.
 */
export function validateActivitySchedule(schedule: ActivitySchedule, requireAll: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const valid: { field: keyof ActivitySchedule; date: CalendarDate }[] = [];
  for (const field of scheduleOrder) {
    const date = schedule[field];
    const label = activityScheduleFieldLabels[field];
    if (date === null) {
      if (requireAll) errors.push({ field, code: "SCHEDULE_DATE_MISSING", message: `请设置${label}` });
    } else if (!isCalendarDate(date)) {
      errors.push({ field, code: "SCHEDULE_DATE_INVALID", message: `${label}“${date}”不是有效日期` });
    } else {
      valid.push({ field, date });
    }
  }
  for (let index = 1; index < valid.length; index++) {
    const earlier = valid[index - 1];
    const later = valid[index];
    if (earlier && later && later.date < earlier.date) {
      errors.push({
        field: later.field,
        code: "SCHEDULE_OUT_OF_ORDER",
        message: `${activityScheduleFieldLabels[later.field]}（${formatChineseDate(later.date)}）不能早于${activityScheduleFieldLabels[earlier.field]}（${formatChineseDate(earlier.date)}）`,
      });
    }
  }
  return errors;
}
