// The panel's browser tests run on the shared harness (@jinzhou/browser-testing): the real API with
// the demo data serving the built panel, and Chromium at a desktop size in Chinese.
import { fileURLToPath } from "node:url";
import { type BrowserSession, openBrowserSession } from "@jinzhou/browser-testing";

export { skipBrowserTests, warnIfSkipped } from "@jinzhou/browser-testing";

/** A browser session on the panel; screenshots go to apps/admin/test-results/ (not committed). */
export type PanelSession = BrowserSession;

/** Starts the API with the demo data serving the panel's build (ADMIN_DIST or apps/admin/dist) and a 1280×800 page on it. */
export function openPanel(): Promise<PanelSession> {
  return openBrowserSession({
    viewport: { width: 1280, height: 800 },
    screenshotsDir: fileURLToPath(new URL("../test-results/", import.meta.url)),
    // ADMIN_DIST points the tests at another build of the panel (e.g. `vite build --outDir /tmp/x`).
    adminDist: process.env.ADMIN_DIST ?? fileURLToPath(new URL("../dist/", import.meta.url)),
  });
}
