import { expectNoSidewaysScroll } from "@jinzhou/browser-testing";
import { chinaDateOf } from "@jinzhou/domain";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * The organizer's main flow in a real browser against the real API: 文化宫's organizer creates a
 * choir contest from the performance-contest template step by step, renames its category, raises
 * a criterion's maximum and is told the criteria no longer add up to the round's 100, fixes it,
 * saves, sees where the draft stands (its planned opening day has passed) and opens registration.
 * Needs `vite build` first and Debian's Chromium.
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
  const next = () => page.getByRole("button", { name: "下一步" }).click();

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    baseUrl = panel.baseUrl;
  });

  afterAll(async () => {
    await panel?.close();
  });

  it("lets 文化宫's organizer configure a choir contest from the template and open registration", async () => {
    await signIn(panel as PanelSession, "culture");
    await page.getByRole("menuitem", { name: "活动" }).click();
    await page.waitForURL(/\/admin\/Activity(\?.*)?$/);
    await shoot("activities-01-list");

    await page.getByRole("link", { name: "新建" }).click();
    await page.waitForURL(/\/admin\/Activity\/create$/);
    // Nothing to fill in before a kind is chosen.
    expect(await page.getByRole("button", { name: "下一步" }).isDisabled()).toBe(true);
    await page.getByRole("radio", { name: "文艺比赛" }).check();
    await shoot("activities-02-kind");
    await next();

    // The template names the activity and its owner, 文化宫.
    const suffix = String(Date.now() % 100000).padStart(5, "0");
    const name = `职工合唱比赛${suffix}`;
    const basics = page.getByTestId("panel-review").locator("xpath=..");
    const textbox = (label: string) => basics.getByRole("textbox", { name: label, exact: true });
    expect(await textbox("名称").inputValue()).toBe("职工合唱比赛");
    await page.getByRole("combobox", { name: "主办部门" }).getByText("文化宫").waitFor();
    await textbox("编号").fill(`HC-${suffix}`);
    await textbox("名称").fill(name);
    // The plan said registration would open three days ago: the draft is overdue.
    await page.getByLabel("报名开始", { exact: true }).fill(chinaDatePlus(-3));
    await page.getByLabel("报名截止", { exact: true }).fill(chinaDatePlus(30));
    await page.getByLabel("评审结束", { exact: true }).fill(chinaDatePlus(40));
    await page.getByLabel("完成时限", { exact: true }).fill(chinaDatePlus(50));
    await textbox("时限说明").fill("下月中旬");
    await shoot("activities-03-basics");
    await next();

    // 组别: one choir category from the template; rename it and cap it at 24 teams.
    const category = page.getByTestId("category-0");
    expect(await category.getByRole("textbox", { name: "代码" }).inputValue()).toBe("CHOIR");
    await category.getByRole("textbox", { name: "名称" }).fill("混声合唱");
    await category.getByRole("textbox", { name: "名额" }).fill("24");
    await shoot("activities-04-categories");
    await next();
    await page.getByText("须为工会会员").waitFor();
    await shoot("activities-05-eligibility");
    await next();

    // 轮次与评分标准: the choir criteria of DOMAIN.md, 50 + 20 + 15 + 10 + 5 = 100.
    const total = page.getByTestId("round-0-criteria-total");
    await total.getByText("各项满分合计 100，本轮满分 100").waitFor();
    const criterion = (index: number) =>
      page.getByTestId(`round-0-criterion-${index}`).getByRole("textbox", { name: "满分" });
    await criterion(0).fill("55");
    // The domain's own check, in its own words, next to the round's maximum.
    const mismatch = "轮次“现场演唱”的满分应为各评分标准满分之和 105，现为 100";
    await page.getByTestId("panel-rounds").getByText(mismatch).waitFor();
    await total.getByText("各项满分合计 105，本轮满分 100").waitFor();
    await shoot("activities-06-rounds-invalid");
    await page.getByTestId("step-review").click();
    await page.getByTestId("panel-review").getByText(mismatch, { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "创建活动" }).isDisabled()).toBe(true);
    await page.getByTestId("step-rounds").click();
    await criterion(1).fill("15");
    await total.getByText("各项满分合计 100，本轮满分 100").waitFor();
    expect(await page.getByText(mismatch).count()).toBe(0);
    await shoot("activities-07-rounds-fixed");
    await next();

    await page.getByText("总分相同时按以下顺序比较").waitFor();
    await shoot("activities-08-tie-breaks");
    await next();
    await page.getByTestId("tier-0").getByRole("textbox", { name: "奖项名称" }).waitFor();
    await shoot("activities-09-awards");
    await next();
    expect(await page.getByTestId("notice-working-days").inputValue()).toBe("5");
    await next();
    await page.getByText("设置已检查，没有问题，可以保存。").waitFor();
    await shoot("activities-10-review");
    await page.getByRole("button", { name: "创建活动" }).click();
    await page.waitForURL(/\/admin\/Activity\/[^/]+\/show$/);

    // The show page: the saved configuration and where the draft stands.
    await page.getByText(name).first().waitFor();
    const configuration = page.getByTestId("configuration");
    await configuration.getByText("混声合唱 · 名额 24").waitFor();
    await configuration.getByText("音准、节奏与和声（满分 55）").waitFor();
    await configuration.getByText("舞台表现（满分 15）").waitFor();
    await configuration.getByText("一等奖：1 名").waitFor();
    const standing = page.getByTestId("standing");
    await standing.getByTestId("overdue").getByText("开放报名 已逾期 3 天").waitFor();
    expect(await standing.locator('[data-milestone="REGISTRATION_OPENS"]').getAttribute("data-status")).toBe("OVERDUE");
    const open = page.getByTestId("lifecycle").getByRole("button", { name: "开放报名" });
    await open.waitFor();
    await shoot("activities-11-show");
    expect(await open.isEnabled()).toBe(true);

    await open.click();
    await page.locator('[data-state="REGISTRATION_OPEN"]').getByText("报名中").first().waitFor();
    await standing.getByText("没有逾期事项。").waitFor();
    expect(await standing.locator('[data-milestone="REGISTRATION_OPENS"]').getAttribute("data-status")).toBe("PASSED");
    await shoot("activities-12-open");

    // On a tablet the page fits its width; tables scroll inside their own box.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.reload();
    await page.getByTestId("standing").waitFor();
    await expectNoSidewaysScroll(page);
    await shoot("activities-13-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  it("keeps the organizer on the form, draft saved, when the configuration is refused, then edits the draft", async () => {
    // Signed in as culture by the test above.
    await page.goto(`${baseUrl}/admin/Activity/create`);
    await page.getByRole("radio", { name: "文艺比赛" }).check();
    await next();
    const suffix = String(Date.now() % 100000).padStart(5, "0");
    const code = `HC-R${suffix}`;
    await page.getByRole("textbox", { name: "编号", exact: true }).fill(code);
    await page.getByRole("combobox", { name: "主办部门" }).getByText("文化宫").waitFor();

    // The API refuses the configuration once, as it would if someone else had changed the draft.
    let refusals = 0;
    await page.route("**/graphql", async (route) => {
      const body = route.request().postData() ?? "";
      if (refusals === 0 && body.includes("updateActivity")) {
        refusals += 1;
        await route.fulfill({
          status: 200,
          contentType: "application/json",
          body: JSON.stringify({
            errors: [{ message: "该活动已被他人修改，请刷新后再试", extensions: { code: "STALE_VERSION" } }],
          }),
        });
        return;
      }
      await route.continue();
    });
    await page.getByTestId("step-review").click();
    await page.getByRole("button", { name: "创建活动" }).click();
    const refused = page.getByTestId("save-error");
    await refused.getByText("已创建，但设置尚未保存：该活动已被他人修改，请刷新后再试", { exact: false }).waitFor();
    expect(page.url()).toMatch(/\/admin\/Activity\/create$/);
    await shoot("activities-14-configuration-refused");
    await page.unroute("**/graphql");

    // Saving again writes the configuration of the same draft; nothing is created twice.
    await page.getByRole("button", { name: "保存设置" }).click();
    await page.waitForURL(/\/admin\/Activity\/[^/]+\/show$/);
    const token = await (panel as PanelSession).tokenFor("culture");
    const found = await (panel as PanelSession).graphql<{ allActivities: { id: string }[] }>(
      "query($q: String) { allActivities(filter: { q: $q }) { id } }",
      { q: code },
      token,
    );
    expect(found.allActivities).toHaveLength(1);

    // The draft's edit page is the same wizard: a longer notice period.
    await page.getByRole("link", { name: "编辑" }).click();
    await page.waitForURL(/\/admin\/Activity\/[^/]+$/);
    await page.getByTestId("step-publicNotice").click();
    await page.getByTestId("notice-working-days").fill("31");
    await page.getByTestId("panel-publicNotice").getByText("公示期应为 1–30 个工作日").waitFor();
    await page.getByTestId("notice-working-days").fill("7");
    await shoot("activities-15-edit-notice");
    await page.getByTestId("step-review").click();
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.waitForURL(/\/admin\/Activity\/[^/]+\/show$/);
    await page.getByTestId("configuration").getByText("公示期 7 个工作日", { exact: false }).waitFor();
  });
  it("shows only the steps a kind needs: a public vote for 最美劳动者, no rounds for a tournament", async () => {
    await page.goto(`${baseUrl}/admin/Activity/create`);
    await page.getByRole("radio", { name: "最美劳动者" }).check();
    await page.getByTestId("step-voting").click();
    const voting = page.getByTestId("panel-voting");
    expect(await voting.getByRole("textbox", { name: "每人每日限投次数" }).inputValue()).toBe("1");
    expect(await voting.getByRole("textbox", { name: "公众投票所占比例（%）" }).inputValue()).toBe("30");
    await voting.getByRole("textbox", { name: "公众投票所占比例（%）" }).fill("40");
    await voting.getByText("评委评分与公众投票所占比例之和应为 100%，现为 110%").waitFor();
    await shoot("activities-16-voting");

    await page.getByTestId("step-kind").click();
    await page.getByRole("radio", { name: "体育赛事" }).check();
    expect(await page.getByTestId("step-voting").count()).toBe(0);
    expect(await page.getByTestId("step-rounds").count()).toBe(0);
    await page.getByTestId("step-categories").click();
    const singles = page.getByTestId("category-0");
    expect(await singles.getByRole("textbox", { name: "名称" }).inputValue()).toBe("男单");
    await singles.getByRole("combobox", { name: "限定性别" }).getByText("男").waitFor();
    await shoot("activities-17-tournament-categories");

    // The wizard fits a tablet too: rows wrap, the stepper scrolls inside its own box.
    await page.setViewportSize({ width: 768, height: 1024 });
    await expectNoSidewaysScroll(page);
    await shoot("activities-18-tablet-wizard");
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
