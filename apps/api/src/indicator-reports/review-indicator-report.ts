import { DomainError, type FieldError } from "@jinzhou/domain";
import { requireActivityManager } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { staleReportMessage } from "./file-indicator-report.ts";

export type IndicatorReportDecision = "APPROVE" | "RETURN";

export interface IndicatorReportReviewRequest {
  id: number;
  /** The version read: a report refiled or reviewed meanwhile is refused as stale. */
  version: number;
  decision: IndicatorReportDecision;
  /** Required to return the report; an optional comment when approving. */
  reason?: string | null;
}

export const reviewReasonMaxLength = 500;

const auditActions = { APPROVE: "INDICATOR_REPORT_APPROVE", RETURN: "INDICATOR_REPORT_RETURN" } as const;
const states = { APPROVE: "APPROVED", RETURN: "RETURNED" } as const;

/**
 * The owning department (or the admin) approves or returns the version of an indicator report
 * filed last. Only a report awaiting review can be decided; returning needs a reason, which the
 * unit sees; refiling a returned (or approved) report makes a new version awaiting review again
 * (fileIndicatorReport). The decision, its reviewer and time are written with `version` guarding
 * against a concurrent filing or decision, together with an audit entry.
 */
export async function reviewIndicatorReport(
  context: Context,
  request: IndicatorReportReviewRequest,
): Promise<{ id: number }> {
  const report = await context.prisma.indicatorReport.findUnique({
    where: { id: request.id },
    select: {
      id: true,
      activityId: true,
      period: true,
      version: true,
      reviewState: true,
      activity: { select: { department: { select: { code: true } } } },
    },
  });
  if (!report) throw new DomainError("NOT_FOUND");
  const performer = await requireActivityManager(context, report.activity.department.code);
  if (request.version !== report.version) {
    throw new DomainError(
      "STALE_VERSION",
      [{ field: "version", code: "STALE_VERSION", message: staleReportMessage }],
      staleReportMessage,
    );
  }
  const reason = request.reason?.trim() || null;
  const problems: FieldError[] = [];
  if (report.reviewState !== "PENDING") {
    problems.push({
      field: "reviewState",
      code: "INDICATOR_REPORT_NOT_PENDING",
      message:
        report.reviewState === "APPROVED"
          ? "这期指标已审核通过，单位重新填报后才能再审核"
          : "这期指标已退回，单位重新填报后才能再审核",
    });
  }
  if (request.decision === "RETURN" && reason === null) {
    problems.push({ field: "reason", code: "REVIEW_REASON_REQUIRED", message: "退回须填写原因" });
  }
  if (reason !== null && reason.length > reviewReasonMaxLength) {
    problems.push({
      field: "reason",
      code: "REVIEW_REASON_TOO_LONG",
      message: `原因不能超过 ${reviewReasonMaxLength} 字`,
    });
  }
  const [first] = problems;
  if (first) {
    const message =
      problems.length === 1 ? first.message : `不能审核这期指标：${problems.map((p) => p.message).join("；")}`;
    throw new DomainError("INDICATOR_REPORT_REVIEW_REFUSED", problems, message);
  }

  const state = states[request.decision];
  return context.prisma.$transaction(async (tx) => {
    const { count } = await tx.indicatorReport.updateMany({
      where: { id: report.id, version: report.version, reviewState: "PENDING" },
      data: {
        reviewState: state,
        reviewReason: reason,
        reviewedById: performer.userId,
        reviewedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], staleReportMessage);
    await recordAuditEntry(tx, context.actor, {
      action: auditActions[request.decision],
      entityType: "IndicatorReport",
      entityId: report.id,
      activityId: report.activityId,
      before: { period: report.period, reviewState: report.reviewState, version: report.version },
      after: { period: report.period, reviewState: state, version: report.version + 1 },
      reason,
    });
    return { id: report.id };
  });
}
