// What a registration's state means for the worker: the badge's colour and what happens next.

export type OutcomeTone = "neutral" | "good" | "warn" | "bad";

/** Which sentence says what happens next (keys of the activities dictionary). */
export type NextStep =
  | "activities.next.pending"
  | "activities.next.confirmed"
  | "activities.next.waitlisted"
  | "activities.next.returned"
  | "activities.next.rejected"
  | "activities.next.withdrawn";

export interface Outcome {
  tone: OutcomeTone;
  next: NextStep;
}

/** The tone and the next step for a RegistrationState (PENDING_UNIT, CONFIRMED, WAITLISTED …). */
export function outcomeOf(state: string): Outcome {
  switch (state) {
    case "CONFIRMED":
    case "APPROVED":
      return { tone: "good", next: "activities.next.confirmed" };
    case "WAITLISTED":
      return { tone: "warn", next: "activities.next.waitlisted" };
    case "RETURNED":
      return { tone: "warn", next: "activities.next.returned" };
    case "REJECTED":
      return { tone: "bad", next: "activities.next.rejected" };
    case "WITHDRAWN":
      return { tone: "neutral", next: "activities.next.withdrawn" };
    default:
      // PENDING_UNIT, PENDING_COUNTY, PENDING_ORGANIZER: somebody still has to approve it.
      return { tone: "neutral", next: "activities.next.pending" };
  }
}

/**
 * What withdrawing gives up, said in the confirmation: a confirmed place goes to the first on the
 * waiting list, a waiting position is lost, anything else is simply cancelled.
 */
export function withdrawWarning(
  state: string,
): "activities.withdraw.placeGoes" | "activities.withdraw.waitingLost" | "activities.withdraw.cannotUndo" {
  if (state === "CONFIRMED" || state === "APPROVED") return "activities.withdraw.placeGoes";
  if (state === "WAITLISTED") return "activities.withdraw.waitingLost";
  return "activities.withdraw.cannotUndo";
}
