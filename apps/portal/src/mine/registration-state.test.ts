import { describe, expect, it } from "vitest";
import { byLiveThenNewest, isLive, nextStepOf, toneOfState } from "./registration-state.ts";

describe("a registration's state on the worker's page", () => {
  it("is green when the place is held, amber while waiting or returned, red when refused", () => {
    expect(toneOfState("CONFIRMED")).toBe("good");
    expect(toneOfState("APPROVED")).toBe("good");
    expect(toneOfState("WAITLISTED")).toBe("warn");
    expect(toneOfState("RETURNED")).toBe("warn");
    expect(toneOfState("REJECTED")).toBe("bad");
    expect(toneOfState("PENDING_UNIT")).toBe("neutral");
    expect(toneOfState("WITHDRAWN")).toBe("neutral");
  });

  it("tells the next step for each state", () => {
    expect(nextStepOf("PENDING_COUNTY")).toBe("mine.next.pending");
    expect(nextStepOf("CONFIRMED")).toBe("mine.next.placed");
    expect(nextStepOf("WAITLISTED")).toBe("mine.next.waiting");
    expect(nextStepOf("RETURNED")).toBe("mine.next.returned");
    expect(nextStepOf("WITHDRAWN")).toBe("mine.next.closed");
  });

  it("lists live entries first, newest first within each group", () => {
    const entries = [
      { id: "1", state: "WITHDRAWN", registeredAt: "2015-09-03T01:00:00Z" },
      { id: "2", state: "CONFIRMED", registeredAt: "2015-09-01T01:00:00Z" },
      { id: "3", state: "WAITLISTED", registeredAt: "2015-09-02T01:00:00Z" },
      { id: "4", state: "REJECTED", registeredAt: "2015-08-01T01:00:00Z" },
    ];
    expect(byLiveThenNewest(entries).map((entry) => entry.id)).toEqual(["3", "2", "1", "4"]);
    expect(isLive("RETURNED")).toBe(true);
  });
});
