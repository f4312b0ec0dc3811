/** A registration's state as the API names it (RegistrationState). */
export type RegistrationState =
  | "PENDING_UNIT"
  | "PENDING_COUNTY"
  | "PENDING_ORGANIZER"
  | "APPROVED"
  | "CONFIRMED"
  | "WAITLISTED"
  | "RETURNED"
  | "REJECTED"
  | "WITHDRAWN";

export type StateTone = "neutral" | "good" | "warn" | "bad";

/** The colour of a state's badge: green when the place is held, amber while waiting or returned. */
export function toneOfState(state: string): StateTone {
  switch (state) {
    case "CONFIRMED":
    case "APPROVED":
      return "good";
    case "WAITLISTED":
    case "RETURNED":
      return "warn";
    case "REJECTED":
      return "bad";
    default:
      return "neutral";
  }
}

/** Entries that still count (not 未通过, not 已撤销): listed first, and the ones a worker may act on. */
export function isLive(state: string): boolean {
  return state !== "REJECTED" && state !== "WITHDRAWN";
}

/** What the worker should know next, as a message key of the "mine" dictionary. */
export function nextStepOf(
  state: string,
): "mine.next.pending" | "mine.next.placed" | "mine.next.waiting" | "mine.next.returned" | "mine.next.closed" {
  switch (state) {
    case "PENDING_UNIT":
    case "PENDING_COUNTY":
    case "PENDING_ORGANIZER":
      return "mine.next.pending";
    case "CONFIRMED":
    case "APPROVED":
      return "mine.next.placed";
    case "WAITLISTED":
      return "mine.next.waiting";
    case "RETURNED":
      return "mine.next.returned";
    default:
      return "mine.next.closed";
  }
}

/** Live entries first, then by registration time, newest first. */
export function byLiveThenNewest<T extends { state: string; registeredAt: string }>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) => Number(isLive(b.state)) - Number(isLive(a.state)) || b.registeredAt.localeCompare(a.registeredAt),
  );
}
