import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import type { ReviewAction } from "../registrations/reviewRegistration.ts";

/** What a report row carries for the review buttons. */
export interface ReviewableReport {
  id: string;
  version: number;
  period: string;
  reviewState: string;
  registration?: { name: string | null; members?: { name: string }[] } | null;
}

const reviewMutation = `
  mutation ReviewReport($id: ID!, $version: Int!, $decision: IndicatorReportDecision!, $reason: String) {
    reviewIndicatorReport(id: $id, version: $version, decision: $decision, reason: $reason) {
      id version reviewState reviewStateLabel reviewReason reviewedAt reviewedByName
    }
  }
`;

/** The two decisions on a report: there is no rejecting a period's figures, only returning them. */
export const reportReviewActions: ReviewAction[] = ["APPROVE", "RETURN"];

/** Approves or returns the version read; the API refuses a stale version or a return without reason. */
export async function reviewIndicatorReport(
  report: ReviewableReport,
  action: ReviewAction,
  reason: string,
): Promise<{ stateLabel: string }> {
  if (action === "REJECT") throw new Error("An indicator report is approved or returned, never rejected");
  const trimmed = reason.trim();
  const data = await requestGraphql<{ reviewIndicatorReport: { reviewStateLabel: string } }>(reviewMutation, {
    id: report.id,
    version: report.version,
    decision: action,
    reason: trimmed === "" ? null : trimmed,
  });
  return { stateLabel: data.reviewIndicatorReport.reviewStateLabel };
}

/** The report as people name it: the unit or team, and the period. */
export function reportName(report: Pick<ReviewableReport, "period" | "registration">): string {
  const registration = report.registration;
  const entrant = registration?.name || (registration?.members ?? []).map((member) => member.name).join("、");
  return entrant ? `${entrant} ${report.period}` : report.period;
}

/** Only a report awaiting review can be decided. */
export function awaitsReportReview(report: Pick<ReviewableReport, "reviewState"> | undefined): boolean {
  return report?.reviewState === "PENDING";
}
