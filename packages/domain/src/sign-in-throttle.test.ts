import { describe, expect, it } from "vitest";
import { isThrottleWindowOpen, signInThrottle, throttleAfterFailure } from "./sign-in-throttle.ts";

describe("sign-in throttle per client address", () => {
  const now = new Date("2026-03-01T08:00:00Z");

  it("allows 20 failures in 15 minutes and locks the address for 15 minutes at the 20th", () => {
    expect(signInThrottle).toEqual({ maxFailures: 20, windowMinutes: 15, lockMinutes: 15 });
    expect(throttleAfterFailure(19, now)).toBeNull();
    expect(throttleAfterFailure(20, now)).toEqual(new Date("2026-03-01T08:15:00Z"));
    expect(throttleAfterFailure(27, now)).toEqual(new Date("2026-03-01T08:15:00Z"));
  });

  it("counts within a 15-minute window that starts afresh once it has passed", () => {
    expect(isThrottleWindowOpen(new Date("2026-03-01T07:45:00.001Z"), now)).toBe(true);
    expect(isThrottleWindowOpen(new Date("2026-03-01T07:45:00Z"), now)).toBe(false);
    expect(isThrottleWindowOpen(now, now)).toBe(true);
  });
});
