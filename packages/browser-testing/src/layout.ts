import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Asserts that the page does not scroll sideways (tables may scroll inside their own box). Polled:
 * right after a resize the layout (menus folding, grids reflowing) takes a moment to settle.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { timeout: 5_000 })
    .toBeLessThanOrEqual(0);
}
