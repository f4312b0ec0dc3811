import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActivatedWorker,
  activateWorker,
  findableWorkersWithoutAccount,
  signInOnPortal,
} from "./activated-workers.ts";
import {
  type BrowserSession,
  createOpenActivity,
  expectNoSidewaysScroll,
  openPortal,
  skipBrowserTests,
  warnIfSkipped,
} from "./portal-browser.ts";

/**
 * A worker declares an innovation project (创新工作奖) on a phone (375×812) against the real API: the
 * 组织部 organizer opens the award from its template (pdf/doc/docx/jpg/png, 20 MB, 1–10 files); the
 * worker signs in, opens 申报项目, fills title and summary, adds a co-author found by name, is told
 * at once that a .txt file is not accepted, removes a wrongly chosen PDF, confirms, and sees the
 * declaration sent first and the document uploaded against it. Needs `vite build` and Chromium.
 */
warnIfSkipped("the project declaration browser test");

const minimalPdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

describe.skipIf(skipBrowserTests)("declaring an innovation project on a phone", () => {
  let session: BrowserSession;
  let activityId: string;
  let declarant: ActivatedWorker;
  let coAuthorName: string;

  const shoot = (name: string) => session.shoot(`declare-${name}`);

  beforeAll(async () => {
    session = await openPortal();
    const orgdept = await session.tokenFor("orgdept");
    const unit = await session.tokenFor("unit");
    const created = await createOpenActivity(session, orgdept, {
      kind: "INNOVATION_AWARD",
      code: `E2E-CX-${Date.now()}`,
      name: "创新工作奖（手机申报）",
    });
    activityId = created.id;
    const [first, second] = await findableWorkersWithoutAccount(session, unit);
    if (!first || !second) throw new Error("the demo roster has too few workers to pick from");
    declarant = await activateWorker(session, first, "Chuangxin2015");
    coAuthorName = second.name;
  });

  afterAll(async () => {
    await session?.close();
  });

  it("declares a project, refusing a wrong file before sending, and uploads the document after", async () => {
    const { page } = session;
    await signInOnPortal(session, page, declarant, `/activities/${activityId}`);
    await page.getByRole("link", { name: "申报项目" }).first().click();
    await page.waitForURL((url) => url.pathname === `/activities/${activityId}/declare`);
    await expect.poll(() => page.getByText("可上传 pdf、doc、docx、jpg、png 格式").count()).toBe(1);

    // Nothing filled in: every missing part is named.
    await page.getByRole("button", { name: "下一步：确认" }).click();
    await expect.poll(() => page.getByText("请填写项目名称").count()).toBe(1);
    expect(await page.getByText("请填写项目简介").count()).toBe(1);
    expect(await page.getByText("请选择申报材料").count()).toBe(1);

    await page.getByLabel("项目名称").fill("数控刀具寿命预测");
    await page.getByLabel("项目简介").fill("用切削声音判断刀具磨损，提前换刀，减少废品。");
    await expect.poll(() => page.getByText("22/2000").count()).toBe(1);
    await page.getByLabel("查找作者姓名").fill(coAuthorName);
    const match = page.locator(".partner-result", { hasText: coAuthorName });
    await match.getByRole("button", { name: `选择 ${coAuthorName}` }).click();
    await expect.poll(() => page.locator(".member-row").first().textContent()).toContain(coAuthorName);

    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: "说明.txt", mimeType: "text/plain", buffer: Buffer.from("说明") });
    await expect.poll(() => page.getByText("说明.txt：只接受以下格式：pdf、doc、docx、jpg、png").count()).toBe(1);
    await fileInput.setInputFiles([
      { name: "项目报告.pdf", mimeType: "application/pdf", buffer: minimalPdf },
      { name: "选错了.pdf", mimeType: "application/pdf", buffer: minimalPdf },
    ]);
    await expect.poll(() => page.locator(".file-row").count()).toBe(2);
    await page.getByRole("button", { name: "移除 选错了.pdf" }).click();
    await expect.poll(() => page.locator(".file-row").count()).toBe(1);
    await expectNoSidewaysScroll(page);
    await shoot("01-form");

    await page.getByRole("button", { name: "下一步：确认" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "请确认申报信息" }).count()).toBe(1);
    expect(await page.locator("dl.facts").textContent()).toContain("1 个文件");
    await shoot("02-confirm");
    await page.getByRole("button", { name: "确认申报" }).click();
    await expect.poll(() => page.getByText("已上传").count()).toBe(1);
    await expect.poll(() => page.locator(".outcome .badge").textContent()).toBe("待单位审核");
    await expectNoSidewaysScroll(page);
    await shoot("03-sent");

    // Declared first, then the document uploaded against the new registration.
    const answer = await session.graphql<{
      allRegistrations: {
        name: string;
        members: { name: string }[];
        attachments: { kind: string; fileName: string }[];
      }[];
    }>(
      "query ($a: ID!) { allRegistrations(filter: { activityId: $a }) { name members { name } attachments { kind fileName } } }",
      { a: activityId },
      declarant.token,
    );
    expect(answer.allRegistrations).toHaveLength(1);
    expect(answer.allRegistrations[0]?.name).toBe("数控刀具寿命预测");
    expect(answer.allRegistrations[0]?.members.map((member) => member.name)).toEqual([declarant.name, coAuthorName]);
    expect(answer.allRegistrations[0]?.attachments).toEqual([{ kind: "PROJECT_DOCUMENT", fileName: "项目报告.pdf" }]);
  });
});
