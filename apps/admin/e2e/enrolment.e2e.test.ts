import { createOpenActivity, expectNoSidewaysScroll } from "@jinzhou/browser-testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * The unit admin enrols workers in a real browser against the real API: the organizer makes a
 * skills contest from its template and opens it over GraphQL; then `unit` opens 单位报名 from the
 * registrations list, picks the contest and a trade, picks a worker who may not enter (the reason
 * shows before sending and the button stays disabled), removes them, picks two who may, sends,
 * and sees both listed with the state the API gives. Needs `vite build` first and Chromium.
 */
warnIfSkipped("the enrolment browser test");

interface Candidate {
  id: string;
  name: string;
}

const checkQuery = `query ($a: ID!, $k: String!, $w: [ID!]!) {
  enrolmentCheck(activityId: $a, categoryKey: $k, workerIds: $w) { workers { workerId eligible } }
}`;

describe.skipIf(skipBrowserTests)("unit enrolment in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  let activityId: string;
  let activityName: string;
  let categoryName: string;
  let eligible: Candidate[] = [];
  let ineligible: Candidate | undefined;

  const shoot = (name: string) => (panel as PanelSession).shoot(name);
  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    (panel as PanelSession).graphql<T>(query, variables, token);

  /** The organizer's skills contest, open; two eligible and one ineligible worker of 古塔区 for one trade. */
  async function prepare() {
    const organizer = await (panel as PanelSession).tokenFor("organizer");
    activityName = `状元杯单位报名${String(Date.now() % 100000).padStart(5, "0")}`;
    const created = await createOpenActivity<{ id: string; categories: { key: string; name: string }[] }>(
      panel as PanelSession,
      organizer,
      {
        kind: "SKILLS_CONTEST",
        code: `E2E-EN-${Date.now()}`,
        name: activityName,
        fields: "id categories { key name }",
      },
    );
    activityId = created.id;

    const unit = await (panel as PanelSession).tokenFor("unit");
    const roster = await graphql<{ allWorkers: Candidate[] }>(
      '{ allWorkers(page: 0, perPage: 200, sortField: "id", sortOrder: "ASC") { id name } }',
      {},
      unit,
    );
    // Names that appear once and are not the start of another name, so the picker shows one option.
    const names = roster.allWorkers.map((worker) => worker.name);
    const unique = roster.allWorkers.filter(
      (worker) => names.filter((name) => name.startsWith(worker.name) || worker.name.startsWith(name)).length === 1,
    );
    for (const category of created.categories) {
      const good: Candidate[] = [];
      let bad: Candidate | undefined;
      for (let start = 0; start < unique.length && (good.length < 2 || !bad); start += 20) {
        const batch = unique.slice(start, start + 20);
        const answer = await graphql<{ enrolmentCheck: { workers: { workerId: string; eligible: boolean }[] } }>(
          checkQuery,
          { a: activityId, k: category.key, w: batch.map((worker) => worker.id) },
          unit,
        );
        for (const check of answer.enrolmentCheck.workers) {
          const worker = batch.find((candidate) => candidate.id === check.workerId) as Candidate;
          if (check.eligible && good.length < 2) good.push(worker);
          if (!check.eligible && !bad) bad = worker;
        }
      }
      if (good.length === 2 && bad) {
        categoryName = category.name;
        eligible = good;
        ineligible = bad;
        return;
      }
    }
    throw new Error("no trade of the skills contest has two eligible and one ineligible worker in 古塔区");
  }

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    await prepare();
  });

  afterAll(async () => {
    await panel?.close();
  });

  async function pickWorker(name: string) {
    const input = page.getByRole("combobox", { name: "职工" });
    await input.fill(name);
    await page.getByRole("option").filter({ hasText: name }).first().click();
  }

  it("opens 单位报名 from the menu as the unit admin", async () => {
    await signIn(panel as PanelSession, "unit");
    await page.getByRole("menuitem", { name: "单位报名" }).click();
    await page.waitForURL(/\/admin\/enrolment$/);
    await page.getByText("为本单位（含下级单位）的职工报名").waitFor();
  });

  it("shows why a worker may not enter before anything is sent", async () => {
    await page.getByRole("combobox", { name: "活动（报名中）" }).fill(activityName);
    await page.getByRole("option", { name: activityName }).click();
    await page.getByRole("combobox", { name: "组别" }).click();
    await page.getByRole("option", { name: new RegExp(`^${categoryName}（参赛选手）`) }).click();
    await page.getByText("个人报名：每名职工一份报名").waitFor();
    await page.getByText("本单位还没有人报名该活动").waitFor();

    const bad = ineligible as Candidate;
    await pickWorker(bad.name);
    const panelRegion = page.getByRole("region", { name: "报名条件检查" });
    const badRow = panelRegion.locator('[data-eligible="false"]').filter({ hasText: bad.name });
    await badRow.waitFor();
    expect((await badRow.textContent()) ?? "").not.toContain("符合报名条件");
    expect(await page.getByRole("button", { name: /提交报名/ }).isDisabled()).toBe(true);
    await page.getByText("有不符合报名条件的职工，请移除后再提交").waitFor();
    await shoot("enrol-01-ineligible");
    await page.getByRole("button", { name: bad.name }).locator(".MuiChip-deleteIcon").click();
    await badRow.waitFor({ state: "detached" });
  });

  it("enrols two workers and lists them with their state", async () => {
    for (const worker of eligible) await pickWorker(worker.name);
    const panelRegion = page.getByRole("region", { name: "报名条件检查" });
    for (const worker of eligible) {
      await panelRegion.locator('[data-eligible="true"]').filter({ hasText: worker.name }).waitFor();
    }
    const submit = page.getByRole("button", { name: "提交报名（2 份）" });
    await submit.waitFor();
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await shoot("enrol-02-ready");
    await submit.click();
    await page.getByText("已提交 2 份报名").waitFor();

    const entries = await graphql<{
      allRegistrations: { state: string; stateLabel: string; members: { name: string }[] }[];
    }>(
      "query ($a: ID!) { allRegistrations(filter: { activityId: $a }) { state stateLabel members { name } } }",
      { a: activityId },
      await (panel as PanelSession).tokenFor("unit"),
    );
    expect(entries.allRegistrations).toHaveLength(2);
    const table = page.getByRole("table", { name: "本单位报名" });
    for (const worker of eligible) {
      const entry = entries.allRegistrations.find((row) => row.members[0]?.name === worker.name);
      expect(entry?.state).toBe("PENDING_UNIT");
      const row = table.getByRole("row").filter({ hasText: worker.name });
      await row.getByText(entry?.stateLabel ?? "?").waitFor();
      expect(await row.textContent()).toContain(categoryName);
    }
    await page.getByText("本单位在该活动的报名（2）").waitFor();
    await shoot("enrol-03-enrolled");
  });

  it("refuses the same worker twice and says so before sending", async () => {
    const [first] = eligible as [Candidate];
    await pickWorker(first.name);
    const row = page.getByRole("region", { name: "报名条件检查" }).locator('[data-eligible="false"]');
    await row.filter({ hasText: "不能重复报名" }).waitFor();
    expect(await page.getByRole("button", { name: /提交报名/ }).isDisabled()).toBe(true);
  });

  it("enters one of its units in a labor competition (班组)", async () => {
    const organizer = await (panel as PanelSession).tokenFor("organizer");
    const competitionName = `劳动竞赛单位报名${String(Date.now() % 100000).padStart(5, "0")}`;
    await createOpenActivity(panel as PanelSession, organizer, {
      kind: "LABOR_COMPETITION",
      code: `E2E-LD-${Date.now()}`,
      name: competitionName,
    });
    await page.reload();
    await page.getByRole("combobox", { name: "活动（报名中）" }).fill(competitionName);
    await page.getByRole("option", { name: competitionName }).click();
    await page.getByText("以单位名义参加").waitFor();
    await page.getByRole("combobox", { name: "参赛单位" }).fill("华辰");
    const option = page.getByRole("option").filter({ hasText: "华辰" }).first();
    await option.waitFor();
    await option.click();
    await page.getByRole("textbox", { name: "参赛名称（可不填，默认为单位名称）" }).fill("数控车间甲班");
    await page.getByRole("button", { name: "提交报名（1 份）" }).click();
    await page.getByText("已提交 1 份报名").waitFor();
    const row = page.getByRole("table", { name: "本单位报名" }).getByRole("row").filter({ hasText: "数控车间甲班" });
    await row.locator("[data-state]").waitFor();
    expect(await row.textContent()).toContain("班组");
    await shoot("enrol-05-unit-entrant");
  });

  it("enters a pair in a badminton doubles event, with its leader", async () => {
    const culture = await (panel as PanelSession).tokenFor("culture");
    const tournamentName = `羽毛球单位报名${String(Date.now() % 100000).padStart(5, "0")}`;
    const tournamentId = (
      await createOpenActivity(panel as PanelSession, culture, {
        kind: "TOURNAMENT",
        code: `E2E-YMQ-${Date.now()}`,
        name: tournamentName,
      })
    ).id;
    const unit = await (panel as PanelSession).tokenFor("unit");
    const roster = await graphql<{ allWorkers: Candidate[] }>(
      '{ allWorkers(filter: { gender: MALE }, page: 0, perPage: 100, sortField: "id", sortOrder: "DESC") { id name } }',
      {},
      unit,
    );
    const names = roster.allWorkers.map((worker) => worker.name);
    const men = roster.allWorkers
      .filter(
        (worker) => names.filter((name) => name.startsWith(worker.name) || worker.name.startsWith(name)).length === 1,
      )
      .slice(0, 20);
    const answer = await graphql<{ enrolmentCheck: { workers: { workerId: string; eligible: boolean }[] } }>(
      checkQuery,
      { a: tournamentId, k: "MENS_DOUBLES", w: men.map((worker) => worker.id) },
      unit,
    );
    const pair = answer.enrolmentCheck.workers
      .filter((check) => check.eligible)
      .slice(0, 2)
      .map((check) => men.find((worker) => worker.id === check.workerId) as Candidate);
    expect(pair).toHaveLength(2);

    await page.getByRole("combobox", { name: "活动（报名中）" }).fill(tournamentName);
    await page.getByRole("option", { name: tournamentName }).click();
    await page.getByRole("combobox", { name: "组别" }).click();
    await page.getByRole("option", { name: /^男双（参赛队伍）/ }).click();
    await page.getByText("组队报名：每份报名 2 人（如双打），须指定队长（默认第一名）").waitFor();
    const [first, second] = pair as [Candidate, Candidate];
    await page.getByRole("combobox", { name: "队员" }).fill(first.name);
    await page.getByRole("option").filter({ hasText: first.name }).first().click();
    await page.getByText("每份报名须有 2 人，现有 1 人").waitFor();
    await page.getByRole("combobox", { name: "队员" }).fill(second.name);
    await page.getByRole("option").filter({ hasText: second.name }).first().click();
    await page.getByRole("combobox", { name: "队长" }).click();
    await page.getByRole("option", { name: second.name }).click();
    const submit = page.getByRole("button", { name: "提交报名（1 份）" });
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await shoot("enrol-06-pair");
    await submit.click();
    await page.getByText("已提交 1 份报名").waitFor();
    const stored = await graphql<{
      allRegistrations: { entrantType: string; members: { name: string; isLeader: boolean }[] }[];
    }>(
      "query ($a: ID!) { allRegistrations(filter: { activityId: $a }) { entrantType members { name isLeader } } }",
      { a: tournamentId },
      unit,
    );
    expect(stored.allRegistrations).toHaveLength(1);
    expect(stored.allRegistrations[0]?.entrantType).toBe("TEAM");
    expect(stored.allRegistrations[0]?.members.find((member) => member.isLeader)?.name).toBe(second.name);
    await page.getByRole("table", { name: "本单位报名" }).getByRole("row").filter({ hasText: first.name }).waitFor();
  });

  it("fits a tablet without horizontal page scroll", async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole("table", { name: "本单位报名" }).waitFor();
    await expectNoSidewaysScroll(page);
    await shoot("enrol-04-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("leads from the registrations list to 单位报名", async () => {
    await page.getByRole("menuitem", { name: "报名审核" }).click();
    await page.waitForURL(/\/admin\/Registration(\?.*)?$/);
    await page
      .getByRole("row")
      .filter({ hasText: eligible[0]?.name ?? "?" })
      .first()
      .waitFor();
    await page.getByRole("link", { name: "报名", exact: true }).click();
    await page.waitForURL(/\/admin\/enrolment$/);
    await page.getByRole("combobox", { name: "活动（报名中）" }).waitFor();
  });
});
