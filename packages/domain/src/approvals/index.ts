export { type ApprovalRegistrant, approvalAuthorityReasons, mayDecideAtApprovalLevel } from "./approval-authority.ts";
export {
  type ApprovalChain,
  type ApprovalLevel,
  approvalLevelLabels,
  approvalLevelOfState,
  approvalLevels,
  approvalLevelsFor,
  approvalPendingState,
  firstApprovalState,
  fullApprovalChain,
  unitOnlyApprovalChain,
  validateApprovalChain,
} from "./approval-chain.ts";
export { missingAttachmentsReason } from "./attachment-requirement.ts";
export {
  type ApprovalStepRecord,
  decideRegistrationReview,
  type RegistrationReviewAction,
  type RegistrationReviewAudit,
  type RegistrationReviewCommand,
  type RegistrationReviewContext,
  type RegistrationReviewDecision,
  type ReviewedRegistration,
  registrationReviewActionLabels,
  registrationReviewReasonMaxLength,
} from "./registration-review.ts";
