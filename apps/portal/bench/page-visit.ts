// One visit of one portal page on an emulated phone connection, and what it cost: bytes over the
// wire by kind, DOMContentLoaded, and when the page's content was there to use.
import type { BrowserContext, Page } from "playwright-core";
import { emulatedConditions, type NetworkProfile } from "./network-profiles.ts";

export type VisitStatus = "usable" | "not built yet" | "error shown" | "timed out" | "portal not built";

export interface VisitFigures {
  status: VisitStatus;
  /** The error the page showed, when it showed one. */
  detail?: string;
  /** Bytes received (headers and compressed body; 0 for a file taken from the cache). */
  jsBytes: number;
  cssBytes: number;
  otherBytes: number;
  /** Files the browser took from its cache without asking the server. */
  cachedFiles: number;
  /** Milliseconds from the start of navigation. */
  domContentLoadedMs: number | null;
  usableMs: number | null;
}

export interface VisitOptions {
  url: string;
  profile: NetworkProfile;
  /** The not-found page's heading (src/app/messages.ts "app.notFound.title"): that path is not routed yet. */
  notFoundTitle: string;
  /** How long to wait for the page to become usable. */
  timeoutMs: number;
}

interface BenchWindow {
  __benchUsableAt?: number;
}

/**
 * Runs in the page before its own scripts: notes the moment the page is usable — the page's h1 is
 * there, its body has content (a card, a list, a notice), and no grey .skeleton placeholder is
 * left — at the next frame after the DOM first gets there. A string, not a function: tsx names
 * the functions it compiles with a helper the page does not have.
 */
const watchForUsable = `(() => {
  const usable = () =>
    document.querySelector("main.page h1") !== null &&
    (document.querySelector("main.page .page-body")?.childElementCount ?? 0) > 0 &&
    document.querySelector(".skeleton") === null;
  let noted = false;
  const observer = new MutationObserver(() => {
    if (noted || !usable()) return;
    noted = true;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__benchUsableAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** What the page downloaded so far, read from its Navigation and Resource Timing entries. */
function readTimings() {
  const entries = [
    ...performance.getEntriesByType("navigation"),
    ...performance.getEntriesByType("resource"),
  ] as PerformanceResourceTiming[];
  const sums = { jsBytes: 0, cssBytes: 0, otherBytes: 0, cachedFiles: 0 };
  for (const entry of entries) {
    const path = new URL(entry.name).pathname;
    if (path.endsWith(".js")) sums.jsBytes += entry.transferSize;
    else if (path.endsWith(".css")) sums.cssBytes += entry.transferSize;
    else sums.otherBytes += entry.transferSize;
    if (entry.transferSize === 0 && entry.encodedBodySize > 0) sums.cachedFiles += 1;
  }
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  return {
    ...sums,
    domContentLoadedMs:
      navigation && navigation.domContentLoadedEventEnd > 0 ? navigation.domContentLoadedEventEnd : null,
    usableMs: (window as unknown as BenchWindow).__benchUsableAt ?? null,
  };
}

/** What the page shows once usable: the not-found page, an error, or its content. */
async function statusOf(page: Page, notFoundTitle: string): Promise<{ status: VisitStatus; detail?: string }> {
  const heading = (await page.locator("main.page h1").first().textContent())?.trim();
  if (heading === notFoundTitle) return { status: "not built yet" };
  const alert = page.locator("main.page .notice-error");
  if ((await alert.count()) > 0) return { status: "error shown", detail: (await alert.first().textContent())?.trim() };
  return { status: "usable" };
}

/**
 * Opens `url` in a new tab of `context` on the profile's connection. In a fresh context the cache
 * is empty (a cold first visit); a second call in the same context is a warm visit.
 */
export async function visitPage(context: BrowserContext, options: VisitOptions): Promise<VisitFigures> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", emulatedConditions(options.profile));
    await page.addInitScript({ content: watchForUsable });
    const response = await page.goto(options.url, { waitUntil: "commit", timeout: options.timeoutMs });
    if (response?.status() === 503) {
      return { ...(await page.evaluate(readTimings)), status: "portal not built" };
    }
    let outcome: { status: VisitStatus; detail?: string };
    try {
      await page.waitForFunction(() => (window as unknown as BenchWindow).__benchUsableAt !== undefined, undefined, {
        timeout: options.timeoutMs,
        polling: 50,
      });
      outcome = await statusOf(page, options.notFoundTitle);
    } catch {
      outcome = { status: "timed out" };
    }
    // Count what the page fetches on opening even after it is usable (a lazily loaded module, a
    // second query); a live page's WebSocket never goes quiet, hence the cap.
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);
    return { ...(await page.evaluate(readTimings)), ...outcome };
  } finally {
    await page.close();
  }
}
