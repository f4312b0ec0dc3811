import { describe, expect, it } from "vitest";
import { isSignInLocked, lockAfterFailure, signInLockout } from "./sign-in-lockout.ts";

describe("sign-in lockout", () => {
  const now = new Date("2015-03-18T06:26:01Z");

  it("locks on the fifth wrong password in a row, for 15 minutes", () => {
    expect(signInLockout).toEqual({ maxFailures: 5, lockMinutes: 15 });
    for (const failures of [1, 2, 3, 4]) expect(lockAfterFailure(failures, now)).toBeNull();
    // 06:26:01 + 15 min = 06:41:01
    expect(lockAfterFailure(5, now)).toEqual(new Date("2015-03-18T06:41:01Z"));
  });

  it("is locked until the instant the lock ends, and not after", () => {
    const until = new Date("2015-03-18T06:41:01Z");
    expect(isSignInLocked(until, new Date("2015-03-18T06:41:00.999Z"))).toBe(true);
    expect(isSignInLocked(until, until)).toBe(false);
    expect(isSignInLocked(null, now)).toBe(false);
  });
});
