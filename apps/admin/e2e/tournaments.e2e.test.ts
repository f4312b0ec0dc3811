import {
  approveRegistration,
  createActivity,
  enrolWorker,
  expectNoSidewaysScroll,
  transitionActivity,
  uniquelyNamed,
} from "@jinzhou/browser-testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * The culture palace (文化宫, account `culture`) runs a badminton tournament's men's singles in a
 * real browser against the real API: over GraphQL it makes the tournament, the unit admin enters
 * six men and registration closes; then in the panel the organizer makes the draw (two seeds, a
 * lot number read out) and reads its lots, puts a match on a court (a double-booked court is
 * refused next to the row), enters a score game by game (an impossible game is refused as typed,
 * in Chinese), sees the group table change, and is told when someone else entered a match first.
 * Needs `vite build` first and Chromium.
 */
warnIfSkipped("the tournaments browser test");

interface MatchRow {
  id: string;
  slot: string;
  version: number;
  entrantA: { name: string } | null;
  entrantB: { name: string } | null;
}

describe.skipIf(skipBrowserTests)("the tournament desk in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  let baseUrl: string;
  let culture: string;
  let activityId: string;
  let categoryId: string;
  const players: { registrationId: string; name: string }[] = [];

  const shoot = (name: string) => (panel as PanelSession).shoot(name);
  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    (panel as PanelSession).graphql<T>(query, variables, token);

  async function matchesOf(): Promise<MatchRow[]> {
    const data = await graphql<{ allMatches: MatchRow[] }>(
      `query ($c: ID!) { allMatches(page: 0, perPage: 100, sortField: "slot", sortOrder: "ASC", filter: { categoryId: $c }) {
        id slot version entrantA { name } entrantB { name } } }`,
      { c: categoryId },
      culture,
    );
    return data.allMatches;
  }

  const transition = (to: string, reason?: string) =>
    transitionActivity(panel as PanelSession, culture, activityId, to, reason);

  /** The tournament, open; six men entered by their unit and confirmed; registration closed early. */
  async function prepareTournament() {
    culture = await (panel as PanelSession).tokenFor("culture");
    activityId = (
      await createActivity(panel as PanelSession, culture, {
        kind: "TOURNAMENT",
        code: `E2E-YMQ-${Date.now()}`,
        name: "职工羽毛球比赛（浏览器测试）",
      })
    ).id;
    const read = await graphql<{
      Activity: { categories: { id: string; key: string }[] };
      allRounds: { id: string }[];
    }>(
      "query ($id: ID!) { Activity(id: $id) { categories { id key } } allRounds(filter: { activityId: $id, kind: MATCHES }) { id } }",
      { id: activityId },
      culture,
    );
    categoryId = read.Activity.categories.find((category) => category.key === "MENS_SINGLES")?.id ?? "";
    expect(read.allRounds).toHaveLength(1);
    await transition("REGISTRATION_OPEN");

    const unit = await (panel as PanelSession).tokenFor("unit");
    const roster = await graphql<{ allWorkers: { id: string; name: string }[] }>(
      '{ allWorkers(page: 0, perPage: 300, sortField: "id", sortOrder: "ASC", filter: { gender: MALE }) { id name } }',
      {},
      unit,
    );
    const refusals: string[] = [];
    for (const worker of uniquelyNamed(roster.allWorkers)) {
      if (players.length === 6) break;
      try {
        const registrationId = await enrolWorker(panel as PanelSession, unit, {
          activityId,
          categoryKey: "MENS_SINGLES",
          workerId: worker.id,
          idempotencyKey: `e2e-ymq-${activityId}-${worker.id}`,
        });
        players.push({ registrationId, name: worker.name });
      } catch (error) {
        refusals.push(String(error));
      }
    }
    if (players.length < 6) throw new Error(`could not enter six men: ${refusals.slice(0, 5).join(" | ")}`);
    // Whatever levels remain (county, organizer), each approves until the entry is confirmed.
    const reviewers = [unit, await (panel as PanelSession).tokenFor("admin")];
    for (const player of players) {
      for (let step = 0; step < 4; step++) {
        const { Registration } = await graphql<{ Registration: { state: string; version: number } }>(
          "query ($id: ID!) { Registration(id: $id) { state version } }",
          { id: player.registrationId },
          culture,
        );
        if (Registration.state === "CONFIRMED") break;
        const reviewer = Registration.state === "PENDING_UNIT" ? (reviewers[0] as string) : (reviewers[1] as string);
        await approveRegistration(panel as PanelSession, reviewer, player.registrationId, Registration.version);
      }
    }
    await transition("REGISTRATION_CLOSED", "报名人数已满，提前截止（浏览器测试）");
  }

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    baseUrl = panel.baseUrl;
    await prepareTournament();
  });

  afterAll(async () => {
    await panel?.close();
  });

  const scheduleRow = (slot: string) => page.locator(`tr[data-slot="${slot}"]`);

  it("opens the desk from the activity's page and makes the draw with seeds and a lot number", async () => {
    await signIn(panel as PanelSession, "culture");
    await page.getByRole("menuitem", { name: "赛事编排" }).click();
    await page.waitForURL(/\/admin\/tournaments$/);
    // Exactly once: the list's row, after the dashboard's chart naming the same activity has gone.
    await expect.poll(() => page.getByText("职工羽毛球比赛（浏览器测试）").count()).toBe(1);
    await shoot("tournament-00-list");
    await page.goto(`${baseUrl}/admin/Activity/${activityId}/show`);
    await page.getByRole("link", { name: "赛事编排（抽签、赛程、比分）" }).click();
    await page.waitForURL(new RegExp(`/admin/tournaments/${activityId}$`));
    await page.getByText("本项目尚未抽签。").waitFor();
    await page.getByText("已确认的参赛选手：6 名（组）").waitFor();
    const [first, second] = players as [(typeof players)[0], (typeof players)[0]];
    await page.getByRole("button", { name: first.name }).click();
    await page.getByRole("button", { name: second.name }).click();
    await page.getByText("2 号种子").waitFor();
    await page.getByRole("textbox", { name: "抽签号（选填）" }).fill("abc");
    await page.getByText("抽签号应为 0 到 2147483647 之间的整数").waitFor();
    expect(await page.getByRole("button", { name: "抽签", exact: true }).isDisabled()).toBe(true);
    await page.getByRole("textbox", { name: "抽签号（选填）" }).fill("20150926");
    await shoot("tournament-01-draw-form");
    await page.getByRole("button", { name: "抽签", exact: true }).click();

    // Six men in groups of at most four: two groups of three, seeds heading A and B.
    const groupA = page.getByRole("article", { name: "A 组" }).or(page.getByLabel("A 组", { exact: true }));
    await groupA.first().waitFor();
    expect(await groupA.first().textContent()).toContain(first.name);
    expect(await page.getByLabel("B 组", { exact: true }).first().textContent()).toContain(second.name);
    const summary = await page.getByTestId("draw-summary").textContent();
    expect(summary).toContain("20150926");
    expect(summary).toContain("现场抽取");
    // The knockout waits for group places.
    expect(await page.getByTestId("draw-lines").textContent()).toContain("A 组第 1 名");
  });

  it("shows every lot drawn: the lot number, the drawn order by name, and why each step", async () => {
    const lots = page.getByRole("region", { name: "抽签记录" });
    await lots.waitFor();
    const unseeded = (await page.getByTestId("lots-unseeded").textContent()) ?? "";
    for (const player of players.slice(2)) expect(unseeded).toContain(player.name);
    const record = (await page.getByTestId("draw-record").textContent()) ?? "";
    expect(record).toContain("抽签号 20150926");
    expect(record).toContain("号种子");
    expect(await lots.textContent()).toContain("抽签人");
    await lots.scrollIntoViewIfNeeded();
    await shoot("tournament-02-draw-and-lots");
  });

  it("puts a match on a court and refuses a double-booked court next to its row", async () => {
    await page.getByRole("tab", { name: "赛程与比分" }).click();
    const a1 = scheduleRow("A-1");
    await a1.waitFor();
    await a1.getByLabel(/^场地/).fill("1号场");
    await a1.getByLabel(/^开始时间/).fill("2026-12-26T09:00");
    await a1.getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存 A 组 A-1 的场地和时间").waitFor();
    const saved = (await matchesOf()).find((match) => match.slot === "A-1");
    expect(saved?.version).toBeGreaterThan(0);

    const b1 = scheduleRow("B-1");
    await b1.getByLabel(/^场地/).fill("1号场");
    await b1.getByLabel(/^开始时间/).fill("2026-12-26T09:15");
    await b1.getByRole("button", { name: "保存" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "1号场" });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("不能这样安排比赛");
    await shoot("tournament-03-schedule-clash");
    await b1.getByLabel(/^场地/).fill("2号场");
    await b1.getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存 B 组 B-1 的场地和时间").waitFor();
    await expect.poll(async () => await page.getByRole("alert").filter({ hasText: "1号场" }).count()).toBe(0);
  });

  it("enters a score game by game, refusing an impossible game in Chinese as it is typed", async () => {
    await transition("JUDGING");
    await page.reload();
    await page.getByRole("tab", { name: "赛程与比分" }).click();
    const a1 = scheduleRow("A-1");
    await a1.getByRole("button", { name: "录入比分" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("第 1 局").first().waitFor();
    await dialog.getByLabel(/^第 1 局 甲方/).fill("21");
    await dialog.getByLabel(/^第 1 局 乙方/).fill("20");
    await dialog.getByText("第 1 局 21:20：须领先 2 分").or(dialog.getByText("21:20：须领先 2 分")).first().waitFor();
    expect(await dialog.getByRole("button", { name: "提交比分" }).isDisabled()).toBe(true);
    await shoot("tournament-04-score-invalid");

    await dialog.getByLabel(/^第 1 局 乙方/).fill("18");
    await dialog.getByLabel(/^第 2 局 甲方/).fill("19");
    await dialog.getByLabel(/^第 2 局 乙方/).fill("21");
    await dialog.getByText("比赛尚未决出胜负").waitFor();
    await dialog.getByLabel(/^第 3 局 甲方/).fill("21");
    await dialog.getByLabel(/^第 3 局 乙方/).fill("15");
    await expect.poll(() => dialog.getByRole("alert").count()).toBe(0);
    await shoot("tournament-05-score-valid");
    await dialog.getByRole("button", { name: "提交比分" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(async () => await scheduleRow("A-1").textContent()).toContain("21:18, 19:21, 21:15");
  });

  it("updates the group table and the bracket after the result", async () => {
    const match = (await matchesOf()).find((each) => each.slot === "A-1") as MatchRow;
    const winner = match.entrantA?.name ?? "";
    await page.getByRole("tab", { name: "小组积分" }).click();
    const table = page.getByRole("table", { name: "A 组积分表" });
    await table.waitFor();
    const firstRow = table.getByRole("row").nth(1);
    expect(await firstRow.textContent()).toContain(winner);
    // 1 played, 1 won, games 2:1, game difference +1, points 61:54.
    const cells = await firstRow.getByRole("cell").allTextContents();
    expect(cells.slice(2, 9)).toEqual(["1", "1", "0", "2:1", "+1", "61:54", "+7"]);
    await page.getByText("已赛 1 / 3 场").first().waitFor();
    await shoot("tournament-06-group-table");

    await page.getByRole("tab", { name: "淘汰赛对阵" }).click();
    const bracket = page.getByTestId("bracket");
    await bracket.waitFor();
    expect(await bracket.textContent()).toContain("A 组第 1 名");
    expect(await bracket.textContent()).toContain("R4-1 胜者");
    await shoot("tournament-07-bracket");
  });

  it("says so when someone else entered the match first", async () => {
    await page.getByRole("tab", { name: "赛程与比分" }).click();
    const a2 = scheduleRow("A-2");
    await a2.getByRole("button", { name: "录入比分" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel(/^第 1 局 甲方/).fill("21");
    await dialog.getByLabel(/^第 1 局 乙方/).fill("10");
    await dialog.getByLabel(/^第 2 局 甲方/).fill("21");
    await dialog.getByLabel(/^第 2 局 乙方/).fill("12");
    // Meanwhile another organizer's screen records the same match.
    const match = (await matchesOf()).find((each) => each.slot === "A-2") as MatchRow;
    await graphql(
      "mutation ($id: ID!, $v: Int!) { recordMatchScore(id: $id, version: $v, games: [{ a: 15, b: 21 }, { a: 18, b: 21 }]) { id } }",
      { id: match.id, v: match.version },
      culture,
    );
    await dialog.getByRole("button", { name: "提交比分" }).click();
    await dialog.getByText("他人刚刚录入了这场比赛的比分，请关闭后重新读取。").waitFor();
    await shoot("tournament-08-stale");
    await dialog.getByRole("button", { name: "重新读取" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(async () => await scheduleRow("A-2").textContent()).toContain("15:21, 18:21");
  });

  it("refuses a redraw once a match has a score, saying why in Chinese", async () => {
    await page.getByRole("tab", { name: "抽签" }).click();
    await page.getByRole("button", { name: "重新抽签" }).click();
    const dialog = page.getByRole("dialog");
    // A redraw needs a reason first.
    expect(await dialog.getByRole("button", { name: "重新抽签" }).isDisabled()).toBe(true);
    await dialog.getByRole("textbox", { name: "重新抽签的原因（必填）" }).fill("种子顺序有误");
    await dialog.getByRole("button", { name: "重新抽签" }).click();
    await dialog.getByText("已有比赛录入比分，不能重新抽签").waitFor();
    await shoot("tournament-09-redraw-refused");
    await dialog.getByRole("button", { name: "取消", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("fits a tablet", async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole("tab", { name: "小组积分" }).click();
    await page.getByRole("table", { name: "A 组积分表" }).waitFor();
    await expectNoSidewaysScroll(page);
    await shoot("tournament-10-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
