import { DomainError, type Reason } from "@jinzhou/domain";

/** The domain's reasons as one ORGANIZATION_AWARD_REFUSED error, each reason also a field error. */
export function organizationAwardRefused(lead: string, field: string, reasons: readonly Reason[]): DomainError {
  return new DomainError(
    "ORGANIZATION_AWARD_REFUSED",
    reasons.map(({ code, message }) => ({ field, code, message })),
    `${lead}：${reasons.map((reason) => reason.message).join("；")}`,
  );
}
