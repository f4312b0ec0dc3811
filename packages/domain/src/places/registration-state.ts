/**
 * Where a registration (报名) or nomination (推荐) stands. The first three are the steps of the
 * approval chain; 已通过 is the chain's yes; 已确认 and 候补 say whether it holds one of its
 * category's places (see category-places.ts). 已通过 stays as it is only in activities that do not
 * count places (nominations, limited by quotas instead); elsewhere it is placed in the same
 * transaction that approves it.
 */
export type RegistrationState =
  | "PENDING_UNIT"
  | "PENDING_COUNTY"
  | "PENDING_ORGANIZER"
  | "APPROVED"
  | "RETURNED"
  | "REJECTED"
  | "WAITLISTED"
  | "CONFIRMED"
  | "WITHDRAWN";

export const registrationStates: readonly RegistrationState[] = [
  "PENDING_UNIT",
  "PENDING_COUNTY",
  "PENDING_ORGANIZER",
  "APPROVED",
  "RETURNED",
  "REJECTED",
  "WAITLISTED",
  "CONFIRMED",
  "WITHDRAWN",
];

export const registrationStateLabels: Record<RegistrationState, string> = {
  PENDING_UNIT: "待单位审核",
  PENDING_COUNTY: "待县区审核",
  PENDING_ORGANIZER: "待主办审核",
  APPROVED: "已通过",
  RETURNED: "已退回",
  REJECTED: "未通过",
  WAITLISTED: "候补",
  CONFIRMED: "已确认",
  WITHDRAWN: "已撤销",
};

export function isRegistrationState(value: string): value is RegistrationState {
  return (registrationStates as readonly string[]).includes(value);
}

/** Waiting for someone in the approval chain (what the activity lifecycle counts as not yet reviewed). */
export function isRegistrationAwaitingReview(state: RegistrationState): boolean {
  return state === "PENDING_UNIT" || state === "PENDING_COUNTY" || state === "PENDING_ORGANIZER";
}

/**
 * Still in play: everything except 未通过 and 已撤销. A returned registration is live, because the
 * registrant may fix and resubmit it; live registrations count for "one entry per worker".
 */
export function isLiveRegistrationState(state: RegistrationState): boolean {
  return state !== "REJECTED" && state !== "WITHDRAWN";
}

/**
 * The state as a worker reads it on their phone: "候补第 2 位", "已退回（退回原因：…）",
 * "未通过（原因：…）". The waiting
 * position is computed from the category's list (waitingListPositions), never stored, so it
 * cannot go stale when someone ahead withdraws.
 */
export function registrationStateText(
  state: RegistrationState,
  details: { waitingPosition?: number | null; returnReason?: string | null; rejectionReason?: string | null } = {},
): string {
  if (state === "WAITLISTED" && details.waitingPosition) return `候补第 ${details.waitingPosition} 位`;
  const returnReason = details.returnReason?.trim();
  if (state === "RETURNED" && returnReason) return `已退回（退回原因：${returnReason}）`;
  const rejectionReason = details.rejectionReason?.trim();
  if (state === "REJECTED" && rejectionReason) return `未通过（原因：${rejectionReason}）`;
  return registrationStateLabels[state];
}
