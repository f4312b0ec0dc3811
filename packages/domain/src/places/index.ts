export { type CategoryCapacity, maximumCategoryCapacity, validateCategoryCapacities } from "./category-capacity.ts";
export { type CategoryCapacityChange, changeCategoryCapacity } from "./category-capacity-change.ts";
export {
  type CategoryPlaces,
  type CategoryPlacesOptions,
  type HeldBackRegistration,
  type RegistrationPlaceChange,
  settleCategoryPlaces,
  waitingListPositions,
} from "./category-places.ts";
export {
  compareRegistrationOrder,
  type Registration,
  type RegistrationActor,
  type RegistrationOwnerDepartment,
  type RegistrationPlaceFacts,
} from "./registration.ts";
export {
  isLiveRegistrationState,
  isRegistrationAwaitingReview,
  isRegistrationState,
  type RegistrationState,
  registrationStateLabels,
  registrationStates,
  registrationStateText,
} from "./registration-state.ts";
export {
  type RegistrationWithdrawal,
  type RegistrationWithdrawalAudit,
  type RegistrationWithdrawalContext,
  type RegistrationWithdrawalRequest,
  registrationWithdrawalReasonMaxLength,
  withdrawRegistration,
} from "./registration-withdrawal.ts";
