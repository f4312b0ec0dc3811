export {
  type CompositionCandidate,
  type CompositionCandidateFacts,
  compositionCandidateFacts,
  everyCompositionCandidateFacts,
} from "./composition-candidate.ts";
export { type CompositionLimitContradiction, compositionLimitContradictions } from "./composition-contradictions.ts";
export {
  type CompositionBreach,
  type CompositionBreachReason,
  type CompositionEvaluation,
  type CompositionLimitStatus,
  type CompositionRemedies,
  compositionCandidatesNeeded,
  compositionLimitStatus,
  compositionRemedies,
  evaluateComposition,
} from "./composition-evaluation.ts";
export {
  type CompositionBound,
  type CompositionLimit,
  compositionBoundLabels,
  compositionLimitName,
  compositionLimitShare,
  describeCompositionLimit,
  modelWorkerCompositionLimits,
} from "./composition-limit.ts";
export {
  type CompositionOverride,
  compositionOverrideCovers,
  compositionOverrideFor,
  validateCompositionOverride,
} from "./composition-override.ts";
export {
  type CompositionPredicate,
  type CompositionPredicateKind,
  compositionPredicateMatches,
  compositionPredicateMaxDepth,
  describeCompositionPredicate,
  parseCompositionPredicate,
} from "./composition-predicate.ts";
export {
  type CompositionLimitChange,
  type CompositionNominationEffect,
  type CompositionWhatIf,
  compositionIfNominated,
} from "./composition-what-if.ts";
export { checkNominationComposition, type NominationCompositionCheck } from "./nomination-composition.ts";
export {
  type NominationOverrideGrant,
  nominationOverrideGrantErrors,
  nominationOverrideReasonMaxLength,
  nominationOverrideRoles,
} from "./nomination-override.ts";
export {
  checkNominationQuota,
  type NominationQuotaCheckInput,
  type NominationQuotaStatus,
  type QuotaOverride,
  validateQuotaOverride,
} from "./nomination-quota.ts";
export {
  allocateQuota,
  type QuotaAllocation,
  type QuotaAllocationOutcome,
  type QuotaAllocationRow,
} from "./quota-allocation.ts";
export {
  countNominationsByQuotaHolder,
  type QuotaHolder,
  type QuotaHolderCounts,
  type QuotaNominationPlacement,
} from "./quota-holder.ts";
export {
  headcountQuotaWeightBases,
  isQuotaCount,
  type QuotaOrganization,
  type QuotaRule,
  type QuotaWeightBasis,
  quotaWeightBasisLabels,
  quotaWeightLabel,
  validateQuotaRule,
} from "./quota-rule.ts";
export { quotaAllocationWorking } from "./quota-working.ts";
export { validateCompositionLimits } from "./validate-composition-limits.ts";
