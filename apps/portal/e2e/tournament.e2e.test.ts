import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  approveRegistration,
  type BrowserSession,
  chinaDay,
  createActivity,
  createWorkerAccount,
  enrolWorker,
  expectNoSidewaysScroll,
  openPortal,
  shootFailuresThenClose,
  shootPage,
  skipBrowserTests,
  transitionActivity,
  uniquelyNamed,
  warnIfSkipped,
} from "./portal-browser.ts";

/**
 * A badminton tournament's draw and schedule on a phone (375×812) against the real API. Over
 * GraphQL 文化宫 makes the tournament, the 古塔区 unit admin enters six men, the men's singles is
 * drawn into two groups of three with a knockout of four, a match is put on a court and played.
 * In the browser the public sees the group tables, the bracket (scrolling sideways in its own box
 * only) and the match with its games and winner; the player, signed in, sees his match marked.
 * Needs `vite build` and Chromium.
 */
warnIfSkipped("the tournament page browser test");

interface Player {
  registrationId: string;
  name: string;
  workerId: string;
  organizationId: string;
}

describe.skipIf(skipBrowserTests)("the tournament page on a phone", () => {
  let portal: BrowserSession | undefined;
  let page: Page;
  let roundId = "";
  let played: { id: string; a: Player; b: Player } | undefined;
  const players: Player[] = [];
  const session = () => portal as BrowserSession;
  const activityName = `职工羽毛球赛程页测试${String(Date.now() % 100000).padStart(5, "0")}`;

  async function prepareTournament() {
    const culture = await session().tokenFor("culture");
    const activityId = (
      await createActivity(session(), culture, {
        kind: "TOURNAMENT",
        code: `E2E-PYMQ-${Date.now()}`,
        name: activityName,
      })
    ).id;
    const read = await session().graphql<{
      Activity: { categories: { id: string; key: string }[] };
      allRounds: { id: string }[];
    }>(
      "query ($id: ID!) { Activity(id: $id) { categories { id key } } allRounds(filter: { activityId: $id, kind: MATCHES }) { id } }",
      { id: activityId },
      culture,
    );
    const categoryId = read.Activity.categories.find((category) => category.key === "MENS_SINGLES")?.id ?? "";
    roundId = read.allRounds[0]?.id ?? "";
    await transitionActivity(session(), culture, activityId, "REGISTRATION_OPEN");

    const unit = await session().tokenFor("unit");
    const admin = await session().tokenFor("admin");
    const roster = await session().graphql<{ allWorkers: { id: string; name: string; organizationId: string }[] }>(
      '{ allWorkers(page: 0, perPage: 300, sortField: "id", sortOrder: "DESC", filter: { gender: MALE }) { id name organizationId } }',
      {},
      unit,
    );
    const accounts = await session().graphql<{ allUsers: { workerId: string | null }[] }>(
      '{ allUsers(page: 0, perPage: 500, sortField: "id", sortOrder: "ASC") { workerId } }',
      {},
      admin,
    );
    const withAccount = new Set(accounts.allUsers.map((user) => user.workerId));
    for (const worker of uniquelyNamed(roster.allWorkers).filter((candidate) => !withAccount.has(candidate.id))) {
      if (players.length === 6) break;
      try {
        const registrationId = await enrolWorker(session(), unit, {
          activityId,
          categoryKey: "MENS_SINGLES",
          workerId: worker.id,
          idempotencyKey: `e2e-pymq-${activityId}-${worker.id}`,
        });
        players.push({ registrationId, name: worker.name, workerId: worker.id, organizationId: worker.organizationId });
      } catch {
        // Not eligible (age, an earlier entry): the next worker.
      }
    }
    if (players.length < 6) throw new Error("could not enter six men");
    for (const player of players) {
      for (let step = 0; step < 4; step++) {
        const { Registration } = await session().graphql<{ Registration: { state: string; version: number } }>(
          "query ($id: ID!) { Registration(id: $id) { state version } }",
          { id: player.registrationId },
          culture,
        );
        if (Registration.state === "CONFIRMED") break;
        const reviewer = Registration.state === "PENDING_UNIT" ? unit : admin;
        await approveRegistration(session(), reviewer, player.registrationId, Registration.version);
      }
    }
    await transitionActivity(
      session(),
      culture,
      activityId,
      "REGISTRATION_CLOSED",
      "报名人数已满，提前截止（浏览器测试）",
    );
    await session().graphql(
      "mutation ($r: ID!, $c: ID!) { drawTournament(roundId: $r, categoryId: $c, mode: GROUPS_KNOCKOUT, lotNumber: 20150926) { id } }",
      { r: roundId, c: categoryId },
      culture,
    );
    await transitionActivity(session(), culture, activityId, "JUDGING");

    const { allMatches } = await session().graphql<{
      allMatches: {
        id: string;
        slot: string;
        version: number;
        entrantA: { registrationId: string } | null;
        entrantB: { registrationId: string } | null;
      }[];
    }>(
      'query ($c: ID!) { allMatches(page: 0, perPage: 50, sortField: "slot", sortOrder: "ASC", filter: { categoryId: $c, stage: GROUP }) { id slot version entrantA { registrationId } entrantB { registrationId } } }',
      { c: categoryId },
      culture,
    );
    const first = allMatches.find((match) => match.slot === "A-1");
    const a = players.find((player) => player.registrationId === first?.entrantA?.registrationId);
    const b = players.find((player) => player.registrationId === first?.entrantB?.registrationId);
    if (!first || !a || !b) throw new Error("group A has no first match");
    const scheduled = await session().graphql<{ scheduleMatch: { version: number } }>(
      'mutation ($id: ID!, $v: Int!, $at: DateTime!) { scheduleMatch(id: $id, version: $v, court: "3号场", scheduledAt: $at) { version } }',
      { id: first.id, v: first.version, at: `${chinaDay(0)}T01:30:00.000Z` },
      culture,
    );
    await session().graphql(
      "mutation ($id: ID!, $v: Int!) { recordMatchScore(id: $id, version: $v, games: [{ a: 21, b: 19 }, { a: 18, b: 21 }, { a: 21, b: 15 }]) { id } }",
      { id: first.id, v: scheduled.scheduleMatch.version },
      culture,
    );
    played = { id: first.id, a, b };
  }

  beforeAll(async () => {
    portal = await openPortal();
    page = portal.page;
    await prepareTournament();
  }, 180_000);

  shootFailuresThenClose("tournament", () => portal);

  it("shows the public the groups, the bracket in its own scrolling box and the played match game by game", async () => {
    const match = played as NonNullable<typeof played>;
    await page.goto(`${session().baseUrl}/tournaments/${roundId}`);
    await page.getByRole("heading", { name: activityName }).waitFor();
    // Only the drawn event is offered: one event, no switcher.
    expect(await page.getByRole("tab").count()).toBe(0);
    await page.getByRole("heading", { name: "A 组" }).waitFor();
    await page.getByRole("heading", { name: "B 组" }).waitFor();
    const groupA = page.locator(".group-table", { has: page.getByRole("heading", { name: "A 组" }) });
    const winnerRow = groupA.locator("tr", { hasText: match.a.name });
    // Place 1; played 1, won 1, lost 0; games +1 (2:1); points +5 (60:55).
    const cells = winnerRow.locator("td");
    await expect.poll(() => cells.nth(2).textContent()).toBe("1");
    expect(await cells.allTextContents()).toEqual([
      "1",
      expect.stringContaining(match.a.name),
      "1",
      "1",
      "0",
      "+12:1",
      "+5",
    ]);
    const card = page.getByTestId(`match-${match.id}`);
    await card.getByText(/3号场/).waitFor();
    await card.getByText(/09:30/).waitFor();
    await card.getByText("第 1 局 21:19").waitFor();
    await card.getByText("第 3 局 21:15").waitFor();
    await card.locator(".match-winner", { hasText: match.a.name }).getByText("胜").waitFor();
    const bracket = page.getByTestId("bracket");
    await bracket.getByText("半决赛", { exact: true }).waitFor();
    await bracket.getByText("决赛", { exact: true }).waitFor();
    // The knockout's sides are not known until the groups finish.
    expect(await bracket.getByText("待定").count()).toBe(6);
    await expectNoSidewaysScroll(page);
    await session().shoot("tournament-public");
  });

  it("marks the signed-in player's own match", async () => {
    const match = played as NonNullable<typeof played>;
    const admin = await session().tokenFor("admin");
    const username = `ymq${String(Date.now() % 100000)}`;
    await createWorkerAccount(session(), admin, {
      username,
      displayName: match.b.name,
      worker: { id: match.b.workerId, organizationId: match.b.organizationId },
    });
    const phone = await session().newPage();
    await phone.goto(`${session().baseUrl}/login?next=${encodeURIComponent(`/tournaments/${roundId}`)}`);
    await phone.getByLabel("手机号或用户名").fill(username);
    await phone.getByLabel("密码", { exact: true }).fill("jinzhou2015");
    await phone.getByRole("button", { name: "登录", exact: true }).click();
    await phone.waitForURL(new RegExp(`/tournaments/${roundId}$`));
    const card = phone.getByTestId(`match-${match.id}`);
    await card.getByText("我的比赛").waitFor();
    expect(await card.getAttribute("class")).toContain("match-mine");
    // In a group of three he plays two matches, and only those are marked.
    expect(await phone.locator(".match-mine").count()).toBe(2);
    await shootPage(phone, "tournament-my-matches");
    await phone.close();
  });
});
