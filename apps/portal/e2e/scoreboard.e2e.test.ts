import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { type JudgedContest, judgedContest } from "./judged-contest.ts";
import {
  type BrowserSession,
  expectNoSidewaysScroll,
  openPortal,
  shootFailuresThenClose,
  skipBrowserTests,
  warnIfSkipped,
} from "./portal-browser.ts";

/**
 * The live scoreboard on a phone (375×812) against the real API. Over GraphQL 生产保护部 runs a
 * 状元杯 into 评审中 with two entries and three judges each on its practical round. The page is
 * open; a judge submits a sheet (submitScore); the page shows the new score without reloading,
 * pushed over the WebSocket. Where no WebSocket gets through, the page falls back to reading the
 * board every 10 seconds and says so. Needs `vite build` and Chromium.
 */
warnIfSkipped("the live scoreboard browser test");

interface Board {
  roundScoreboard: {
    entries: { registrationId: string; score: string | null; judgesSubmitted: number; judgesAssigned: number }[];
  };
}

const judges = ["judge", "judge2", "judge3", "judge4", "judge5"];

describe.skipIf(skipBrowserTests)("the live scoreboard on a phone", () => {
  let portal: BrowserSession | undefined;
  let page: Page;
  let contest: JudgedContest;
  const session = () => portal as BrowserSession;

  /** A judge's sheet not submitted yet, of any of the five demo judges. */
  async function openSheet(): Promise<{ id: string; registrationId: string; token: string }> {
    for (const judge of judges) {
      const token = await session().tokenFor(judge);
      const mine = await session().graphql<{
        myJudgeAssignments: { id: string; registrationId: string; sheetState: string }[];
      }>(
        "query ($r: ID!) { myJudgeAssignments(roundId: $r) { id registrationId sheetState } }",
        { r: contest.roundId },
        token,
      );
      const sheet = mine.myJudgeAssignments.find((assignment) => assignment.sheetState !== "LOCKED");
      if (sheet) return { ...sheet, token };
    }
    throw new Error("no judge has a sheet left to submit");
  }

  /** The judge gives `fraction` of the marks on every criterion and submits (locks) the sheet. */
  async function submitSheet(sheet: { id: string; token: string }, fraction: number) {
    await session().graphql(
      "mutation ($a: ID!, $s: [CriterionScoreInput!]!, $k: String!) { submitScore(assignmentId: $a, scores: $s, idempotencyKey: $k) { state } }",
      {
        a: sheet.id,
        s: contest.criteria.map((criterion) => ({
          criterionKey: criterion.key,
          score: String(Math.round(Number(criterion.max) * fraction)),
        })),
        k: `live-${sheet.id}`,
      },
      sheet.token,
    );
  }

  async function boardEntry(registrationId: string) {
    const board = await session().graphql<Board>(
      "query ($r: ID!) { roundScoreboard(roundId: $r) { entries { registrationId score judgesSubmitted judgesAssigned } } }",
      { r: contest.roundId },
    );
    const entry = board.roundScoreboard.entries.find((candidate) => candidate.registrationId === registrationId);
    if (!entry) throw new Error(`registration ${registrationId} is not on the board`);
    return entry;
  }

  beforeAll(async () => {
    portal = await openPortal();
    page = portal.page;
    contest = await judgedContest(session(), `状元杯大屏测试${String(Date.now() % 100000).padStart(5, "0")}`);
  }, 180_000);

  shootFailuresThenClose("scoreboard", () => portal);

  it("shows the board with the scoring method, the update time and the live connection", async () => {
    await page.goto(`${session().baseUrl}/live/${contest.roundId}`);
    await page.getByText(contest.activityName).waitFor();
    await page.getByText(/^计分方法：.+/).waitFor();
    await page.getByText(/^更新于 \d{2}:\d{2}:\d{2}（北京时间）$/).waitFor();
    await expect.poll(() => page.getByTestId("live-connection").textContent()).toContain("实时");
    for (const id of contest.entryIds) await page.getByTestId(`scoreboard-row-${id}`).getByText("待评分").waitFor();
    await expectNoSidewaysScroll(page);
    await session().shoot("scoreboard-live");
  });

  it("shows a judge's new submission without reloading the page", async () => {
    const sheet = await openSheet();
    const before = await boardEntry(sheet.registrationId);
    const row = page.getByTestId(`scoreboard-row-${sheet.registrationId}`);
    await row.getByText(`评委 ${before.judgesSubmitted}/${before.judgesAssigned}`).waitFor();
    // Anything a reload or a navigation would wipe out.
    await page.evaluate(() => {
      (window as unknown as { liveMarker: string }).liveMarker = "still here";
    });
    const url = page.url();

    await submitSheet(sheet, 0.9);
    const after = await boardEntry(sheet.registrationId);
    expect(after.judgesSubmitted).toBe(before.judgesSubmitted + 1);

    await row.getByText(`评委 ${after.judgesSubmitted}/${after.judgesAssigned}`).waitFor({ timeout: 8_000 });
    expect(after.score).not.toBeNull();
    await row.getByText(after.score as string, { exact: true }).waitFor();
    await row.getByText("刚刚更新").waitFor();
    expect(await page.evaluate(() => (window as unknown as { liveMarker?: string }).liveMarker)).toBe("still here");
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
    await expectNoSidewaysScroll(page);
    await session().shoot("scoreboard-updated");
    // The same page on the venue's screen.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectNoSidewaysScroll(page);
    await session().shoot("scoreboard-venue-screen");
    await page.setViewportSize({ width: 375, height: 812 });
  });

  it("falls back to reading the board every 10 seconds where no WebSocket gets through, and says so", async () => {
    const blocked = await session().newPage();
    await blocked.routeWebSocket(/\/graphql$/, (socket) => socket.close());
    await blocked.goto(`${session().baseUrl}/live/${contest.roundId}`);
    await blocked.getByText(/^计分方法：.+/).waitFor();
    await blocked.getByText("当前网络不支持实时推送，页面每 10 秒自动刷新一次。").waitFor({ timeout: 15_000 });
    await expect.poll(() => blocked.getByTestId("live-connection").textContent()).toContain("每 10 秒刷新");

    const sheet = await openSheet();
    const before = await boardEntry(sheet.registrationId);
    await submitSheet(sheet, 0.8);
    const row = blocked.getByTestId(`scoreboard-row-${sheet.registrationId}`);
    await row.getByText(`评委 ${before.judgesSubmitted + 1}/${before.judgesAssigned}`).waitFor({ timeout: 15_000 });
    expect(await blocked.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
    await blocked.close();
  });
});
