import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserSession,
  expectNoSidewaysScroll,
  openPortal,
  skipBrowserTests,
  warnIfSkipped,
} from "./portal-browser.ts";
import {
  type ContestInNotice,
  ensureHolidayCalendar,
  prepareContestInNotice,
  prepareOpenRecommendation,
} from "./public-fixtures.ts";

/**
 * The public pages on a phone (375×812), without signing in. Over GraphQL the organizer puts a
 * skills contest's results on public notice (two trades, a city and a county track, a shared third
 * place) and 宣教部 opens a 最美劳动者 search. An anonymous visitor then reads /results, opens the
 * contest, sees the ranks, scores, awards and the notice period, files an objection with a small
 * PNG as evidence and gets a receipt; the organizer finds it over GraphQL with its evidence and
 * the full phone. The visitor also recommends a candidate with a photo (a small PNG, previewed on the
 * phone and uploaded at once) and gets a receipt; 宣教部 finds it with the photo attached.
 */
warnIfSkipped("the public pages' browser test");

// The smallest PNG: one transparent pixel.
const onePixelPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * No sideways scrolling at 375 px. A phone's browser (isMobile) widens its layout viewport to fit
 * content that overflows, so the page's width is checked too, not only its scroll width.
 */
async function expectPhoneWidth(page: Page): Promise<void> {
  await expectNoSidewaysScroll(page);
  await expect(page.evaluate(() => window.innerWidth)).resolves.toBe(375);
}

