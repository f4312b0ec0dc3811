// `pnpm bench` (and `pnpm --filter @jinzhou/portal bench`): how the portal does on a phone on a
// slow connection. Prints each page's first-load JavaScript (gzipped, from Vite's manifest), then
// opens the pages in Chromium at 375×812 against the real API with the demo's data and activities,
// on each network profile: a cold first visit (empty cache) and a warm second one. For each it
// prints the bytes received by kind, DOMContentLoaded and when the page's content was usable.
// Figures, not pass/fail (the 200 KB budget is enforced by scripts/bundle-budget.test.ts).
//   PORTAL_DIST=/tmp/portal-x node --import tsx bench/slow-phone.ts   (default: apps/portal/dist)
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ServerOptions, startServer } from "@jinzhou/api";
import { chromiumPath, launchChromium } from "@jinzhou/browser-testing";
import { firstLoadBudgetBytes, pageLoads } from "../scripts/bundle-budget.ts";
import { appMessages } from "../src/app/messages.ts";
import { describeProfile, networkProfiles } from "./network-profiles.ts";
import { type VisitFigures, visitPage } from "./page-visit.ts";
import { benchPages } from "./portal-pages.ts";
import { formatTable, kilobytes, milliseconds } from "./report-table.ts";

const portalDist = process.env.PORTAL_DIST ?? fileURLToPath(new URL("../dist/", import.meta.url));
const visitTimeoutMs = 90_000;

function printFirstLoads(): void {
  console.log(`\nFirst-load JavaScript per page, gzipped (budget ${firstLoadBudgetBytes / 1024} KB), ${portalDist}`);
  if (!existsSync(join(portalDist, ".vite", "manifest.json"))) {
    console.log("  no build with a manifest there: run `pnpm --filter @jinzhou/portal build` first");
    return;
  }
  const loads = pageLoads(portalDist);
  console.log(
    formatTable(
      [{ heading: "KB", align: "right" }, { heading: "page" }],
      loads.map((load) => [kilobytes(load.gzipBytes), load.page]),
    ),
  );
}

/** The API's errors go to stderr; its everyday log lines would drown the table. */
const errorsOnlyLog: NonNullable<ServerOptions["log"]> = {
  info() {},
  warn() {},
  error(message, fields) {
    console.error(`API error: ${message} ${JSON.stringify(fields ?? {})}`);
  },
};

function row(page: string, path: string, visit: string, figures: VisitFigures): string[] {
  const total = figures.jsBytes + figures.cssBytes + figures.otherBytes;
  return [
    page,
    path,
    visit,
    kilobytes(figures.jsBytes),
    kilobytes(figures.cssBytes),
    kilobytes(figures.otherBytes),
    kilobytes(total),
    String(figures.cachedFiles),
    milliseconds(figures.domContentLoadedMs),
    milliseconds(figures.usableMs),
    figures.detail ? `${figures.status}: ${figures.detail}` : figures.status,
  ];
}

const columns = [
  { heading: "page" },
  { heading: "path" },
  { heading: "visit" },
  { heading: "JS KB", align: "right" as const },
  { heading: "CSS KB", align: "right" as const },
  { heading: "other KB", align: "right" as const },
  { heading: "total KB", align: "right" as const },
  { heading: "cached", align: "right" as const },
  { heading: "DCL ms", align: "right" as const },
  { heading: "usable ms", align: "right" as const },
  { heading: "status" },
];

async function measurePages(): Promise<void> {
  if (!existsSync(join(portalDist, "index.html"))) {
    console.log(`\nNo portal build at ${portalDist} (index.html missing): skipped opening the pages.`);
    return;
  }
  if (!existsSync(chromiumPath)) {
    console.log(`\nNo Chromium at ${chromiumPath} (set CHROMIUM_PATH): skipped opening the pages.`);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), "jinzhou-portal-bench-"));
  const started = performance.now();
  const server = await startServer({
    databaseUrl: `file:${join(dataDir, "bench.db")}`,
    port: 0,
    host: "127.0.0.1",
    demoData: true,
    demoActivities: true,
    storageDir: join(dataDir, "files"),
    portalDist,
    log: errorsOnlyLog,
  });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const browser = await launchChromium();
  try {
    const pages = await benchPages(baseUrl);
    console.log(
      `\nThe portal on a phone (Chromium ${browser.version()}, 375×812, touch), demo data and activities ` +
        `(loaded in ${((performance.now() - started) / 1000).toFixed(1)} s). Bytes as received (headers and ` +
        "body as sent); cold: a fresh browser profile, empty cache; warm: the same page again; cached: files " +
        "taken from the cache; usable: the page's heading and content shown, no loading placeholder left.",
    );
    for (const profile of networkProfiles) {
      const rows: string[][] = [];
      for (const page of pages) {
        if (page.path === null) {
          rows.push([page.name, "—", "—", "", "", "", "", "", "", "", `not measured: ${page.missing}`]);
          continue;
        }
        // A fresh context per page: its HTTP cache is empty, so the first visit is a cold one.
        const context = await browser.newContext({
          viewport: { width: 375, height: 812 },
          isMobile: true,
          hasTouch: true,
          locale: "zh-CN",
        });
        try {
          const visit = { url: `${baseUrl}${page.path}`, profile, notFoundTitle: appMessages.zh["app.notFound.title"] };
          process.stderr.write(`${profile.name} ${page.path} …\n`);
          const cold = await visitPage(context, { ...visit, timeoutMs: visitTimeoutMs });
          rows.push(row(page.name, page.path, "cold", cold));
          const warm = await visitPage(context, { ...visit, timeoutMs: visitTimeoutMs });
          rows.push(row("", "", "warm", warm));
        } finally {
          await context.close();
        }
      }
      console.log(`\n${profile.name} (${describeProfile(profile)})`);
      console.log(formatTable(columns, rows));
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

printFirstLoads();
await measurePages();
