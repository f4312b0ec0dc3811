import { describe, expect, it } from "vitest";
import { secondsLeft } from "./use-countdown.ts";

describe("secondsLeft", () => {
  it("rounds up to whole seconds and stops at zero", () => {
    expect(secondsLeft(60_000, 0)).toBe(60);
    expect(secondsLeft(60_000, 100)).toBe(60);
    expect(secondsLeft(60_000, 59_001)).toBe(1);
    expect(secondsLeft(60_000, 60_000)).toBe(0);
    expect(secondsLeft(60_000, 70_000)).toBe(0);
  });
});
