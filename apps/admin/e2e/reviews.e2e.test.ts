import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import {
  createOpenActivityReviewedByOrganizer,
  createWorkerAccount,
  expectNoSidewaysScroll,
  workersWithoutAccount,
} from "@jinzhou/browser-testing";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signInAgain } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * Reviews beyond ordinary registrations, in a real browser against the real API: 组织部 approves an
 * innovation project declared with its document and sees the API refuse one without documents;
 * 宣教部 reads a public recommendation with its story and photo and approves it; 生产保护部 returns a
 * labor competition's indicator report with a reason. Data is prepared over GraphQL and
 * /files/attachments as the workers, the public and the unit admin would. Needs `vite build` and Chromium.
 */
warnIfSkipped("the reviews browser test");

const suffix = String(Date.now() % 100000).padStart(5, "0");

/** A small solid-colour PNG (the API recognizes images by their bytes). */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0xc6, 0x28, 0x28]))]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(pixels)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

const pdf = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

describe.skipIf(skipBrowserTests)("declarations, recommendations and indicator reports reviewed in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  let baseUrl: string;

  const shoot = (name: string) => (panel as PanelSession).shoot(name);
  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    (panel as PanelSession).graphql<T>(query, variables, token);
  const tokenFor = (username: string) => (panel as PanelSession).tokenFor(username);

  const innovation = { name: `创新工作奖审核测试${suffix}`, id: "", withDocument: "", withoutDocument: "" };
  const projectTitles = { withDocument: `数控车床自动上料装置${suffix}`, withoutDocument: `焊接烟尘收集器${suffix}` };
  const search = { name: `最美劳动者推荐测试${suffix}`, id: "", recommendationId: "" };
  const candidateName = "刘秀英";
  const competition = { name: `劳动竞赛指标测试${suffix}`, id: "", reportId: "", team: "" };

  /** A draft of the department's activity of `kind`, reviewed only by the organizer, opened for entries. */
  async function openActivity(token: string, kind: string, name: string): Promise<string> {
    // One review level keeps the test to one reviewer; the chain itself is the registrations test's.
    return createOpenActivityReviewedByOrganizer(panel as PanelSession, token, {
      kind,
      code: `E2E-${kind.slice(0, 3)}-${suffix}`,
      name,
    });
  }

  async function upload(token: string, registrationId: string, kind: string, fileName: string, bytes: Uint8Array) {
    const form = new FormData();
    form.set("kind", kind);
    form.set("registrationId", registrationId);
    form.set("file", new Blob([Buffer.from(bytes)]), fileName);
    const response = await fetch(`${baseUrl}/files/attachments`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  }

  /** A second worker account, for a second declaration (one per worker). */
  async function anotherWorkerToken(): Promise<string> {
    const admin = await tokenFor("admin");
    const [worker] = await workersWithoutAccount(panel as PanelSession, admin, { perPage: 50, sortOrder: "DESC" });
    if (!worker) throw new Error("no worker without an account");
    return createWorkerAccount(panel as PanelSession, admin, {
      username: `decl${suffix}`,
      displayName: "申报测试职工",
      worker,
    });
  }

  async function declare(token: string, title: string): Promise<string> {
    const data = await graphql<{ declareProject: { id: string } }>(
      `mutation ($a: ID!, $t: String!, $s: String!, $k: String!) {
        declareProject(activityId: $a, title: $t, summary: $s, idempotencyKey: $k) { id }
      }`,
      {
        a: innovation.id,
        t: title,
        s: `${title}：针对生产一线的实际问题改进工艺，\n年节约成本约二十万元，已在三个车间推广。`,
        k: `decl-${title}`,
      },
      token,
    );
    return data.declareProject.id;
  }

  async function prepare() {
    // 组织部's innovation award: two declarations, one with its project document.
    const orgdept = await tokenFor("orgdept");
    innovation.id = await openActivity(orgdept, "INNOVATION_AWARD", innovation.name);
    const worker = await tokenFor("worker");
    innovation.withDocument = await declare(worker, projectTitles.withDocument);
    await upload(worker, innovation.withDocument, "PROJECT_DOCUMENT", "项目申报书.pdf", pdf);
    innovation.withoutDocument = await declare(await anotherWorkerToken(), projectTitles.withoutDocument);

    // 宣教部's search: the public recommends a candidate, the unit admin adds the photo.
    const publicity = await tokenFor("publicity");
    search.id = await openActivity(publicity, "MOST_BEAUTIFUL_WORKER", search.name);
    const unit = await tokenFor("unit");
    const me = await graphql<{ me: { organizationId: string } }>("{ me { organizationId } }", {}, unit);
    const units = await graphql<{ allOrganizations: { id: string; name: string }[] }>(
      `query ($w: ID!) { allOrganizations(filter: { withinId: $w, kind: GRASSROOTS_UNION }, page: 0, perPage: 1,
        sortField: "id", sortOrder: "ASC") { id name } }`,
      { w: me.me.organizationId },
      unit,
    );
    const candidateUnit = units.allOrganizations[0];
    if (!candidateUnit) throw new Error("the unit admin has no grassroots union");
    const recommended = await graphql<{ recommendCandidate: { id: string } }>(
      `mutation ($a: ID!, $o: ID!, $k: String!) {
        recommendCandidate(activityId: $a, organizationId: $o, candidateName: "${candidateName}",
          story: "环卫工人，二十年如一日清扫城区主干道，风雨无阻。", recommenderName: "王建国",
          recommenderPhone: "13904161234", idempotencyKey: $k) { id }
      }`,
      { a: search.id, o: candidateUnit.id, k: `rec-${suffix}` },
    );
    search.recommendationId = recommended.recommendCandidate.id;
    await upload(unit, search.recommendationId, "PHOTO", "刘秀英.png", png(120, 160));

    // 生产保护部's labor competition: the unit enrols a team and files its quarter.
    const organizer = await tokenFor("organizer");
    competition.id = await openActivity(organizer, "LABOR_COMPETITION", competition.name);
    const enrolled = await graphql<{ enrol: { id: string; name: string } }>(
      `mutation ($a: ID!, $o: ID!, $k: String!) {
        enrol(activityId: $a, categoryKey: "TEAMS", organizationId: $o, idempotencyKey: $k) { id name }
      }`,
      { a: competition.id, o: candidateUnit.id, k: `lc-${suffix}` },
      unit,
    );
    competition.team = enrolled.enrol.name;
    const filed = await graphql<{ fileIndicatorReport: { id: string } }>(
      `mutation ($r: ID!) { fileIndicatorReport(registrationId: $r, period: "2026-Q3",
        values: [{ key: "safety", value: "98.5" }, { key: "energy", value: "12.125" }]) { id } }`,
      { r: enrolled.enrol.id },
      unit,
    );
    competition.reportId = filed.fileIndicatorReport.id;
  }

  const signIn = (username: string) => signInAgain(panel as PanelSession, username);

  /** The list opens on the newest activity of its kind: the one this test just made. */
  async function expectActivityChosen(label: string, name: string) {
    const activity = page.getByRole("combobox", { name: label });
    await expect.poll(() => activity.inputValue(), { timeout: 20_000 }).toBe(name);
  }

  async function registrationState(id: string, token: string): Promise<string> {
    const data = await graphql<{ Registration: { state: string } }>(
      "query ($id: ID!) { Registration(id: $id) { state } }",
      { id },
      token,
    );
    return data.Registration.state;
  }

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    baseUrl = panel.baseUrl;
    await prepare();
  }, 120_000);

  afterAll(async () => {
    await panel?.close();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === "fail") {
      await shoot(`reviews-failed-${context.task.name.slice(0, 20)}`);
    }
  });

  it("lists the innovation projects of the chosen award with their authors and documents", async () => {
    await signIn("orgdept");
    await page.getByRole("menuitem", { name: "项目申报审核" }).click();
    await expectActivityChosen("活动（创新工作奖）", innovation.name);
    const withDocument = page.getByRole("row").filter({ hasText: projectTitles.withDocument });
    await withDocument.waitFor();
    expect(await withDocument.textContent()).toContain("1 份");
    expect(await page.getByRole("row").filter({ hasText: projectTitles.withoutDocument }).textContent()).toContain(
      "0 份",
    );
    await shoot("reviews-01-declarations");
  });

  it("approves the declaration that carries its project document", async () => {
    await page
      .getByRole("row")
      .filter({ hasText: projectTitles.withDocument })
      .getByText(projectTitles.withDocument, { exact: true })
      .click();
    await page.waitForURL(/\/admin\/declarations\/\d+$/);
    const document = page.getByRole("button", { name: /项目申报材料：项目申报书\.pdf/ });
    const [download] = await Promise.all([page.waitForEvent("download"), document.click()]);
    expect(download.suggestedFilename()).toBe("项目申报书.pdf");
    // The bytes uploaded, fetched with the token.
    expect(new Uint8Array(readFileSync(await download.path()))).toEqual(pdf);
    await page.getByText("年节约成本约二十万元").waitFor();
    await shoot("reviews-02-declaration");
    await page.getByRole("button", { name: "同意" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确定" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    const orgdept = await tokenFor("orgdept");
    expect(["APPROVED", "CONFIRMED"]).toContain(await registrationState(innovation.withDocument, orgdept));
    await page.getByRole("table", { name: "审核记录" }).getByText("主办审核").waitFor();
  });

  it("shows the API's refusal for a declaration without documents", async () => {
    await page.goto(`${baseUrl}/admin/declarations/${innovation.withoutDocument}`);
    await page.getByText("没有上传申报材料").waitFor();
    await page.getByRole("button", { name: "同意" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.getByText("未能处理 1 条：").waitFor();
    const summary = (await dialog.getByTestId("review-summary").textContent()) ?? "";
    expect(summary).toContain("不能审核通过");
    expect(summary).toContain(projectTitles.withoutDocument);
    await shoot("reviews-03-declaration-refused");
    await dialog.getByRole("button", { name: "关闭" }).click();
    expect(await registrationState(innovation.withoutDocument, await tokenFor("orgdept"))).toBe("PENDING_ORGANIZER");
  });

  it("shows a public recommendation with its story and photo, and approves it", async () => {
    await signIn("publicity");
    await page.getByRole("menuitem", { name: "公众推荐" }).click();
    await expectActivityChosen("活动（最美劳动者）", search.name);
    const row = page.getByRole("row").filter({ hasText: candidateName });
    await row.waitFor();
    expect(await row.textContent()).toContain("待主办审核");
    await row.getByText(candidateName).click();
    await page.waitForURL(new RegExp(`/admin/Recommendation/${search.recommendationId}/show$`));
    await page.getByText("二十年如一日清扫城区主干道").waitFor();
    const photo = page.getByRole("img", { name: `${candidateName}的照片` });
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(120);
    expect(await photo.getAttribute("src")).toMatch(/^blob:/);
    await shoot("reviews-04-recommendation");
    await page.getByRole("button", { name: "同意" }).click();
    await page.getByRole("dialog").getByText(candidateName).waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "确定" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    const publicity = await tokenFor("publicity");
    expect(["APPROVED", "CONFIRMED"]).toContain(await registrationState(search.recommendationId, publicity));
    await page.getByRole("button", { name: "同意" }).waitFor({ state: "detached" });
    await shoot("reviews-05-recommendation-approved");
  });

  it("returns an indicator report with a reason, and the unit's refiling awaits review again", async () => {
    await signIn("organizer");
    await page.getByRole("menuitem", { name: "指标填报审核" }).click();
    await expectActivityChosen("活动（劳动竞赛）", competition.name);
    const row = page.getByRole("row").filter({ hasText: "2026-Q3" });
    await row.getByText("安全生产 98.5").waitFor();
    await row.getByText("节能减排 12.125").waitFor();
    expect(await row.textContent()).toContain("待审核");
    await shoot("reviews-06-indicator-reports");
    await row.getByText("2026-Q3").click();
    await page.waitForURL(new RegExp(`/admin/IndicatorReport/${competition.reportId}/show$`));
    await page.getByRole("table", { name: "历次填报和审核" }).getByText("第 1 次填报").waitFor();
    await page.getByRole("button", { name: "退回" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.getByText("请填写原因").waitFor();
    await dialog.getByRole("textbox", { name: "退回原因（必填）" }).fill("节能减排数据缺少计量单据，请补充后重报");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    await page
      .locator('[data-review-state="RETURNED"]')
      .getByText("已退回（退回原因：节能减排数据缺少计量单据，请补充后重报）")
      .waitFor();
    await page.getByRole("table", { name: "历次填报和审核" }).getByText("节能减排数据缺少计量单据").waitFor();
    await shoot("reviews-07-indicator-report-returned");

    // The unit refiles with the version it reads: a new version, awaiting review again.
    const unit = await tokenFor("unit");
    const read = await graphql<{ IndicatorReport: { version: number; registrationId: string } }>(
      "query ($id: ID!) { IndicatorReport(id: $id) { version registrationId } }",
      { id: competition.reportId },
      unit,
    );
    await graphql(
      `mutation ($r: ID!, $v: Int!) { fileIndicatorReport(registrationId: $r, period: "2026-Q3", version: $v,
        values: [{ key: "safety", value: "98.5" }, { key: "energy", value: "11.8" }]) { id } }`,
      { r: read.IndicatorReport.registrationId, v: read.IndicatorReport.version },
      unit,
    );
    await page.reload();
    await page.locator('[data-review-state="PENDING"]').waitFor();
    await page.getByRole("button", { name: "审核通过" }).waitFor();
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole("table", { name: "历次填报和审核" }).getByText("第 2 次填报").waitFor();
    await page.getByRole("table", { name: "历次填报和审核" }).getByText("节能减排 11.8").waitFor();
    await expectNoSidewaysScroll(page);
    await shoot("reviews-08-indicator-report-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
