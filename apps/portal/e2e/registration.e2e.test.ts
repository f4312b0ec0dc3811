import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActivatedWorker,
  activateWorker,
  findableWorkersWithoutAccount,
  signInOnPortal,
} from "./activated-workers.ts";
import {
  approveRegistration,
  type BrowserSession,
  createActivity,
  expectNoSidewaysScroll,
  openPortal,
  shootPage,
  skipBrowserTests,
  transitionActivity,
  warnIfSkipped,
} from "./portal-browser.ts";

/**
 * A worker registers for a badminton doubles event on a phone (375×812) against the real API:
 * the 文化宫 organizer opens a tournament whose 男双 takes one pair; four male union members of
 * 古塔区 activate their accounts (SMS code from the server log); worker A sees why they may not
 * enter 女单, registers with partner B found by name (待单位审核, approved by the 古塔区 unit admin
 * → 已确认); worker C registers with partner D in the full event (候补第 1 位 once approved); A
 * withdraws after a confirmation and C's pair gets the place. Needs `vite build` and Chromium.
 */
warnIfSkipped("the registration browser test");

const password = "Shuangda2015";

describe.skipIf(skipBrowserTests)("registering as a doubles pair on a phone", () => {
  let session: BrowserSession;
  let page: Page;
  let activityId: string;
  let unitToken: string;
  let doublesId: string;
  let womensSinglesId: string;
  const accounts: ActivatedWorker[] = [];

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    session.graphql<T>(query, variables, token);
  const shoot = (name: string) => session.shoot(`registration-${name}`);
  const shootOther = (other: Page, name: string) => shootPage(other, `registration-${name}`);
  /** What the phone's screen shows once `locator` is scrolled into view (the tab bar stays put). */
  const shootScreen = async (other: Page, locator: Locator, name: string) => {
    await locator.scrollIntoViewIfNeeded();
    await shootPage(other, `registration-${name}`, { screenOnly: true });
  };

  async function doublesOption(token: string) {
    const answer = await graphql<{
      Activity: { myEntryOptions: { categoryId: string; canRegister: boolean }[] };
    }>(
      "query ($id: ID!) { Activity(id: $id) { myEntryOptions { categoryId canRegister } } }",
      { id: activityId },
      token,
    );
    return answer.Activity.myEntryOptions.find((option) => option.categoryId === doublesId);
  }

  async function myEntry(token: string) {
    const answer = await graphql<{ allRegistrations: { id: string; state: string; stateLabel: string }[] }>(
      "query ($a: ID!) { allRegistrations(filter: { activityId: $a }) { id state stateLabel } }",
      { a: activityId },
      token,
    );
    return answer.allRegistrations[0];
  }

  async function registerWithPartner(on: Page, partner: ActivatedWorker, shootMatches?: () => Promise<void>) {
    const card = on.locator(".category-card", { has: on.getByRole("heading", { name: "男双", exact: true }) });
    await card.getByRole("link", { name: "报名", exact: true }).click();
    await on.waitForURL((url) => url.pathname === `/activities/${activityId}/register/${doublesId}`);
    await on.getByLabel("搭档姓名").fill(partner.name.slice(0, 1));
    // One character is not enough to look anyone up: nothing is sent, nothing listed, no error.
    await on.waitForTimeout(700);
    expect(await on.locator(".partner-results li, .partner-search .field-error").count()).toBe(0);
    await on.getByLabel("搭档姓名").fill(partner.name);
    const match = on.locator(".partner-result", { hasText: partner.name });
    await expect.poll(() => match.textContent()).toMatch(/\d{6}\*{8}\d{3}[\dX]/);
    await shootMatches?.();
    await match.getByRole("button", { name: `选择 ${partner.name}` }).click();
    await expect.poll(() => on.locator(".chosen").textContent()).toContain(partner.name);
  }

  beforeAll(async () => {
    session = await openPortal();
    page = session.page;
    const culture = await session.tokenFor("culture");
    unitToken = await session.tokenFor("unit");

    // The organizer's badminton tournament from its template, 男双 limited to one pair, opened.
    const created = await createActivity<{
      id: string;
      version: number;
      configuration: { categories: { categoryId: string; capacity: number | null }[] };
    }>(session, culture, {
      kind: "TOURNAMENT",
      code: `E2E-YMQ-${Date.now()}`,
      name: "职工羽毛球比赛（手机报名）",
      fields: "id version configuration",
    });
    activityId = created.id;
    const configuration = {
      ...created.configuration,
      categories: created.configuration.categories.map((category) =>
        category.categoryId === "MENS_DOUBLES" ? { ...category, capacity: 1 } : category,
      ),
    };
    await graphql(
      "mutation ($id: ID!, $v: Int!, $c: JSON!) { updateActivity(id: $id, version: $v, configuration: $c) { id } }",
      { id: activityId, v: created.version, c: configuration },
      culture,
    );
    await transitionActivity(session, culture, activityId, "REGISTRATION_OPEN");
    const categories = await graphql<{ Activity: { categories: { id: string; key: string }[] } }>(
      "query ($id: ID!) { Activity(id: $id) { categories { id key } } }",
      { id: activityId },
      culture,
    );
    doublesId = categories.Activity.categories.find((category) => category.key === "MENS_DOUBLES")?.id as string;
    womensSinglesId = categories.Activity.categories.find((category) => category.key === "WOMENS_SINGLES")
      ?.id as string;

    // Four men of 古塔区 who are union members, have no account yet and can be found by name.
    const candidates = (await findableWorkersWithoutAccount(session, unitToken)).filter(
      (worker) => worker.gender === "MALE" && worker.memberCardNumber !== null,
    );
    for (const worker of candidates) {
      if (accounts.length === 4) break;
      const account = await activateWorker(session, worker, password);
      if ((await doublesOption(account.token))?.canRegister) accounts.push(account);
    }
    expect(accounts).toHaveLength(4);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("shows the activity to the public with a sign-in prompt, without sideways scrolling", async () => {
    await page.goto(`${session.baseUrl}/activities/${activityId}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("职工羽毛球比赛（手机报名）");
    await expect.poll(() => page.getByText("剩余名额 1/1").count()).toBe(1);
    await expect.poll(() => page.getByRole("link", { name: "登录后报名" }).count()).toBe(1);
    await expectNoSidewaysScroll(page);
    await shoot("01-activity-public");
  });

  it("signs worker A in and tells them, before anything is filled in, why they may not enter 女单", async () => {
    const [a] = accounts as [ActivatedWorker];
    await page.getByRole("link", { name: "登录后报名" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByLabel("手机号或用户名").fill(a.phone);
    await page.getByLabel("密码", { exact: true }).fill(a.password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/activities/${activityId}`);
    const womens = page.locator(".category-card", { has: page.getByRole("heading", { name: "女单", exact: true }) });
    await expect.poll(() => womens.locator(".reasons").textContent()).toContain("您不能报名这个组别");
    expect(await womens.locator(".reason-list li").first().getAttribute("data-code")).toBe("GENDER_NOT_ALLOWED");
    expect(await womens.getByRole("link", { name: "报名", exact: true }).count()).toBe(0);
    expect(womensSinglesId).toBeTruthy();
    const mens = page.locator(".category-card", { has: page.getByRole("heading", { name: "男双", exact: true }) });
    expect(await mens.getByRole("link", { name: "报名", exact: true }).count()).toBe(1);
    await expectNoSidewaysScroll(page);
    await shoot("02-activity-reasons");
  });

  it("registers A with partner B found by name, confirmed, then approved by the unit → 已确认", async () => {
    const [, b] = accounts as [ActivatedWorker, ActivatedWorker];
    await registerWithPartner(page, b, async () => {
      await expectNoSidewaysScroll(page);
      await shoot("03a-partner-search");
    });
    await expectNoSidewaysScroll(page);
    await shoot("03-register-partner");
    await page.getByRole("button", { name: "下一步：确认" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "请确认报名信息" }).count()).toBe(1);
    await expect.poll(() => page.locator("dl.facts").last().textContent()).toContain(b.name);
    await shoot("04-register-confirm");
    await page.getByRole("button", { name: "确认报名" }).click();
    await expect.poll(() => page.locator(".outcome .badge").textContent()).toBe("待单位审核");
    await expectNoSidewaysScroll(page);
    await shoot("05-register-result-pending");

    const entry = await myEntry(accounts[0]?.token as string);
    expect(entry?.state).toBe("PENDING_UNIT");
    expect(await approveRegistration(session, unitToken, entry?.id as string)).toBe("CONFIRMED");
    await page.goto(`${session.baseUrl}/activities/${activityId}`);
    const mens = page.locator(".category-card", { has: page.getByRole("heading", { name: "男双", exact: true }) });
    await expect.poll(() => mens.locator(".entry-held").textContent()).toContain("已确认");
    await expect.poll(() => mens.locator(".badge").first().textContent()).toContain("名额已满");
    await shootScreen(page, mens, "06-activity-confirmed");
  });

  it("registers C with partner D in the full event → 候补第 1 位 on the result and on 我的", async () => {
    const [, , c, d] = accounts as ActivatedWorker[] as [
      ActivatedWorker,
      ActivatedWorker,
      ActivatedWorker,
      ActivatedWorker,
    ];
    const pageC = await session.newPage();
    await signInOnPortal(session, pageC, c, `/activities/${activityId}`);
    await registerWithPartner(pageC, d);
    await expect.poll(() => pageC.getByText("名额已满，提交后进入候补").count()).toBeGreaterThan(0);
    await pageC.getByRole("button", { name: "下一步：确认" }).click();
    await pageC.getByRole("button", { name: "确认报名" }).click();
    await expect.poll(() => pageC.locator(".outcome .badge").textContent()).toBe("待单位审核");
    const entry = await myEntry(c.token);
    expect(await approveRegistration(session, unitToken, entry?.id as string)).toBe("WAITLISTED");
    // The result as the worker finds it again: the register page shows the entry's state.
    await pageC.reload();
    await expect.poll(() => pageC.locator(".outcome .badge").textContent()).toBe("候补第 1 位");
    await expectNoSidewaysScroll(pageC);
    await shootOther(pageC, "07-register-result-waiting");
    await pageC.goto(`${session.baseUrl}/me`);
    await expect.poll(() => pageC.getByText("候补第 1 位").count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll(pageC);
    await shootOther(pageC, "08-me-waiting");
    await pageC.close();
  });

  it("lets A withdraw after a confirmation, and C's pair is promoted", async () => {
    const [a, , c] = accounts as [ActivatedWorker, ActivatedWorker, ActivatedWorker];
    const entry = await myEntry(a.token);
    await page.goto(`${session.baseUrl}/me/registrations/${entry?.id}`);
    await page.getByRole("button", { name: "撤销报名" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect.poll(() => dialog.textContent()).toContain("让给候补");
    await expectNoSidewaysScroll(page);
    await shoot("09-withdraw-confirm");
    await dialog.getByRole("button", { name: "确认撤销" }).click();
    await expect.poll(async () => (await myEntry(a.token))?.state).toBe("WITHDRAWN");
    await expect.poll(async () => (await myEntry(c.token))?.stateLabel).toBe("已确认");
    await shoot("10-withdrawn");

    const pageC = await session.newPage();
    await signInOnPortal(session, pageC, c, `/activities/${activityId}`);
    const mens = pageC.locator(".category-card", { has: pageC.getByRole("heading", { name: "男双", exact: true }) });
    await expect.poll(() => mens.locator(".entry-held").textContent()).toContain("已确认");
    await shootScreen(pageC, mens, "11-promoted");
    await pageC.close();
  });
});
