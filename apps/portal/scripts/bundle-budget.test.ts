import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { firstLoadBudgetBytes, pageLoads } from "./bundle-budget.ts";

// The build `pnpm test` makes first (turbo runs build before test); PORTAL_DIST points elsewhere.
const distDir = process.env.PORTAL_DIST ?? fileURLToPath(new URL("../dist/", import.meta.url));
const built = existsSync(`${distDir}/.vite/manifest.json`);
if (!built && process.env.CI !== "true") {
  console.warn(`Skipping the bundle budget: ${distDir} has no build. Run pnpm --filter @jinzhou/portal build.`);
}

describe.skipIf(!built && process.env.CI !== "true")("the portal's JavaScript on a phone", () => {
  it(`opens every page with at most ${firstLoadBudgetBytes / 1024} KB of gzipped JavaScript`, () => {
    const loads = pageLoads(distDir);
    expect(loads.length).toBeGreaterThan(1);
    const over = loads.filter((load) => load.gzipBytes > firstLoadBudgetBytes);
    expect(over.map((load) => `${load.page}: ${(load.gzipBytes / 1024).toFixed(1)} KB`)).toEqual([]);
  });

  it("loads no page's code with the start page: each page is its own chunk", () => {
    const loads = pageLoads(distDir);
    const entry = loads.find((load) => load.page === "entry");
    const home = loads.find((load) => load.page.endsWith("home/HomePage.tsx"));
    expect(entry).toBeDefined();
    expect(home?.files.length).toBeGreaterThan(entry?.files.length ?? 0);
  });
});
