// What every browser test needs: the real API (demo data, a throw-away SQLite file and file
// storage) in this process, serving the built admin panel and/or portal, and Debian's Chromium
// driven by playwright-core at the size the test asks for (in Chinese unless told).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "@jinzhou/api";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { requireBuild } from "./builds.ts";
import { launchChromium, requireChromium } from "./chromium.ts";
import { type GraphqlCall, graphqlClient, signInOverGraphql } from "./graphql-client.ts";
import { createCapturingLog } from "./server-log.ts";

export interface BrowserSessionOptions {
  viewport: { width: number; height: number };
  /** A phone: the meta viewport is honoured (playwright's isMobile). */
  isMobile?: boolean;
  hasTouch?: boolean;
  /** The browser's language; zh-CN unless told. */
  locale?: string;
  /** Where shoot() writes its screenshots (created when missing). */
  screenshotsDir: string;
  /** The admin panel's build, served at /admin/; must hold index.html when given. */
  adminDist?: string;
  /** The portal's build, served at /; must hold index.html when given. */
  portalDist?: string;
}

export interface BrowserSession {
  /** http://127.0.0.1:<port>, serving /graphql and the builds given. */
  baseUrl: string;
  /** The first page, at the session's size and language. */
  page: Page;
  /** Another page at the same size and language, in its own browser context (its own storage: another user). */
  newPage(): Promise<Page>;
  /** A full-page screenshot of `page` as <screenshotsDir>/<name>.png. */
  shoot(name: string): Promise<void>;
  /** A GraphQL call to the same server, for preparing data as another client would. */
  graphql: GraphqlCall;
  /** Signs in over GraphQL (demo password jinzhou2015) and returns the token. */
  tokenFor(username: string): Promise<string>;
  /** The codes the embedded SMS sender logged (field developerOnlyCode), oldest first. */
  smsCodes(): string[];
  close(): Promise<void>;
}

/**
 * Starts the API with the demo data and a browser page on it. Throws when Chromium (under
 * CI=true; elsewhere tests check skipBrowserTests first) or a build asked for is missing.
 */
export async function openBrowserSession(options: BrowserSessionOptions): Promise<BrowserSession> {
  requireChromium();
  if (options.adminDist !== undefined) {
    requireBuild({ dir: options.adminDist, label: "the panel", buildCommand: "pnpm --filter @jinzhou/admin build" });
  }
  if (options.portalDist !== undefined) {
    requireBuild({ dir: options.portalDist, label: "the portal", buildCommand: "pnpm --filter @jinzhou/portal build" });
  }
  mkdirSync(options.screenshotsDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), "jinzhou-e2e-"));
  const serverLog = createCapturingLog();
  const server = await startServer({
    databaseUrl: `file:${join(dataDir, "e2e.db")}`,
    port: 0,
    host: "127.0.0.1",
    demoData: true,
    storageDir: join(dataDir, "files"),
    adminDist: options.adminDist,
    portalDist: options.portalDist,
    log: serverLog.log,
  });
  const url = new URL(server.url);
  url.hostname = "127.0.0.1";
  const baseUrl = url.origin;
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const pageOptions: BrowserContextOptions = {
    viewport: options.viewport,
    isMobile: options.isMobile ?? false,
    hasTouch: options.hasTouch ?? false,
    locale: options.locale ?? "zh-CN",
  };
  const newPage = async () => {
    const page = await browser.newPage(pageOptions);
    page.setDefaultTimeout(20_000);
    return page;
  };
  const page = await newPage();
  const graphql = graphqlClient(baseUrl);

  return {
    baseUrl,
    page,
    newPage,
    shoot: async (name) => {
      await page.screenshot({ path: join(options.screenshotsDir, `${name}.png`), fullPage: true });
    },
    graphql,
    tokenFor: (username) => signInOverGraphql(graphql, username),
    smsCodes: serverLog.smsCodes,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      const errors = serverLog.errors();
      if (errors.length > 0) console.error(`The API logged errors:\n${errors.join("\n")}`);
    },
  };
}

/** What the GraphQL-level fixtures need of a session: a client of its server. */
export type SessionApi = Pick<BrowserSession, "graphql" | "tokenFor">;
