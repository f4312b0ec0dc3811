import { chinaDay, departmentOf } from "@jinzhou/browser-testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitLogin } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * The admin's settings in a real browser against the real API: the organizer creates an activity
 * and renames it over GraphQL; the admin finds both changes in the audit log and opens the
 * rename's before/after diff; opens an organizer's account (the department field appears for that
 * role), disables it and resets its password; adds a day to the holiday calendar. Needs
 * `vite build` first and Chromium.
 */
warnIfSkipped("the settings browser test");

describe.skipIf(skipBrowserTests)("the admin's settings in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  const stamp = String(Date.now() % 100000).padStart(5, "0");
  const firstName = `排舞展演日志测试${stamp}`;
  const newName = `全健排舞展演日志测试${stamp}`;
  const year = Number(chinaDay(0).slice(0, 4));
  const username = `wenhua${stamp}`;

  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    (panel as PanelSession).graphql<T>(query, variables, token);
  const shoot = (name: string) => (panel as PanelSession).shoot(name);

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    const culture = await panel.tokenFor("culture");
    const created = await graphql<{ createActivity: { id: string; version: number } }>(
      `mutation ($d: ID!, $code: String!, $name: String!, $year: Int!) {
        createActivity(kind: EXHIBITION, code: $code, name: $name, year: $year, departmentId: $d) { id version }
      }`,
      { d: await departmentOf(panel, culture), code: `ST-PW-${stamp}`, name: firstName, year },
      culture,
    );
    await graphql(
      "mutation ($id: ID!, $v: Int!, $name: String!) { updateActivity(id: $id, version: $v, name: $name) { id } }",
      { id: created.createActivity.id, v: created.createActivity.version, name: newName },
      culture,
    );
  });

  afterAll(async () => {
    await panel?.close();
  });

  it("finds the activity's changes in the audit log", async () => {
    const base = (panel as PanelSession).baseUrl;
    await page.goto(`${base}/admin/login`);
    await submitLogin(page, "admin");
    await page.getByRole("menuitem", { name: "操作日志" }).click();
    await page.waitForURL(/\/admin\/AuditEntry/);
    await page.locator('input[name="q"]').fill("ACTIVITY");
    const update = page.getByRole("row").filter({ hasText: "修改活动" });
    await update.first().waitFor();
    await page.getByRole("row").filter({ hasText: "新建活动" }).first().waitFor();
    expect(await update.first().textContent()).toContain("文化宫 刘主任");
    await shoot("settings-01-audit-search");
  });

  it("opens the rename and shows its before and after, the changed name highlighted", async () => {
    await page.getByRole("row").filter({ hasText: "修改活动" }).first().click();
    await page.waitForURL(/\/admin\/AuditEntry\/\d+\/show$/);
    const diff = page.getByRole("table", { name: "修改前后对比" });
    await diff.waitFor();
    await page.getByText("操作日志：修改活动").waitFor();
    // The name, and the configuration's copy of it, both changed.
    const nameRow = diff.locator('tr[data-changed="true"]').filter({ hasText: "（name）" });
    await nameRow.waitFor();
    expect(await nameRow.textContent()).toContain(firstName);
    expect(await nameRow.textContent()).toContain(newName);
    expect(await diff.locator('tr[data-changed="false"]').count()).toBe(0);
    await shoot("settings-02-audit-diff");
    // Every field, changed or not, on request.
    await page.getByLabel(/只看改动的字段/).uncheck();
    await diff.locator('tr[data-changed="false"]').first().waitFor();
  });

  it("opens an organizer's account: the department is asked for that role", async () => {
    await page.getByRole("menuitem", { name: "账号与角色" }).click();
    await page.waitForURL(/\/admin\/User/);
    await page.getByRole("row").filter({ hasText: "admin" }).first().waitFor();
    await shoot("settings-03-users");
    await page.getByRole("link", { name: "新建" }).click();
    await page.waitForURL(/\/admin\/User\/create$/);
    await page.getByRole("textbox", { name: "用户名" }).fill(username);
    await page.getByLabel("姓名").fill(`文化宫 测试${stamp}`);
    await page.getByLabel("初始密码").fill("wenhua2015");
    await page.getByLabel("角色").click();
    await page.getByRole("option", { name: "主办部门" }).click();
    await page.getByText("主办部门：创建和组织本部门的活动，须选择所属部门").waitFor();
    await page.getByRole("combobox", { name: "所属组织" }).fill("锦州市总");
    await page.getByRole("option", { name: "锦州市总工会" }).first().click();
    // Saving without a department is refused under its input.
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("主办部门账号须选择所属部门").waitFor();
    await page.getByLabel("所属部门").click();
    await page.getByRole("option", { name: "文化宫" }).click();
    await page.getByRole("listbox").waitFor({ state: "detached" });
    await shoot("settings-04-user-create");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/admin\/User\/\d+\/show$/);
    await page.getByText(username).first().waitFor();
    await page.getByText("启用").first().waitFor();
  });

  it("disables the account and resets its password with the rules shown", async () => {
    await page.getByRole("button", { name: "停用" }).click();
    await page.getByText("已停用", { exact: true }).waitFor();
    await page.getByRole("button", { name: "重置密码" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("新密码 8–64 位，须同时包含字母和数字", { exact: false }).waitFor();
    await dialog.getByLabel("新密码", { exact: true }).fill("short");
    await dialog.getByLabel("再次输入新密码").fill("short");
    await dialog.getByRole("button", { name: "重置" }).click();
    await dialog.getByText("密码应为 8–64 位，且同时包含字母和数字").waitFor();
    await shoot("settings-05-reset-password");
    await dialog.getByLabel("新密码", { exact: true }).fill("wenhua2016");
    await dialog.getByLabel("再次输入新密码").fill("wenhua2016");
    await dialog.getByRole("button", { name: "重置" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText(`已重置 文化宫 测试${stamp} 的密码`).waitFor();
  });

  it("adds a day to the holiday calendar and says why it matters", async () => {
    await page.getByRole("menuitem", { name: "节假日安排" }).click();
    await page.waitForURL(/\/admin\/Holiday/);
    await page.getByText("公示期按工作日计算", { exact: false }).first().waitFor();
    await page.getByRole("link", { name: "新建" }).click();
    await page.waitForURL(/\/admin\/Holiday\/create$/);
    await page.getByLabel("日期").fill(`${year}-10-08`);
    await page.getByLabel("名称").fill("国庆节");
    await page.getByLabel("法定节假日").check();
    await shoot("settings-06-holiday-create");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/admin\/Holiday(\?.*)?$/);
    const row = page.getByRole("row").filter({ hasText: `${year}年10月8日` });
    await row.waitFor();
    expect(await row.textContent()).toContain("国庆节");
    expect(await row.textContent()).toContain("法定节假日");
    await shoot("settings-07-holidays");
    const audit = await graphql<{ allAuditEntries: { action: string }[] }>(
      '{ allAuditEntries(filter: { action: "HOLIDAY_CREATE" }) { action } }',
      {},
      await (panel as PanelSession).tokenFor("admin"),
    );
    expect(audit.allAuditEntries.length).toBeGreaterThan(0);
  });
});
