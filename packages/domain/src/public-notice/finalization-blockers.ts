import { type CalendarDate, formatChineseDate } from "../china-time.ts";
import type { Reason } from "../errors.ts";
import type { PublicNoticeObjection } from "./objection-resolution.ts";
import { lateObjectionLabel } from "./public-notice-objection.ts";
import {
  hasPublicNoticeEnded,
  type PublicNoticePeriod,
  remainingPublicNoticeWorkingDays,
} from "./public-notice-period.ts";

export interface PublicNoticeFinalizationFacts {
  /** null while the results have not been published for notice. */
  period: PublicNoticePeriod | null;
  today: CalendarDate;
  /** Every objection filed against this notice, late ones included. */
  objections: readonly PublicNoticeObjection[];
}

/**
 * Every reason the results cannot become final (已发布) yet, as far as the public notice goes:
 * not published for notice, the period not over, an objection not resolved, an upheld objection's
 * re-review not done. Empty when nothing blocks. Late objections block like any other: once
 * recorded they are answered before the results are final.
 */
export function finalizationBlockers(facts: PublicNoticeFinalizationFacts): Reason[] {
  const reasons: Reason[] = [];
  const { period, today } = facts;
  if (period === null) {
    reasons.push({ code: "PUBLIC_NOTICE_NOT_PUBLISHED", message: "结果尚未公示，公示期满后才能正式发布" });
  } else if (!hasPublicNoticeEnded(period, today)) {
    const remaining = remainingPublicNoticeWorkingDays(period, today);
    reasons.push({
      code: "NOTICE_PERIOD_NOT_ENDED",
      message: `公示期至 ${formatChineseDate(period.endDate)} 截止，尚未结束（含今日还有 ${remaining} 个工作日）`,
    });
  }
  const ordered = [...facts.objections].sort((a, b) => a.objectionId - b.objectionId);
  for (const objection of ordered) {
    const name = `第 ${objection.objectionId} 号异议（${formatChineseDate(objection.filedOn)}提出${objection.late ? `，${lateObjectionLabel}` : ""}）`;
    const resolution = objection.resolution;
    if (resolution === null) {
      reasons.push({ code: "OBJECTION_OPEN", message: `${name}尚未处理` });
    } else if (
      resolution.outcome === "UPHELD" &&
      resolution.action === "RE_REVIEW" &&
      resolution.reReviewCompletedAt === null
    ) {
      reasons.push({ code: "OBJECTION_RE_REVIEW_PENDING", message: `${name}成立，重新评审尚未完成` });
    }
  }
  return reasons;
}
