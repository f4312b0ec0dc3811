import { describe, expect, it } from "vitest";
import { at } from "./demo-clock.ts";

describe("the demo's clock", () => {
  it("reads the given moment inside, the real time outside, and keeps ticking", async () => {
    const before = new Date();
    const moment = new Date("2015-09-01T01:00:00Z");
    const inside = await at(moment, async () => {
      const first = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
      // The constructor without arguments reads the shifted clock too.
      return { first, second: Date.parse(new Date().toISOString()) };
    });
    expect(inside.first - moment.getTime()).toBeGreaterThanOrEqual(0);
    expect(inside.first - moment.getTime()).toBeLessThan(1_000);
    expect(inside.second - inside.first).toBeGreaterThanOrEqual(15);
    expect(Date.now() - before.getTime()).toBeLessThan(60_000);
    expect(new Date().getFullYear()).toBe(before.getFullYear());
  });

  it("leaves dates given explicitly alone, and old dates are still dates", async () => {
    const old = new Date("2020-01-02T03:04:05Z");
    await at(new Date("2015-09-01T01:00:00Z"), async () => {
      expect(new Date("2020-01-02T03:04:05Z").toISOString()).toBe("2020-01-02T03:04:05.000Z");
      expect(new Date(2020, 0, 2).getDate()).toBe(2);
      expect(old instanceof Date).toBe(true);
      expect(new Date() instanceof Date).toBe(true);
    });
  });

  it("puts the real clock back when the work fails", async () => {
    const RealDate = Date;
    await expect(
      at(new Date("2015-09-01T01:00:00Z"), async () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(Date).toBe(RealDate);
  });
});
