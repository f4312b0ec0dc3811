import { expectNoSidewaysScroll } from "@jinzhou/browser-testing";
import { composeIdNumber } from "@jinzhou/domain";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * The unit admin imports a roster in a real browser against the real API: downloads the template,
 * checks a CSV with three bad rows (the dry run lists each by row number, column and Chinese
 * message, and writes nothing), then checks and imports a good CSV and finds the workers on the
 * roster. The CSV files are made here. Needs `vite build` first and Chromium.
 */
warnIfSkipped("the roster import browser test");

const header = "姓名,身份证号,手机号,单位代码,工种,技能等级,岗位类别,农民工,会员卡号";

describe.skipIf(skipBrowserTests)("roster import in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  let unitCode: string;
  const stamp = Date.now() % 100000;
  // Birth dates and sequences of this run, so that the ID numbers are new to the roster.
  const idNumber = (index: number) =>
    composeIdNumber("210798", `1986-0${(index % 9) + 1}-1${index % 9}`, (stamp + index * 7) % 1000);
  const goodNames = [`名册甲${stamp}`, `名册乙${stamp}`];

  const shoot = (name: string) => (panel as PanelSession).shoot(name);

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    const unit = await panel.tokenFor("unit");
    const unions = await panel.graphql<{ allOrganizations: { code: string }[] }>(
      '{ allOrganizations(filter: { kind: GRASSROOTS_UNION, q: "JZ-GT" }, perPage: 5, sortField: "code", sortOrder: "ASC") { code } }',
      {},
      unit,
    );
    unitCode = unions.allOrganizations[0]?.code ?? "";
    expect(unitCode).toMatch(/^JZ-GT/);
  });

  afterAll(async () => {
    await panel?.close();
  });

  const csv = (rows: string[]) => Buffer.from(`\uFEFF${[header, ...rows].join("\r\n")}\r\n`, "utf8");

  async function chooseFile(name: string, bytes: Buffer) {
    await page.locator('input[type="file"]').setInputFiles({ name, mimeType: "text/csv", buffer: bytes });
    await page.getByTestId("roster-file").getByText(name).waitFor();
  }

  it("opens 名册导入 and downloads the template", async () => {
    await signIn(panel as PanelSession, "unit");
    await page.getByRole("menuitem", { name: "名册导入" }).click();
    await page.waitForURL(/\/admin\/roster-import$/);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载导入模板" }).click();
    expect((await download).suggestedFilename()).toBe("职工名册导入模板.xlsx");
    expect(await page.getByRole("button", { name: /正式导入/ }).isDisabled()).toBe(true);
    await shoot("roster-01-start");
  });

  it("checks a roster with bad rows and lists every error by row, writing nothing", async () => {
    const first = idNumber(1);
    await chooseFile(
      "名册-有误.csv",
      csv([
        `${goodNames[0]},${first},13900001111,${unitCode},车工,三级/高级工,一线职工,否,`,
        `错号${stamp},${idNumber(2)},12345,${unitCode},钳工,,一线职工,否,`,
        `重复${stamp},${first},13900002222,${unitCode},焊工,,管理人员,是,`,
        `,${idNumber(3)},13900003333,${unitCode},电工,,一线职工,否,`,
      ]),
    );
    await page.getByRole("button", { name: "检查名册（不保存）" }).click();
    await page.getByText("名册共 4 行，其中 3 行有误").waitFor();
    const table = page.getByRole("table", { name: "名册错误" });
    const rowOf = (row: number) => table.locator(`tr[data-row="${row}"]`);
    await rowOf(3).filter({ hasText: "手机号" }).waitFor();
    await rowOf(4).filter({ hasText: "与第 2 行的身份证号重复" }).waitFor();
    await rowOf(5).filter({ hasText: "姓名" }).waitFor();
    expect(await rowOf(2).count()).toBe(0);
    expect(await table.textContent()).toContain("第 3 行");
    expect(await table.textContent()).not.toMatch(/[A-Za-z]{4,}/);
    expect(await page.getByRole("button", { name: /正式导入/ }).isDisabled()).toBe(true);
    await shoot("roster-02-errors");

    const unit = await (panel as PanelSession).tokenFor("unit");
    const found = await (panel as PanelSession).graphql<{ allWorkers: unknown[] }>(
      "query ($q: String!) { allWorkers(filter: { q: $q }) { id } }",
      { q: goodNames[0] },
      unit,
    );
    expect(found.allWorkers).toEqual([]);
  });

  it("checks a good roster, then imports it for real", async () => {
    await chooseFile(
      "名册-正确.csv",
      csv([
        `${goodNames[0]},${idNumber(4)},13900004444,${unitCode},车工,三级/高级工,一线职工,否,`,
        `${goodNames[1]},${idNumber(5)},13900005555,${unitCode},钳工,,专业技术人员,是,KC${stamp}`,
      ]),
    );
    await page.getByRole("button", { name: "检查名册（不保存）" }).click();
    await page.getByText("名册共 2 行，全部正确，可以正式导入。").waitFor();
    const preview = page.getByRole("table", { name: "将导入的职工" });
    for (const name of goodNames) await preview.getByText(name).waitFor();
    expect(await preview.textContent()).toContain("********");
    await shoot("roster-03-checked");
    await page.getByRole("button", { name: "正式导入 2 名职工" }).click();
    await page.getByText("已导入 2 名职工。").waitFor();
    const imported = page.getByRole("table", { name: "已导入的职工" });
    for (const name of goodNames) await imported.getByText(name).waitFor();
    await shoot("roster-04-imported");

    const unit = await (panel as PanelSession).tokenFor("unit");
    for (const name of goodNames) {
      const found = await (panel as PanelSession).graphql<{ allWorkers: { name: string }[] }>(
        "query ($q: String!) { allWorkers(filter: { q: $q }) { name } }",
        { q: name },
        unit,
      );
      expect(found.allWorkers.map((worker) => worker.name)).toEqual([name]);
    }
  });

  it("fits a tablet", async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole("table", { name: "已导入的职工" }).waitFor();
    await expectNoSidewaysScroll(page);
    await shoot("roster-05-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
