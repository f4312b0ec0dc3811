import { DomainError } from "@jinzhou/domain";
import { describe, expect, it } from "vitest";
import { countFailedRosterCheck, refuseThrottledRosterChecks, rosterCheckLimit } from "./roster-check-throttle.ts";

function refusal(address: string, nowMs: number): string | null {
  try {
    refuseThrottledRosterChecks(address, nowMs);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return `${error.code} ${error.message}`;
  }
}

describe("roster check throttle", () => {
  it("allows 10 failures an hour per address, then refuses until the hour counted from the first is over", () => {
    const start = Date.parse("2026-05-01T08:00:00Z");
    const address = "203.0.113.10";
    for (let failure = 0; failure < rosterCheckLimit.maxFailures; failure++) {
      expect(refusal(address, start + failure * 60_000)).toBeNull();
      countFailedRosterCheck(address, start + failure * 60_000);
    }
    expect(refusal(address, start + 10 * 60_000)).toBe("WORKER_CODE_TOO_FREQUENT 核对失败次数过多，请 50 分钟后再试");
    expect(refusal(address, start + 59 * 60_000 + 30_000)).toBe(
      "WORKER_CODE_TOO_FREQUENT 核对失败次数过多，请 1 分钟后再试",
    );
    expect(refusal("203.0.113.11", start + 10 * 60_000)).toBeNull();
    // A new hour starts a new count.
    expect(refusal(address, start + 60 * 60_000)).toBeNull();
    countFailedRosterCheck(address, start + 60 * 60_000);
    expect(refusal(address, start + 61 * 60_000)).toBeNull();
  });
});
