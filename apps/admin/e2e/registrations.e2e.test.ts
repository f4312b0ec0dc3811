import { createOpenActivity, enrolWorker, uniquelyNamed } from "@jinzhou/browser-testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * The unit admin reviews registrations in a real browser against the real API: the organizer
 * makes a skills contest from its template and opens it, the unit admin enrols four workers over
 * GraphQL, then in the panel filters to 待单位审核, approves one, returns one with a reason (an
 * empty reason is refused) and approves two more in bulk. Needs `vite build` first and Chromium.
 */
warnIfSkipped("the registrations browser test");

interface Entry {
  id: string;
  name: string;
  category: string;
}

const categoryNames: Record<string, string> = {
  LATHE: "车工",
  FITTER: "钳工",
  ELECTRICIAN: "维修电工",
  WELDER: "焊工",
};

describe.skipIf(skipBrowserTests)("registrations review in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  let baseUrl: string;
  let unitToken: string;
  let activityName: string;
  const entries: Entry[] = [];

  const shoot = (name: string) => (panel as PanelSession).shoot(name);

  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    (panel as PanelSession).graphql<T>(query, variables, token);
  const tokenFor = (username: string) => (panel as PanelSession).tokenFor(username);

  async function stateOf(id: string): Promise<{ state: string; stateLabel: string }> {
    const data = await graphql<{ Registration: { state: string; stateLabel: string } }>(
      "query ($id: ID!) { Registration(id: $id) { state stateLabel } }",
      { id },
      unitToken,
    );
    return data.Registration;
  }

  /** The organizer's skills contest, open for registration; the unit admin enrols four workers. */
  async function prepareEntries() {
    const organizer = await tokenFor("organizer");
    activityName = `状元杯审核测试${String(Date.now() % 100000).padStart(5, "0")}`;
    const activityId = (
      await createOpenActivity(panel as PanelSession, organizer, {
        kind: "SKILLS_CONTEST",
        code: `E2E-${Date.now()}`,
        name: activityName,
      })
    ).id;

    unitToken = await tokenFor("unit");
    const roster = await graphql<{ allWorkers: { id: string; name: string }[] }>(
      '{ allWorkers(page: 0, perPage: 200, sortField: "id", sortOrder: "ASC") { id name } }',
      {},
      unitToken,
    );
    // Names that appear once, so that each row is found by its entrant's name.
    const candidates = uniquelyNamed(roster.allWorkers);
    const refusals: string[] = [];
    for (const worker of candidates) {
      if (entries.length === 4) break;
      for (const [categoryKey, category] of Object.entries(categoryNames)) {
        try {
          const id = await enrolWorker(panel as PanelSession, unitToken, {
            activityId,
            categoryKey,
            workerId: worker.id,
            idempotencyKey: `e2e-${activityId}-${worker.id}-${categoryKey}`,
          });
          entries.push({ id, name: worker.name, category });
          break;
        } catch (error) {
          refusals.push(String(error));
        }
      }
    }
    if (entries.length < 4) throw new Error(`could not enrol four workers: ${refusals.slice(0, 5).join(" | ")}`);
  }

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    baseUrl = panel.baseUrl;
    await prepareEntries();
  });

  afterAll(async () => {
    await panel?.close();
  });

  const row = (name: string) => page.getByRole("row").filter({ hasText: name });

  async function openFilteredList() {
    await page.getByRole("menuitem", { name: "报名审核" }).click();
    await page.waitForURL(/\/admin\/Registration(\?.*)?$/);
    await page.getByRole("combobox", { name: "状态" }).click();
    await page.getByRole("option", { name: "待单位审核" }).click();
    await page.getByRole("combobox", { name: "活动" }).fill(activityName.slice(0, 8));
    await page.getByRole("option", { name: activityName }).click();
  }

  it("signs in as the unit admin and lists the entries awaiting unit review", async () => {
    await signIn(panel as PanelSession, "unit");
    await page.getByRole("menuitem", { name: "报名审核" }).waitFor();
    await openFilteredList();
    for (const entry of entries) await row(entry.name).waitFor();
    expect(await page.getByRole("row").count()).toBe(entries.length + 1);
    expect(await row(entries[0]?.name ?? "").textContent()).toContain("待单位审核");
    await shoot("reg-01-pending-unit");
  });

  it("approves one entrant on its page", async () => {
    const [first] = entries as [Entry];
    await row(first.name).getByText(first.name).click();
    await page.waitForURL(/\/admin\/Registration\/\d+\/show$/);
    await page.getByRole("button", { name: "同意" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确定" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    const after = await stateOf(first.id);
    expect(after.state).not.toBe("PENDING_UNIT");
    await page.locator(`[data-state="${after.state}"]`).getByText(after.stateLabel).waitFor();
    await page.getByRole("table", { name: "审核记录" }).getByText("单位审核").waitFor();
    await page.getByText(activityName).waitFor();
    await shoot("reg-02-approved");
  });

  it("returns another with a reason, refusing an empty one", async () => {
    const second = entries[1] as Entry;
    await page.goto(`${baseUrl}/admin/Registration/${second.id}/show`);
    await page.getByRole("button", { name: "退回" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.getByText("请填写原因").waitFor();
    await shoot("reg-03-reason-required");
    expect((await stateOf(second.id)).state).toBe("PENDING_UNIT");
    await dialog.getByRole("textbox", { name: "原因（必填）" }).fill("请补充技能等级证书编号");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    const after = await stateOf(second.id);
    expect(after.state).toBe("RETURNED");
    expect(after.stateLabel).toContain("请补充技能等级证书编号");
    await page.locator('[data-state="RETURNED"]').getByText(after.stateLabel).waitFor();
    await shoot("reg-04-returned");
  });

  it("approves two in bulk with a summary", async () => {
    const rest = entries.slice(2);
    await openFilteredList();
    for (const entry of rest) await row(entry.name).getByRole("checkbox").check();
    await page.getByRole("button", { name: "同意" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("共选中 2 条报名").waitFor();
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.getByText("成功 2 条").waitFor();
    await shoot("reg-05-bulk-summary");
    await dialog.getByRole("button", { name: "关闭" }).click();
    for (const entry of rest) {
      const after = await stateOf(entry.id);
      expect(after.state).not.toBe("PENDING_UNIT");
      expect(await rowGone(entry.name)).toBe(true);
    }
    await shoot("reg-06-after-bulk");
  });

  async function rowGone(name: string): Promise<boolean> {
    await row(name).waitFor({ state: "detached" });
    return (await row(name).count()) === 0;
  }

  it("shows the API's refusal in Chinese when a level is not the user's", async () => {
    const [first] = entries as [Entry];
    const before = await stateOf(first.id);
    await page.goto(`${baseUrl}/admin/Registration/${first.id}/show`);
    await page.locator(`[data-state="${before.state}"]`).waitFor();
    if (before.state !== "PENDING_COUNTY") return;
    await page.getByRole("button", { name: "同意" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.getByText("未能处理 1 条：").waitFor();
    const refusal = await dialog.getByTestId("review-summary").textContent();
    expect(refusal).toContain(first.name);
    expect(refusal).not.toMatch(/[A-Za-z]{3,}/);
    await shoot("reg-07-refused");
    await dialog.getByRole("button", { name: "关闭" }).click();
    expect((await stateOf(first.id)).state).toBe(before.state);
  });

  it("filters by state and by the activity's category", async () => {
    const returned = entries[1] as Entry;
    await page.getByRole("menuitem", { name: "报名审核" }).click();
    await page.waitForURL(/\/admin\/Registration(\?.*)?$/);
    await page.getByRole("combobox", { name: "状态" }).click();
    await page.getByRole("option", { name: "已退回" }).click();
    await row(returned.name).waitFor();
    await page.getByRole("button", { name: "添加筛选条件" }).click();
    await page.getByRole("menuitemcheckbox", { name: "组别" }).click();
    await page.getByRole("combobox", { name: "组别" }).click();
    await page.getByRole("option", { name: returned.category, exact: true }).click();
    await page.getByRole("listbox").waitFor({ state: "detached" });
    await page.getByText("第 1–1 条，共 1 条").waitFor();
    expect(await row(returned.name).textContent()).toContain(returned.category);
    await shoot("reg-08-filtered-by-category");
  });
});
