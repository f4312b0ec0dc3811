import type { PublicNoticePeriod } from "@jinzhou/domain";

/** A stored notice's period as the domain computed it when the results were published. */
export function periodOfNotice(notice: {
  publishedAt: Date;
  publishedOn: string;
  workingDays: number;
  firstDay: string;
  endDate: string;
  workingDates: unknown;
}): PublicNoticePeriod {
  return {
    publishedAt: notice.publishedAt,
    publishedOn: notice.publishedOn,
    workingDays: notice.workingDays,
    firstDay: notice.firstDay,
    endDate: notice.endDate,
    workingDates: notice.workingDates as string[],
  };
}
