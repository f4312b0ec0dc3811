// What every browser test of the panel needs: the real API (demo data, a throw-away SQLite file
// and file storage) serving the built panel, and Debian's Chromium driven by playwright-core at a
// desktop size in Chinese. Under CI=true a missing Chromium or a missing build fails the test;
// elsewhere the tests are skipped with a message.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "@jinzhou/api";
import { type Browser, chromium, type Page } from "playwright-core";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumMissing = !existsSync(chromiumPath);
const inCi = process.env.CI === "true";
// ADMIN_DIST points the tests at another build of the panel (e.g. `vite build --outDir /tmp/x`).
const adminDist = process.env.ADMIN_DIST ?? fileURLToPath(new URL("../dist/", import.meta.url));
const distIndex = join(adminDist, "index.html");
const screenshots = fileURLToPath(new URL("../test-results/", import.meta.url));

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

export interface PanelSession {
  /** http://127.0.0.1:<port>, serving /admin/ and /graphql. */
  baseUrl: string;
  page: Page;
  /** A full-page screenshot under apps/admin/test-results/ (not committed). */
  shoot(name: string): Promise<void>;
  /** A GraphQL call to the same server, for preparing data as another client would. */
  graphql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Signs in over GraphQL (demo password jinzhou2015) and returns the token. */
  tokenFor(username: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the API with the demo data and a browser page on it. */
export async function openPanel(): Promise<PanelSession> {
  if (chromiumMissing) {
    throw new Error(
      `CI=true and no Chromium at ${chromiumPath}: install Debian's chromium and fonts-noto-cjk ` +
        "(apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.",
    );
  }
  if (!existsSync(distIndex)) {
    throw new Error(`${distIndex} is missing: build the panel first (pnpm --filter @jinzhou/admin build).`);
  }
  mkdirSync(screenshots, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), "jinzhou-admin-e2e-"));
  const serverErrors: string[] = [];
  const server = await startServer({
    databaseUrl: `file:${join(dataDir, "e2e.db")}`,
    port: 0,
    host: "127.0.0.1",
    demoData: true,
    storageDir: join(dataDir, "files"),
    adminDist,
    log: {
      info() {},
      warn() {},
      error: (message, fields) => serverErrors.push(`${message} ${JSON.stringify(fields ?? {})}`),
    },
  });
  const url = new URL(server.url);
  url.hostname = "127.0.0.1";
  const baseUrl = url.origin;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
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
  } catch (error) {
    await server.close();
    throw error;
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
  page.setDefaultTimeout(20_000);

  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new Error(body.errors?.map((error) => error.message).join("; ") ?? "no data");
    }
    return body.data;
  };

  return {
    baseUrl,
    page,
    shoot: async (name) => {
      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
    },
    graphql,
    tokenFor: async (username) =>
      (
        await graphql<{ login: { token: string } }>(
          "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
          { u: username, p: "jinzhou2015" },
        )
      ).login.token,
    async close() {
      await browser?.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (serverErrors.length > 0) console.error(`The API logged errors:\n${serverErrors.join("\n")}`);
    },
  };
}