describe.skipIf(skipBrowserTests)("the public pages in Chromium at 375×812", () => {
  let portal: BrowserSession | undefined;
  let page: Page;
  let contest: ContestInNotice;
  let recommendation: { activityId: string; name: string };

  const session = () => portal as BrowserSession;
  const entrant = (index: number) => {
    const found = contest.entrants[index];
    if (!found) throw new Error(`no entrant ${index}`);
    return found;
  };
  const entryCard = (name: string) => page.locator(`li[data-entrant="${name}"]`);

  beforeAll(async () => {
    portal = await openPortal();
    page = portal.page;
    await ensureHolidayCalendar(portal);
    contest = await prepareContestInNotice(portal);
    recommendation = await prepareOpenRecommendation(portal);
  });

  afterAll(async () => {
    await portal?.close();
  });

  it("lists the contest on /results as 结果公示中 with the notice's end date", async () => {
    await page.goto(`${session().baseUrl}/results`);
    const card = page.locator(`a[data-activity="${contest.code}"]`);
    await card.getByText(contest.name).waitFor();
    await card.getByText("结果公示中").waitFor();
    await card.getByText(/公示截止：\d{4}年\d{1,2}月\d{1,2}日/).waitFor();
    await expect(page.getByRole("heading", { name: `${new Date().getFullYear()} 年` }).count()).resolves.toBe(1);
    await expectPhoneWidth(page);
    await session().shoot("public-01-results-list");
  });

  it("shows the ranking with places, two-decimal totals, round scores, awards and the notice period", async () => {
    if (!page.url().endsWith("/results")) await page.goto(`${session().baseUrl}/results`);
    await page.locator(`a[data-activity="${contest.code}"]`).click();
    await page.waitForURL(new RegExp(`/results/${contest.activityId}$`));
    await page.getByRole("heading", { name: contest.name }).waitFor();

    // The notice: its period in working days and its end date.
    await page.getByText("公示期", { exact: true }).waitFor();
    await page.getByText(/共 \d+ 个工作日/).waitFor();
    await page.getByText(/（当日 24 时止）/).waitFor();

    // 车工 on the city track: 94.10 first, the higher practical second, two sharing the third place.
    const first = entryCard(entrant(0).name);
    await first.getByText("第 1 名").waitFor();
    await first.getByText("94.10").waitFor();
    await first.getByText("理论成绩 92.00").waitFor();
    await first.getByText("实操成绩 95.00").waitFor();
    await first.getByText("一等奖").waitFor();
    await entryCard(entrant(1).name).getByText("第 2 名").waitFor();
    await entryCard(entrant(2).name).getByText("并列第 3 名").waitFor();
    await entryCard(entrant(3).name).getByText("并列第 3 名").waitFor();
    await entryCard(entrant(3).name).getByText("87.00").waitFor();
    await entryCard(entrant(4).name).getByText("83.00").waitFor();
    // Names and units only: no ID or phone numbers on the public page.
    await expect(page.locator("main").textContent()).resolves.not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);
    await expectPhoneWidth(page);
    await session().shoot("public-02-ranking-city");

    // 古塔区's county track ranks only its own entrants.
    await page.getByRole("button", { name: /县\(市\)区级（古塔区/ }).click();
    await entryCard(entrant(0).name).getByText("第 1 名").waitFor();
    await expect(entryCard(entrant(4).name).count()).resolves.toBe(0);

    // The other trade.
    await page.getByRole("button", { name: "钳工" }).click();
    await entryCard(entrant(6).name).getByText("第 1 名").waitFor();
    await entryCard(entrant(7).name).getByText("第 2 名").waitFor();
    await expect(entryCard(entrant(0).name).count()).resolves.toBe(0);
    await expectPhoneWidth(page);
    await session().shoot("public-03-ranking-fitter");
  });

  it("files an objection with a PNG as evidence and shows a receipt", async () => {
    await page.getByRole("button", { name: "对公示结果提出异议" }).click();
    await page.getByRole("heading", { name: "提出异议" }).waitFor();

    // Nothing filled in: every problem is named.
    await page.getByRole("button", { name: "下一步：核对" }).click();
    await page.getByText("请选择异议对象").waitFor();
    await page.getByText("请至少填写联系电话或其他联系方式，以便答复").waitFor();

    const target = entrant(2);
    await page.getByLabel("异议对象").selectOption(target.registrationId);
    const content = `${target.name}的理论考试与他人座位相邻，成绩存疑，请核查。`;
    await page.getByLabel("异议内容").fill(content);
    await page.getByText(`${content.length}/2000`).waitFor();
    await page.getByLabel("联系人姓名").fill("李先生");
    // The phone is checked as it is typed.
    const phone = page.getByLabel("联系电话");
    await phone.pressSequentially("12912345678");
    await page.getByText("联系电话应为 11 位手机号，或带区号的固定电话（如 0416-1234567）").waitFor();
    await phone.fill("");
    await phone.pressSequentially("13912345678");
    await expect(page.getByText("联系电话应为 11 位手机号").count()).resolves.toBe(0);

    await page.locator('input[type="file"]').setInputFiles({
      name: "现场照片.png",
      mimeType: "image/png",
      buffer: onePixelPng,
    });
    await page.locator(".evidence-name", { hasText: "现场照片.png" }).waitFor();
    await page.getByText("已上传").waitFor();
    await expectPhoneWidth(page);
    await session().shoot("public-04-objection-form");

    await page.getByRole("button", { name: "下一步：核对" }).click();
    await page.getByRole("heading", { name: "请核对后提交" }).waitFor();
    await page.getByText("1 个文件").waitFor();
    await session().shoot("public-05-objection-confirm");
    await page.getByRole("button", { name: "确认提交异议" }).click();
    await page.getByText("异议已提交，主办部门将在公示期内处理并答复").waitFor();
    const reference = (await page.getByText(/异议编号：\d+/).textContent()) ?? "";
    await expectPhoneWidth(page);
    await session().shoot("public-06-objection-receipt");

    // The organizer reads it with the full phone and the evidence.
    const organizer = await session().tokenFor("organizer");
    const { allObjections } = await session().graphql<{
      allObjections: {
        id: string;
        registrationId: string;
        content: string;
        contactName: string;
        contactPhone: string;
        status: string;
        attachments: { fileName: string; size: number }[];
      }[];
    }>(
      `query ($a: ID!) { allObjections(filter: { activityId: $a }) {
        id registrationId content contactName contactPhone status attachments { fileName size } } }`,
      { a: contest.activityId },
      organizer,
    );
    expect(allObjections).toEqual([
      {
        id: reference.replace(/\D/g, ""),
        registrationId: target.registrationId,
        content,
        contactName: "李先生",
        contactPhone: "13912345678",
        status: "OPEN",
        attachments: [{ fileName: "现场照片.png", size: onePixelPng.length }],
      },
    ]);
  });

  it("recommends a candidate for 最美劳动者 and shows what happens next", async () => {
    // A skills contest takes no recommendations: said in plain words, no form.
    await page.goto(`${session().baseUrl}/activities/${contest.activityId}/recommend`);
    await page.getByText(`“${contest.name}”不接受公众推荐。`).waitFor();
    await expect(page.getByLabel("候选人姓名").count()).resolves.toBe(0);

    await page.goto(`${session().baseUrl}/activities/${recommendation.activityId}/recommend`);
    await page.getByRole("heading", { name: recommendation.name }).waitFor();

    await page.getByLabel("候选人姓名").fill("刘秀英");
    await page.getByLabel("所在单位（基层工会）").fill("古塔");
    const option = page.locator(".unit-options button").first();
    await option.waitFor();
    const unitName = (await option.textContent()) ?? "";
    await option.click();
    await page.getByText(`已选择：${unitName}`).waitFor();
    const story = "环卫工人，二十年如一日清扫城区主干道，雨雪天气坚持早出晚归。";
    await page.getByLabel("主要事迹").fill(story);
    await page.getByText(`${story.length}/2000`).waitFor();
    // The photo: a PDF is refused on the phone before sending; a PNG is previewed and uploaded at once.
    const photoInput = page.locator('fieldset.candidate-photo input[type="file"]');
    await expect(photoInput.getAttribute("accept")).resolves.toBe("image/*");
    await expect(photoInput.getAttribute("capture")).resolves.toBeNull();
    await photoInput.setInputFiles({
      name: "事迹.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
    });
    await page.getByText("请选择 JPEG / PNG / WebP 格式的照片").waitFor();
    await photoInput.setInputFiles({ name: "候选人.png", mimeType: "image/png", buffer: onePixelPng });
    await page.getByText("照片已上传").waitFor();
    await expect(page.getByText("请选择 JPEG / PNG / WebP 格式的照片").count()).resolves.toBe(0);
    const preview = page.locator("fieldset.candidate-photo img.photo-preview");
    await expect(preview.getAttribute("src")).resolves.toMatch(/^blob:/);
    await expect(preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).resolves.toBe(1);
    await page.getByLabel("您的姓名").fill("王建国");
    const phone = page.getByLabel("您的手机号");
    await phone.pressSequentially("1290416123");
    await phone.pressSequentially("4");
    await page.getByText("手机号应为 11 位数字，以 13–19 开头").waitFor();
    await phone.fill("");
    await phone.pressSequentially("13904161234");
    await expect(page.getByText("手机号应为 11 位数字").count()).resolves.toBe(0);
    await expectPhoneWidth(page);
    await session().shoot("public-07-recommend-form");

    await page.getByRole("button", { name: "下一步：核对" }).click();
    await page.getByRole("heading", { name: "请核对推荐信息" }).waitFor();
    await page.getByText(story).waitFor();
    await page.locator(".recommend-confirm img.photo-preview").waitFor();
    await page.getByRole("button", { name: "确认提交推荐" }).click();
    await page.getByText("推荐已提交").waitFor();
    await page.getByText("候选人照片已随推荐提交。").waitFor();
    await page.getByText("当前状态：待单位审核").waitFor();
    const reference = (await page.getByText(/推荐编号：\d+/).textContent()) ?? "";
    await expectPhoneWidth(page);
    await session().shoot("public-08-recommend-receipt");

    // 宣教部 sees the recommendation with the recommender in full.
    const publicity = await session().tokenFor("publicity");
    const { allRecommendations } = await session().graphql<{
      allRecommendations: {
        id: string;
        candidateName: string;
        organizationName: string;
        story: string;
        recommenderName: string;
        recommenderPhone: string;
        state: string;
        attachments: { kind: string; fileName: string; contentType: string; size: number }[];
      }[];
    }>(
      `query ($a: ID!) { allRecommendations(filter: { activityId: $a }) {
        id candidateName organizationName story recommenderName recommenderPhone state
        attachments { kind fileName contentType size } } }`,
      { a: recommendation.activityId },
      publicity,
    );
    expect(allRecommendations).toEqual([
      {
        id: reference.replace(/\D/g, ""),
        candidateName: "刘秀英",
        organizationName: unitName,
        story,
        recommenderName: "王建国",
        recommenderPhone: "13904161234",
        state: "PENDING_UNIT",
        attachments: [{ kind: "PHOTO", fileName: "候选人.png", contentType: "image/png", size: onePixelPng.length }],
      },
    ]);
  });

  it("says plainly when the organizer has withdrawn the notice for re-review", async () => {
    const organizer = await session().tokenFor("organizer");
    await session().graphql(
      'mutation ($a: ID!) { withdrawPublicNotice(activityId: $a, reason: "异议成立，重新排名后再公示") { id } }',
      { a: contest.activityId },
      organizer,
    );
    await page.goto(`${session().baseUrl}/results/${contest.activityId}`);
    await page.getByText("该活动的结果尚未公布，或公示已撤回重新评审，暂不能查看。").waitFor();
    await expect(page.locator("li[data-entrant]").count()).resolves.toBe(0);
    await page.getByRole("link", { name: /查看其他已公布的成绩/ }).click();
    await page.waitForURL(/\/results$/);
    await page.getByText(contest.name).waitFor({ state: "detached" });
    await expectPhoneWidth(page);
    await session().shoot("public-09-notice-withdrawn");
  });
});
