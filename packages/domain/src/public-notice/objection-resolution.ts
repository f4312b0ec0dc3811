import { chinaDateOf, formatChineseDate } from "../china-time.ts";
import type { FieldError, Reason, Validated } from "../errors.ts";
import type { FiledPublicNoticeObjection } from "./public-notice-objection.ts";

/** 异议处理结果. */
export type ObjectionOutcome = "UPHELD" | "DISMISSED";

export const objectionOutcomeLabels: Record<ObjectionOutcome, string> = { UPHELD: "成立", DISMISSED: "不成立" };

/** What happens to the entry when an objection is upheld. */
export type UpheldObjectionAction = "RE_REVIEW" | "WITHDRAW";

export const upheldObjectionActionLabels: Record<UpheldObjectionAction, string> = {
  RE_REVIEW: "重新评审",
  WITHDRAW: "撤销其公示结果",
};

interface ResolutionRecord {
  resolvedBy: number;
  resolvedAt: Date;
}

export type PublicNoticeObjectionResolution =
  | (ResolutionRecord & {
      outcome: "UPHELD";
      action: "RE_REVIEW";
      /** What the organizer found (核查结论), sent to the person who objected. */
      finding: string;
      /** Set when the entry's re-review is done; results cannot become final before. */
      reReviewCompletedAt: Date | null;
    })
  | (ResolutionRecord & { outcome: "UPHELD"; action: "WITHDRAW"; finding: string })
  | (ResolutionRecord & { outcome: "DISMISSED"; reason: string });

export interface PublicNoticeObjection extends FiledPublicNoticeObjection {
  /** 异议编号, as people quote it. */
  objectionId: number;
  resolution: PublicNoticeObjectionResolution | null;
}

/** What the organizer enters: the outcome, for an upheld objection the action, and the text. */
export interface ObjectionResolutionInput {
  outcome: ObjectionOutcome;
  /** Required when upheld; ignored when dismissed. */
  action: UpheldObjectionAction | null;
  /** The finding when upheld, the reason when dismissed. */
  text: string;
}

const maxTextLength = 2000;

/**
 * Resolves an open objection. Both outcomes need a written text, since the person who objected is
 * answered in every case: dismissed needs its reason, upheld needs the finding and the action
 * (re-review the entry, or withdraw its result). A resolved objection is not resolved again.
 */
export function resolvePublicNoticeObjection(
  objection: PublicNoticeObjection,
  input: ObjectionResolutionInput,
  resolvedBy: number,
  resolvedAt: Date,
): Validated<PublicNoticeObjectionResolution> {
  const errors: FieldError[] = [];
  if (objection.resolution !== null) {
    errors.push({
      field: "outcome",
      code: "OBJECTION_ALREADY_RESOLVED",
      message: `第 ${objection.objectionId} 号异议已处理（${objectionOutcomeLabels[objection.resolution.outcome]}），不能重复处理`,
    });
  }
  const outcomeKnown = Object.hasOwn(objectionOutcomeLabels, input.outcome);
  if (!outcomeKnown) {
    errors.push({ field: "outcome", code: "REQUIRED", message: "请选择异议处理结果：成立或不成立" });
  }
  const upheld = input.outcome === "UPHELD";
  const action = input.action;
  if (upheld && (action === null || !Object.hasOwn(upheldObjectionActionLabels, action))) {
    errors.push({ field: "action", code: "REQUIRED", message: "异议成立的，请选择处理方式：重新评审或撤销其公示结果" });
  }
  const text = input.text.trim();
  if (text === "") {
    errors.push({
      field: "text",
      code: "REQUIRED",
      message: upheld ? "请填写异议成立的核查结论" : "请填写异议不成立的理由",
    });
  } else if (text.length > maxTextLength) {
    errors.push({ field: "text", code: "TOO_LONG", message: `处理意见不能超过 ${maxTextLength} 个字` });
  }
  if (errors.length > 0) return { ok: false, errors };
  const record = { resolvedBy, resolvedAt };
  if (!upheld) return { ok: true, value: { ...record, outcome: "DISMISSED", reason: text } };
  if (action === "WITHDRAW") return { ok: true, value: { ...record, outcome: "UPHELD", action, finding: text } };
  return {
    ok: true,
    value: { ...record, outcome: "UPHELD", action: "RE_REVIEW", finding: text, reReviewCompletedAt: null },
  };
}

/** Records that the re-review an upheld objection asked for is done. */
export function completeObjectionReReview(
  objection: PublicNoticeObjection,
  completedAt: Date,
): { ok: true; resolution: PublicNoticeObjectionResolution } | { ok: false; reasons: Reason[] } {
  const resolution = objection.resolution;
  if (resolution === null || resolution.outcome !== "UPHELD" || resolution.action !== "RE_REVIEW") {
    return {
      ok: false,
      reasons: [
        { code: "OBJECTION_NOT_UNDER_RE_REVIEW", message: `第 ${objection.objectionId} 号异议没有要求重新评审` },
      ],
    };
  }
  if (resolution.reReviewCompletedAt !== null) {
    return {
      ok: false,
      reasons: [
        {
          code: "OBJECTION_RE_REVIEW_ALREADY_COMPLETED",
          message: `第 ${objection.objectionId} 号异议的重新评审已于 ${formatChineseDate(chinaDateOf(resolution.reReviewCompletedAt))} 完成`,
        },
      ],
    };
  }
  return { ok: true, resolution: { ...resolution, reReviewCompletedAt: completedAt } };
}
