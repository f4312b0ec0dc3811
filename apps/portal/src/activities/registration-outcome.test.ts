import { describe, expect, it } from "vitest";
import { outcomeOf, withdrawWarning } from "./registration-outcome.ts";

describe("outcomeOf", () => {
  it("tells what happens next for each state", () => {
    expect(outcomeOf("PENDING_UNIT")).toEqual({ tone: "neutral", next: "activities.next.pending" });
    expect(outcomeOf("PENDING_ORGANIZER").next).toBe("activities.next.pending");
    expect(outcomeOf("CONFIRMED")).toEqual({ tone: "good", next: "activities.next.confirmed" });
    expect(outcomeOf("WAITLISTED")).toEqual({ tone: "warn", next: "activities.next.waitlisted" });
    expect(outcomeOf("RETURNED").next).toBe("activities.next.returned");
    expect(outcomeOf("REJECTED").tone).toBe("bad");
    expect(outcomeOf("WITHDRAWN").next).toBe("activities.next.withdrawn");
  });
});

describe("withdrawWarning", () => {
  it("says a confirmed place goes to the waiting list and a waiting position is lost", () => {
    expect(withdrawWarning("CONFIRMED")).toBe("activities.withdraw.placeGoes");
    expect(withdrawWarning("WAITLISTED")).toBe("activities.withdraw.waitingLost");
    expect(withdrawWarning("PENDING_UNIT")).toBe("activities.withdraw.cannotUndo");
  });
});
