import { createActivity, expectNoSidewaysScroll, transitionActivity } from "@jinzhou/browser-testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAgain } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * Nominating within a quota in a real browser against the real API: the organizer makes a
 * model-worker selection, gives 古塔区 3 places and 凌河区 1 and opens it over GraphQL; `unit`
 * opens 推荐候选人, sees the quota and the live composition limits, picks an enterprise head (the
 * preview shows 企业负责人 breaking in red and the nomination is refused before it is sent), then
 * a front-line woman, nominates her and sees the places and the list change; the organizer then
 * sees every unit's quota use and the nomination. Needs `vite build` first and Chromium.
 */
warnIfSkipped("the nominations browser test");

interface Candidate {
  id: string;
  name: string;
}

interface WhatIfAnswer {
  nominationWhatIf: { allowed: boolean; eligibilityReasons: unknown[]; quotaReasons: unknown[]; refusals: unknown[] };
}

const whatIfQuery = `query ($a: ID!, $w: ID!) {
  nominationWhatIf(activityId: $a, workerId: $w) { allowed eligibilityReasons { code } quotaReasons { code } refusals { code } }
}`;

describe.skipIf(skipBrowserTests)("nominations in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  let activityId: string;
  let activityName: string;
  let head: Candidate;
  let woman: Candidate;

  const shoot = (name: string) => (panel as PanelSession).shoot(name);
  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    (panel as PanelSession).graphql<T>(query, variables, token);

  async function prepare() {
    const organizer = await (panel as PanelSession).tokenFor("organizer");
    activityName = `劳模推荐测试${String(Date.now() % 100000).padStart(5, "0")}`;
    activityId = (
      await createActivity(panel as PanelSession, organizer, {
        kind: "MODEL_WORKER_SELECTION",
        code: `E2E-LM-${Date.now()}`,
        name: activityName,
      })
    ).id;
    const counties = await graphql<{ allOrganizations: { id: string; code: string }[] }>(
      "{ allOrganizations(filter: { kind: COUNTY_FEDERATION }, perPage: 50) { id code } }",
      {},
      organizer,
    );
    const idOf = (code: string) => counties.allOrganizations.find((row) => row.code === code)?.id;
    await graphql(
      `mutation ($a: ID!, $orgs: [QuotaOrganizationInput!]!) { allocateQuotas(activityId: $a, total: 4, organizations: $orgs) { total } }`,
      {
        a: activityId,
        orgs: [
          { organizationId: idOf("JZ-GT"), weight: "3", minimum: 0 },
          { organizationId: idOf("JZ-LH"), weight: "1", minimum: 0 },
        ],
      },
      organizer,
    );
    await transitionActivity(panel as PanelSession, organizer, activityId, "REGISTRATION_OPEN");

    const unit = await (panel as PanelSession).tokenFor("unit");
    const roster = await graphql<{ allWorkers: (Candidate & { gender: string; positionCategory: string })[] }>(
      '{ allWorkers(page: 0, perPage: 300, sortField: "id", sortOrder: "ASC") { id name gender positionCategory } }',
      {},
      unit,
    );
    const names = roster.allWorkers.map((worker) => worker.name);
    const unique = roster.allWorkers.filter(
      (worker) => names.filter((name) => name.startsWith(worker.name) || worker.name.startsWith(name)).length === 1,
    );
    const whatIf = async (worker: Candidate) =>
      (await graphql<WhatIfAnswer>(whatIfQuery, { a: activityId, w: worker.id }, unit)).nominationWhatIf;
    let foundHead: Candidate | undefined;
    for (const worker of unique.filter((row) => row.positionCategory === "ENTERPRISE_HEAD")) {
      const answer = await whatIf(worker);
      if (answer.eligibilityReasons.length === 0 && answer.quotaReasons.length === 0 && answer.refusals.length > 0) {
        foundHead = worker;
        break;
      }
    }
    let foundWoman: Candidate | undefined;
    for (const worker of unique.filter((row) => row.gender === "FEMALE" && row.positionCategory === "FRONT_LINE")) {
      if ((await whatIf(worker)).allowed) {
        foundWoman = worker;
        break;
      }
    }
    if (!foundHead || !foundWoman) throw new Error("no enterprise head or front-line woman of 古塔区 to nominate");
    head = foundHead;
    woman = foundWoman;
  }

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    await prepare();
  });

  afterAll(async () => {
    await panel?.close();
  });

  async function signIn(username: string) {
    await signInAgain(panel as PanelSession, username);
    await page.getByRole("menuitem", { name: "推荐名单" }).waitFor();
  }

  async function pickCandidate(name: string) {
    await page.getByRole("combobox", { name: "选择职工" }).fill(name);
    await page.getByRole("option").filter({ hasText: name }).first().click();
  }

  it("shows the unit's quota and the composition limits live", async () => {
    await signIn("unit");
    await page.getByRole("menuitem", { name: "推荐名单" }).click();
    await page.getByText("还没有推荐").waitFor();
    await page.getByRole("link", { name: "推荐候选人" }).click();
    await page.waitForURL(/\/admin\/Nomination\/create$/);
    await page.getByRole("combobox", { name: "活动（按名额推荐、报名中）" }).fill(activityName);
    await page.getByRole("option", { name: activityName }).click();
    const quota = page.getByTestId("quota-card");
    await quota.getByText("古塔区总工会").waitFor();
    await quota.getByText("名额 3 名，已推荐 0 名，剩余 3 名").waitFor();
    const limits = quota.getByRole("table", { name: "古塔区总工会的比例要求" });
    for (const text of ["一线职工和专业技术人员", "企业负责人", "女职工"])
      await limits.getByText(text, { exact: false }).first().waitFor();
    await shoot("nom-01-desk");
  });

  it("previews an enterprise head: the limit that would break is red and nominating is refused", async () => {
    await pickCandidate(head.name);
    const preview = page.getByRole("region", { name: "推荐前试算" });
    await preview.getByText(`推荐 ${head.name} 之后`).waitFor();
    const row = preview.locator('[data-limit="ENTERPRISE_HEADS"]');
    await row.getByText("将不符合").waitFor();
    expect(await row.getAttribute("data-effect")).toBe("BREAKS");
    const color = await row
      .locator("td")
      .first()
      .evaluate((cell) => getComputedStyle(cell).color);
    expect(color).toMatch(/rgb\((1[5-9]\d|2\d\d), \d{1,2}, \d{1,2}\)/);
    await preview.getByText("须经主办部门批准破例").first().waitFor();
    expect(await page.getByRole("button", { name: "推荐候选人" }).isDisabled()).toBe(true);
    await shoot("nom-02-what-if-refused");
  });

  it("nominates a front-line woman and sees the places and the list change", async () => {
    await pickCandidate(woman.name);
    const preview = page.getByRole("region", { name: "推荐前试算" });
    await preview.getByText(`推荐 ${woman.name} 之后`).waitFor();
    await preview.getByText("推荐后名额：已推荐 1 / 3 名，剩余 2 名").waitFor();
    await page.getByRole("textbox", { name: "推荐理由或主要事迹（可不填）" }).fill("扎根一线二十年，技术革新成果突出");
    const button = page.getByRole("button", { name: "推荐候选人" });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await page.getByText(`已推荐 ${woman.name}`).waitFor();
    await expect.poll(() => page.getByRole("combobox", { name: "选择职工" }).inputValue()).toBe("");
    await page.getByTestId("quota-card").getByText("名额 3 名，已推荐 1 名，剩余 2 名").waitFor();
    await page.getByText("推荐名单比例要求（现有 1 名）").waitFor();
    const mine = page.getByRole("table", { name: "本单位推荐" });
    const row = mine.getByRole("row").filter({ hasText: woman.name });
    await row.waitFor();
    const stored = await graphql<{ allNominations: { name: string; stateLabel: string }[] }>(
      "query ($a: ID!) { allNominations(filter: { activityId: $a }) { name stateLabel } }",
      { a: activityId },
      await (panel as PanelSession).tokenFor("unit"),
    );
    expect(stored.allNominations).toEqual([{ name: woman.name, stateLabel: expect.any(String) }]);
    await row.getByText(stored.allNominations[0]?.stateLabel ?? "?").waitFor();
    await shoot("nom-03-nominated");
  });

  it("shows the organizer every unit's quota use and the nominations", async () => {
    await signIn("organizer");
    await page.getByRole("menuitem", { name: "推荐名单" }).click();
    await page.waitForURL(/\/admin\/Nomination(\?.*)?$/);
    // The list opens on the newest activity sharing places by quota: this test's.
    const activity = page.getByRole("combobox", { name: "活动" });
    await expect.poll(() => activity.inputValue(), { timeout: 20_000 }).toBe(activityName);
    const use = page.getByRole("table", { name: "各单位名额使用" });
    await use.getByRole("row").filter({ hasText: "古塔区总工会" }).getByText("1 / 剩余 2").waitFor();
    await use.getByRole("row").filter({ hasText: "凌河区总工会" }).getByText("0 / 剩余 1").waitFor();
    await page.getByText("名额使用：共 4 名，已推荐 1 名").waitFor();
    await page.getByRole("row").filter({ hasText: woman.name }).getByText("1 / 3").waitFor();
    expect(await page.getByRole("button", { name: "推荐候选人" }).count()).toBe(0);
    await shoot("nom-04-organizer");
  });

  it("fits a tablet", async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole("table", { name: "各单位名额使用" }).waitFor();
    await expectNoSidewaysScroll(page);
    await shoot("nom-05-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
