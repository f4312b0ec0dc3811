import {
  approveRegistration,
  chinaDay,
  createActivity,
  createOpenActivity,
  enrolWorker,
  expectNoSidewaysScroll,
  transitionActivity,
} from "@jinzhou/browser-testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAgain } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * The dashboard (工作台) per role, in a real browser against the real API. Over GraphQL: the
 * organizer (生产保护部) opens a skills contest and the unit admin (古塔区) enrols two workers; the
 * culture palace (文化宫) keeps a choir contest as a draft whose registration should have opened ten
 * days ago; a second skills contest has one approved entry with five judges assigned. Then the
 * admin's dashboard shows both departments, the draft overdue in red with its days, and 古塔区's
 * bar in the county chart; a judge's dashboard counts their sheet to submit, the unit admin's
 * their entries awaiting review, a worker's says hello. Needs `vite build` first and Chromium.
 */
warnIfSkipped("the dashboard browser test");

/** "2015年4月30日", as the panel writes calendar days in Chinese. */
function chineseDate(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${year}年${month}月${date}日`;
}

describe.skipIf(skipBrowserTests)("the dashboard in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  const stamp = String(Date.now() % 100000).padStart(5, "0");
  const contestName = `状元杯看板测试${stamp}`;
  const choirName = `合唱大赛看板测试${stamp}`;
  const judgedName = `状元杯评审看板测试${stamp}`;
  const year = Number(chinaDay(0).slice(0, 4));
  const enrolled: string[] = [];

  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    (panel as PanelSession).graphql<T>(query, variables, token);
  const shoot = (name: string) => (panel as PanelSession).shoot(name);

  async function prepare() {
    const session = panel as PanelSession;
    const organizer = await session.tokenFor("organizer");
    const contestId = (
      await createOpenActivity(session, organizer, {
        kind: "SKILLS_CONTEST",
        code: `DB-ZYB-${stamp}`,
        name: contestName,
      })
    ).id;

    // A draft whose registration should have opened ten days ago: overdue by 10 days.
    const culture = await session.tokenFor("culture");
    await createActivity(session, culture, {
      kind: "PERFORMANCE_CONTEST",
      code: `DB-HC-${stamp}`,
      name: choirName,
      days: { opens: -10, closes: 20, judgingEnds: 40, completedBy: 50 },
    });

    // The unit admin of 古塔区 enrols two workers of their own (awaiting the unit's review).
    const unit = await session.tokenFor("unit");
    const roster = await graphql<{ allWorkers: { id: string; name: string }[] }>(
      '{ allWorkers(page: 0, perPage: 100, sortField: "id", sortOrder: "ASC") { id name } }',
      {},
      unit,
    );
    for (const worker of roster.allWorkers) {
      if (enrolled.length === 2) break;
      for (const category of ["LATHE", "FITTER", "ELECTRICIAN", "WELDER"]) {
        try {
          await enrolWorker(session, unit, {
            activityId: contestId,
            categoryKey: category,
            workerId: worker.id,
            idempotencyKey: `dashboard-${contestId}-${worker.id}`,
          });
          enrolled.push(worker.id);
          break;
        } catch {
          // Not eligible for this trade (age, grade …): try the next.
        }
      }
    }
    if (enrolled.length < 2) throw new Error("could not enrol two workers");
  }

  /**
   * A second contest whose one entry (a 古塔区 worker) passes the unit, county and organizer
   * reviews (three people); registration closes and the five demo judges, none from 古塔区, are seated and
   * assigned: each judge then has one score sheet to submit.
   */
  async function prepareJudgedEntry() {
    const session = panel as PanelSession;
    const organizer = await session.tokenFor("organizer");
    const unit = await session.tokenFor("unit");
    const id = (
      await createActivity(session, organizer, { kind: "SKILLS_CONTEST", code: `DB-PS-${stamp}`, name: judgedName })
    ).id;
    const move = (to: string, reason?: string) => transitionActivity(session, organizer, id, to, reason);
    await move("REGISTRATION_OPEN");
    const roster = await graphql<{ allWorkers: { id: string }[] }>(
      '{ allWorkers(page: 0, perPage: 100, sortField: "id", sortOrder: "DESC") { id } }',
      {},
      unit,
    );
    let entry: { id: string; categoryId: string } | undefined;
    for (const worker of roster.allWorkers) {
      if (entry || enrolled.includes(worker.id)) continue;
      for (const category of ["LATHE", "FITTER", "ELECTRICIAN", "WELDER"]) {
        try {
          const answer = await graphql<{ enrol: { id: string; categoryId: string } }>(
            `mutation ($a: ID!, $k: String!, $w: ID!, $key: String!) {
              enrol(activityId: $a, categoryKey: $k, workerIds: [$w], idempotencyKey: $key) { id categoryId }
            }`,
            { a: id, k: category, w: worker.id, key: `dashboard-judged-${id}-${worker.id}` },
            unit,
          );
          entry = answer.enrol;
          break;
        } catch {
          // Not eligible for this trade: try the next.
        }
      }
    }
    if (!entry) throw new Error("could not enrol a worker for judging");
    // One person approves one level only: the unit admin, a colleague of theirs at 古塔区 (an
    // account the admin opens for this) for the county level, then the organizer.
    const admin = await session.tokenFor("admin");
    const county = await graphql<{ me: { organizationId: string } }>("{ me { organizationId } }", {}, unit);
    const colleague = `gutaqu${stamp}`;
    await graphql(
      `mutation ($u: String!, $o: ID!) { createUser(username: $u, displayName: "古塔区总工会 审核员", password: "jinzhou2015",
        role: UNIT_ADMIN, organizationId: $o) { id } }`,
      { u: colleague, o: county.me.organizationId },
      admin,
    );
    const second = await session.tokenFor(colleague);
    for (const token of [unit, second, organizer]) {
      const state = await graphql<{ Registration: { state: string } }>(
        "query ($id: ID!) { Registration(id: $id) { state } }",
        { id: entry.id },
        organizer,
      );
      if (state.Registration.state === "APPROVED") break;
      await approveRegistration(session, token, entry.id);
    }
    await move("REGISTRATION_CLOSED", "名额已报满，提前截止");
    const rounds = await graphql<{ allRounds: { id: string; kind: string }[] }>(
      "query ($a: ID!) { allRounds(filter: { activityId: $a }) { id kind } }",
      { a: id },
      organizer,
    );
    const judged = rounds.allRounds.find((round) => round.kind === "CRITERIA_SCORING");
    if (!judged) throw new Error("the skills contest has no judged round");
    const candidates = await graphql<{ judgeCandidates: { id: string }[] }>(
      "{ judgeCandidates { id } }",
      {},
      organizer,
    );
    await graphql(
      `mutation ($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id } }`,
      { r: judged.id, c: entry.categoryId, j: candidates.judgeCandidates.map((judge) => judge.id) },
      organizer,
    );
    await graphql(
      "mutation ($r: ID!, $c: ID!) { assignJudgesBalanced(roundId: $r, categoryId: $c) { id } }",
      { r: judged.id, c: entry.categoryId },
      organizer,
    );
  }

  const signInAs = (username: string) => signInAgain(panel as PanelSession, username);

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    await prepare();
    await prepareJudgedEntry();
  });

  afterAll(async () => {
    await panel?.close();
  });

  it("shows the admin the year's activities by department, the overdue one in red", async () => {
    await signInAs("admin");
    const production = page.getByRole("region", { name: "生产保护部" });
    const culture = page.getByRole("region", { name: "文化宫" });
    await production.getByText(contestName).waitFor();
    await culture.getByText(choirName).waitFor();

    const overdueRow = page.locator('tr[data-overdue="true"]').filter({ hasText: choirName });
    await overdueRow.getByText(`开放报名已逾期 10 天（${chineseDate(chinaDay(-10))}）`).waitFor();
    const color = await overdueRow
      .locator("[data-overdue-days]")
      .evaluate((element) => getComputedStyle(element).color);
    // MUI's error red, rgb(211, 47, 47).
    expect(color).toBe("rgb(211, 47, 47)");
    await culture.getByText("逾期 1 项").waitFor();
    expect(await page.locator('tr[data-overdue="false"]').filter({ hasText: contestName }).count()).toBe(1);
    // The contest's two entrants, and its completion deadline in Chinese.
    const contestRow = page.getByRole("row").filter({ hasText: contestName });
    expect(await contestRow.textContent()).toContain(chineseDate(chinaDay(70)));
    expect((await contestRow.locator("td").last().textContent())?.trim()).toBe("2");
    await shoot("dashboard-01-admin-progress");
  });

  it("draws the county chart and the shares of young and non-public workers", async () => {
    const chart = page.getByRole("img", { name: "各组织参赛人次条形图" });
    await chart.waitFor();
    // Two entrants of the open contest and the one of the judged contest, all from 古塔区.
    expect(await chart.locator('[data-organization="古塔区总工会"]').getAttribute("data-entrants")).toBe("3");
    expect(await chart.locator('[data-organization="义县总工会"]').getAttribute("data-entrants")).toBe("0");
    await page.getByText("全年合计（3 人次）").waitFor();
    // The shares come from the two entrants' birth dates and units; each is shown with a percent.
    for (const label of ["青年职工", "非公有制企业职工"]) {
      const share = await page.locator(`[data-share-label="${label}"]`).getAttribute("data-share");
      expect(["0", "33.3", "66.7", "100"]).toContain(share);
    }
    await page.locator('[data-activity-code^="DB-ZYB"]').last().waitFor();
    await shoot("dashboard-02-admin-participation");
  });

  it("fits a tablet held upright", async () => {
    // A tablet user opens the panel at that size: the menu starts folded to icons.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.includes("sidebar")) localStorage.removeItem(key);
    });
    await page.reload();
    await page.getByRole("img", { name: "各组织参赛人次条形图" }).waitFor();
    await shoot("dashboard-03-tablet");
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("remembers the chosen year and shows an empty year plainly", async () => {
    await page.getByRole("combobox", { name: "年度" }).click();
    await page.getByRole("option", { name: "2015" }).click();
    await page.getByText("2015 年还没有活动", { exact: false }).waitFor();
    await page.reload();
    await page.getByText("2015 年还没有活动", { exact: false }).waitFor();
    await page.getByRole("combobox", { name: "年度" }).click();
    await page.getByRole("option", { name: String(year) }).click();
    await page.getByRole("link", { name: contestName }).waitFor();
  });

  it("shows an organizer every department's progress but only their own department's entrants", async () => {
    await signInAs("organizer");
    await page.getByText("本部门主办活动的参赛人次，按 锦州市总工会 的下级组织统计").waitFor();
    const choir = page.getByRole("row").filter({ hasText: choirName });
    await choir.waitFor();
    // 文化宫's draft is listed with its overdue milestone, but its entries are 文化宫's to see.
    expect((await choir.locator("td").last().textContent())?.trim()).toBe("—");
    expect(await choir.getAttribute("data-overdue")).toBe("true");
    const contest = page.getByRole("row").filter({ hasText: contestName });
    expect((await contest.locator("td").last().textContent())?.trim()).toBe("2");
    await shoot("dashboard-04-organizer");
  });

  it("shows a judge their score sheets and the way to them", async () => {
    await signInAs("judge");
    await page.getByRole("heading", { name: "我的评分" }).waitFor();
    await page.getByText("待提交的评分表：1 份").waitFor();
    await page.getByRole("link", { name: "去评分" }).waitFor();
    expect(await page.getByRole("region", { name: "生产保护部" }).count()).toBe(0);
    await shoot("dashboard-05-judge");
    await page.getByRole("link", { name: "去评分" }).click();
    await page.waitForURL(/\/admin\/my-scoring$/);
  });

  it("shows the unit admin their entries awaiting review and their own units' participation", async () => {
    await signInAs("unit");
    await page.getByRole("link", { name: "待单位审核：2 条" }).waitFor();
    await page.getByText("本组织及下级组织的参赛人次，按 古塔区总工会 的下级组织统计").waitFor();
    const bars = page.getByRole("img", { name: "各组织参赛人次条形图" }).locator("[data-entrants]");
    const counts = await bars.evaluateAll((elements) =>
      elements.map((element) => Number(element.getAttribute("data-entrants"))),
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(3);
    await shoot("dashboard-06-unit-admin");
    await page.getByRole("link", { name: "待单位审核：2 条" }).click();
    await page.waitForURL(/\/admin\/Registration\?/);
  });

  it("welcomes a worker briefly, with nothing of the leaders' overview", async () => {
    await signInAs("worker");
    await page.getByRole("heading", { name: /^您好，/ }).waitFor();
    await page.getByText("您可以在手机上报名参加职工活动", { exact: false }).waitFor();
    expect(await page.getByRole("img", { name: "各组织参赛人次条形图" }).count()).toBe(0);
    await shoot("dashboard-07-worker");
  });
});
