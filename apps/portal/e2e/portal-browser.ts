// The portal's browser tests: a phone-size Chromium (375×812, touch) against the real API serving
// the built portal (PORTAL_DIST, or apps/portal/dist), with the demo data.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserSession, openBrowserSession, type Page } from "@jinzhou/browser-testing";
import { afterAll, afterEach } from "vitest";

export * from "@jinzhou/browser-testing";

const portalDir = fileURLToPath(new URL("..", import.meta.url));

/** Where the build under test is: PORTAL_DIST when set (a build elsewhere), else apps/portal/dist. */
export const portalDist = process.env.PORTAL_DIST ?? `${portalDir}dist`;

/** Where screenshots go (not committed): apps/portal/test-results/, or SCREENSHOTS_DIR. */
export const screenshotsDir = process.env.SCREENSHOTS_DIR ?? `${portalDir}test-results`;

/** A phone's browser on the portal. */
export function openPortal(): Promise<BrowserSession> {
  return openBrowserSession({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    screenshotsDir,
    portalDist,
  });
}

/**
 * A screenshot of another page than the session's own (a second phone, a second worker) in the
 * same folder as `session.shoot`: the whole page, or with `{ screenOnly: true }` what its screen shows.
 */
export async function shootPage(page: Page, name: string, { screenOnly = false } = {}): Promise<void> {
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: !screenOnly });
}

/**
 * Inside a `describe`: a screenshot `<prefix>-failed-<test>` of the session's page after each
 * failing test, and the session closed after the last.
 */
export function shootFailuresThenClose(prefix: string, current: () => BrowserSession | undefined): void {
  afterEach(async (context) => {
    if (context.task.result?.state === "fail")
      await current()?.shoot(`${prefix}-failed-${context.task.name.slice(0, 24)}`);
  });
  afterAll(async () => {
    await current()?.close();
  });
}
