// The portal's browser tests: a phone-size Chromium (375×812, touch) against the real API serving
// the built portal (PORTAL_DIST, or apps/portal/dist), with the demo data.
import { fileURLToPath } from "node:url";
import { type BrowserSession, openBrowserSession } from "@jinzhou/browser-testing";

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
