// The panel's own steps that several browser tests share: signing in through its login form.
// Preparing data over GraphQL (activities, enrolments, worker accounts) is in @jinzhou/browser-testing.
import { demoPassword, type Page } from "@jinzhou/browser-testing";
import type { PanelSession } from "./panel-browser.ts";

/** Fills the login form the page shows with a demo account and presses 登录. */
export async function submitLogin(page: Page, username: string): Promise<void> {
  await page.getByLabel("用户名").fill(username);
  await page.locator('input[name="password"]').fill(demoPassword);
  await page.getByRole("button", { name: "登录" }).click();
  // Signed in once the panel has left the login page and shows its menu.
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));
  await page.locator(".RaMenu-open, .RaMenu-closed").first().waitFor();
}

/** Opens the panel on a fresh page (which shows the login form) and signs in as a demo account. */
export async function signIn(panel: PanelSession, username: string): Promise<void> {
  await panel.page.goto(`${panel.baseUrl}/admin/`);
  await submitLogin(panel.page, username);
}

/** Drops whoever is signed in (the stored token) and signs in through the login form as a demo account. */
export async function signInAgain(panel: PanelSession, username: string): Promise<void> {
  const { page, baseUrl } = panel;
  await page.goto(`${baseUrl}/admin/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${baseUrl}/admin/login`);
  await submitLogin(page, username);
}
