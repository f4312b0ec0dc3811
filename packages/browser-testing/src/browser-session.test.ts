import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, openBrowserSession } from "./browser-session.ts";
import { skipBrowserTests, warnIfSkipped } from "./chromium.ts";

warnIfSkipped("the browser session test");

describe.skipIf(skipBrowserTests)("a browser session at a phone's size", () => {
  let session: BrowserSession | undefined;
  const screenshotsDir = mkdtempSync(join(tmpdir(), "browser-testing-shots-"));
  // A stand-in for the portal's build: a page laid out at the device's width, like the portal.
  const portalDist = join(screenshotsDir, "portal");
  mkdirSync(portalDist);
  writeFileSync(
    join(portalDist, "index.html"),
    '<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1"><p>职工活动</p>',
  );
  const current = () => session as BrowserSession;
  /** A deep link of the portal, which the API answers with its index.html. */
  const openPortal = async (page: Page) => {
    await page.goto(`${current().baseUrl}/activities/42`);
    await page.getByText("职工活动").waitFor();
  };

  beforeAll(async () => {
    session = await openBrowserSession({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      screenshotsDir,
      portalDist,
    });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(screenshotsDir, { recursive: true, force: true });
  });

  it("opens Chromium at 375×812 as a phone, in Chinese, on the API", async () => {
    const { page, baseUrl } = current();
    const response = await page.goto(`${baseUrl}/healthz`);
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => [screen.width, navigator.language, navigator.maxTouchPoints > 0])).toEqual([
      375,
      "zh-CN",
      true,
    ]);
    // The portal (served from portalDist), asking for the device's width, is laid out 375 px wide.
    await openPortal(page);
    expect(await page.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([375, 812]);
  });

  it("signs demo accounts in over GraphQL", async () => {
    const token = await current().tokenFor("organizer");
    const me = await current().graphql<{ me: { displayName: string } | null }>("{ me { displayName } }", {}, token);
    expect(me.me?.displayName).toBeTruthy();
  });

  it("reads the SMS codes the API logged, which verify", async () => {
    const { graphql, smsCodes } = current();
    expect(smsCodes()).toEqual([]);
    const asked = await graphql<{ requestVoterCode: { challenge: string } }>(
      "mutation ($p: String!) { requestVoterCode(phone: $p) { challenge } }",
      { p: "13912345678" },
    );
    const [code] = smsCodes();
    expect(code).toMatch(/^\d{6}$/);
    const verified = await graphql<{ verifyVoterCode: { maskedPhone: string } }>(
      "mutation ($c: String!, $code: String!) { verifyVoterCode(challenge: $c, code: $code) { maskedPhone } }",
      { c: asked.requestVoterCode.challenge, code },
    );
    expect(verified.verifyVoterCode.maskedPhone).toBe("139****5678");
  });

  it("opens another page with its own storage, and shoots the first", async () => {
    const { page, newPage, shoot } = current();
    await page.evaluate(() => localStorage.setItem("who", "first"));
    const other = await newPage();
    await openPortal(other);
    expect(await other.evaluate(() => [window.innerWidth, localStorage.getItem("who")])).toEqual([375, null]);
    await shoot("healthz");
    expect(existsSync(join(screenshotsDir, "healthz.png"))).toBe(true);
  });
});
