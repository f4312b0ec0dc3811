import { composeIdNumber, formatChineseDate, idNumberProblemMessages } from "@jinzhou/domain";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitLogin } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * The built panel in a real browser against the real API: sign in, open 职工, enrol a worker
 * (a wrong check digit is flagged under the field first), and find the worker in the list.
 * Needs `vite build` first (turbo runs build before test) and Debian's Chromium.
 */
warnIfSkipped("the admin browser test");

/** A fictional worker with a valid ID number, and the same number with a wrong check digit. */
function fictionalWorker() {
  const suffix = String(Date.now() % 100000).padStart(5, "0");
  const year = 1980 + Math.floor(Math.random() * 20);
  const birthDate = `${year}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
  const idNumber = composeIdNumber("210702", birthDate, Math.floor(Math.random() * 1000));
  const wrongDigit = "0123456789X".split("").find((character) => character !== idNumber.at(-1)) as string;
  return {
    name: `测试职工${suffix}`,
    idNumber,
    wrongIdNumber: idNumber.slice(0, 17) + wrongDigit,
    birthDate,
    phone: `139${suffix}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`,
    trade: "钳工",
  };
}

describe.skipIf(skipBrowserTests)("the admin panel in Chromium", () => {
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

  it("shows the login page in Chinese", async () => {
    await page.goto(`${baseUrl}/admin/`);
    await page.getByRole("button", { name: "登录" }).waitFor();
    await page.getByText("锦州市总工会 职工活动管理平台").first().waitFor();
    expect(await page.getByLabel("用户名").count()).toBe(1);
    expect(await page.getByLabel("密码", { exact: false }).first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await shoot("01-login");
  });

  it("signs in as the federation admin", async () => {
    await submitLogin(page, "admin");
    await page.getByRole("menuitem", { name: "职工" }).waitFor();
    await shoot("02-signed-in");
  });

  it("enrols a worker, flagging a wrong ID check digit under the field, and lists them", async () => {
    const worker = fictionalWorker();
    await page.getByRole("menuitem", { name: "职工" }).click();
    await page.waitForURL(/\/admin\/Worker(\?.*)?$/);
    await page.getByRole("link", { name: "新建" }).click();
    await page.waitForURL(/\/admin\/Worker\/create$/);

    const textbox = (name: string) => page.getByRole("textbox", { name, exact: true });
    await textbox("姓名").fill(worker.name);
    const idNumber = textbox("身份证号");
    await idNumber.fill(worker.wrongIdNumber);
    // The message sits in the field's own helper text (the one the input is described by).
    const idNumberHelp = page.locator(`[id="${await idNumber.getAttribute("aria-describedby")}"]`);
    await idNumberHelp.getByText(idNumberProblemMessages.ID_NUMBER_CHECK_DIGIT).waitFor();
    expect(await idNumber.getAttribute("aria-invalid")).toBe("true");
    await shoot("03-wrong-check-digit");

    await idNumber.fill(worker.idNumber);
    await idNumberHelp.getByText(idNumberProblemMessages.ID_NUMBER_CHECK_DIGIT).waitFor({ state: "detached" });
    // Gender and birth date now come from the ID number, read-only.
    expect(await page.getByTestId("preview-birthDate").locator("input").inputValue()).toBe(
      formatChineseDate(worker.birthDate),
    );

    await textbox("手机号").fill(worker.phone);
    await page.getByRole("combobox", { name: "所属基层工会" }).click();
    await page.getByRole("option").first().click();
    await textbox("工种").fill(worker.trade);
    await page.getByRole("combobox", { name: "岗位类别" }).click();
    await page.getByRole("option", { name: "一线职工" }).click();
    await shoot("04-worker-form");

    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/admin\/Worker\/\d+\/show$/);
    await page.getByText(worker.idNumber).waitFor();

    await page.getByRole("menuitem", { name: "职工" }).click();
    await page.waitForURL(/\/admin\/Worker(\?.*)?$/);
    await page.getByPlaceholder("搜索").fill(worker.name);
    await page.getByText("第 1–1 条，共 1 条").waitFor();
    const row = page.getByRole("row").filter({ hasText: worker.name });
    expect(await row.textContent()).toContain(worker.trade);
    expect(await row.textContent()).toContain(worker.idNumber);
    await shoot("05-worker-listed");
  });
});
