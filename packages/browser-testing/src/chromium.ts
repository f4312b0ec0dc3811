// Debian's Chromium, driven by playwright-core. Where it is missing the browser tests are skipped
// with a message; under CI=true its absence fails them instead.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumMissing = !existsSync(chromiumPath);
const inCi = process.env.CI === "true";

/** True when the browser tests cannot run here and may be skipped (never under CI=true). */
export const skipBrowserTests = chromiumMissing && !inCi;

/** Says why a browser test is skipped; call at module level. */
export function warnIfSkipped(what: string): void {
  if (!skipBrowserTests) return;
  console.warn(
    `Skipping ${what}: no Chromium at ${chromiumPath}. ` +
      "Install Debian's chromium and fonts-noto-cjk, or set CHROMIUM_PATH. Under CI=true this test fails instead.",
  );
}

/** Throws when there is no Chromium to drive (reached only under CI=true: elsewhere the tests are skipped). */
export function requireChromium(): void {
  if (!chromiumMissing) return;
  throw new Error(
    `CI=true and no Chromium at ${chromiumPath}: install Debian's chromium and fonts-noto-cjk ` +
      "(apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.",
  );
}

/** Starts a headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
