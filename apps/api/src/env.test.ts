import { describe, expect, it } from "vitest";
import { defaultDataDir, defaultPortalDist, readEnvironment } from "./env.ts";

describe("readEnvironment", () => {
  it("has safe defaults for the embedded mode", () => {
    expect(readEnvironment({})).toMatchObject({
      NODE_ENV: "production",
      PORT: 4000,
      DATABASE_URL: `file:${defaultDataDir}/jinzhou.db`,
      LOAD_DEMO_DATA: "auto",
      PORTAL_DIST: defaultPortalDist,
    });
    expect(defaultPortalDist).toMatch(/\/apps\/portal\/dist\/$/);
    expect(readEnvironment({}).AUTH_SECRET).toBeUndefined();
    expect(readEnvironment({ PORTAL_DIST: "/srv/portal" }).PORTAL_DIST).toBe("/srv/portal");
  });

  it("reads PORT as a number", () => {
    expect(readEnvironment({ PORT: "8080" }).PORT).toBe(8080);
  });

  it("names every wrong value at once", () => {
    expect(() => readEnvironment({ PORT: "eighty", AUTH_SECRET: "short", LOAD_DEMO_DATA: "yes" })).toThrow(
      /PORT[\s\S]*AUTH_SECRET: AUTH_SECRET must be at least 32 characters[\s\S]*LOAD_DEMO_DATA/,
    );
  });
});
