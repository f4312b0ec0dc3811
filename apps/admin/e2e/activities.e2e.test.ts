import { chinaDateOf } from "@jinzhou/domain";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * The organizer's main flow in a real browser against the real API: 文化宫's organizer creates a
 * choir contest from the performance-contest template step by step, sees its categories and
 * rounds, and opens registration. Needs `vite build` first and Debian's Chromium.
 */
warnIfSkipped("the activities browser test");

function chinaDatePlus(days: number): string {
  return chinaDateOf(new Date(Date.now() + days * 86_400_000));
}

describe.skipIf(skipBrowserTests)("activities in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  let baseUrl: string;

  const shoot = (name: string) => (panel as PanelSession).shoot(name);

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    baseUrl = panel.baseUrl;
  });

  afterAll(async () => {
    await panel?.close();
  });

  it("lets 文化宫's organizer create a choir contest from the template and open registration", async () => {
    await page.goto(`${baseUrl}/admin/`);
    await page.getByLabel("用户名").fill("culture");
    await page.locator('input[name="password"]').fill("jinzhou2015");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("menuitem", { name: "活动" }).click();
    await page.waitForURL(/\/admin\/Activity(\?.*)?$/);
    await shoot("activities-01-list");

    await page.getByRole("link", { name: "新建" }).click();
    await page.waitForURL(/\/admin\/Activity\/create$/);
    await page.getByRole("radio", { name: "文艺比赛" }).check();
    await shoot("activities-02-kind");
    await page.getByRole("button", { name: "下一步" }).click();

    const suffix = String(Date.now() % 100000).padStart(5, "0");
    const name = `职工合唱比赛${suffix}`;
    const textbox = (label: string) => page.getByRole("textbox", { name: label, exact: true });
    await textbox("编号").fill(`HC-${suffix}`);
    await textbox("名称").fill(name);
    await page.getByRole("combobox", { name: "主办部门" }).click();
    await page.getByRole("option", { name: /文化宫/ }).click();
    await page.locator('input[name="registrationOpensOn"]').fill(chinaDatePlus(0));
    await page.locator('input[name="registrationClosesOn"]').fill(chinaDatePlus(30));
    await page.locator('input[name="judgingEndsOn"]').fill(chinaDatePlus(40));
    await page.locator('input[name="completedBy"]').fill(chinaDatePlus(50));
    await textbox("时限说明").fill("下月中旬");
    await shoot("activities-03-basics");
    await page.getByRole("button", { name: "按模板创建" }).click();
    await page.waitForURL(/\/admin\/Activity\/[^/]+\/show$/);

    await page.getByText(name).first().waitFor();
    const configuration = page.getByTestId("configuration");
    await configuration.getByText("组别").waitFor();
    await configuration.getByText("轮次与评分细则").waitFor();
    expect(await configuration.locator("li").count()).toBeGreaterThan(1);
    // A draft's basics and dates can still change.
    await page.getByRole("link", { name: "编辑" }).click();
    await page.waitForURL(/\/admin\/Activity\/[^/]+$/);
    await textbox("时限说明").fill("下月下旬");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/admin\/Activity\/[^/]+\/show$/);
    await page.getByText("下月下旬").waitFor();

    const open = page.getByTestId("lifecycle").getByRole("button", { name: "开放报名" });
    await open.waitFor();
    await shoot("activities-04-show");
    expect(await open.isEnabled()).toBe(true);

    await open.click();
    await page.locator('[data-state="REGISTRATION_OPEN"]').getByText("报名中").waitFor();
    await shoot("activities-05-open");
  });
});
