import {
  approveRegistration,
  createActivity,
  enrolWorker,
  transitionActivity,
  uniquelyNamed,
} from "@jinzhou/browser-testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAgain } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * Judging in a real browser against the real API. Over GraphQL: the organizer makes a skills
 * contest (状元杯) from its template with organizer-only review, the 古塔区 unit admin enrols two
 * workers, the organizer approves them, closes registration early, starts judging and seats the
 * five demo judges on the practical round's panels. In the panel: the organizer assigns judges
 * balanced and sees 0/2 for 赵高工; the judge scores one entry with the keyboard alone (an
 * out-of-range score is flagged first), confirms, and sees the sheet locked; the organizer sees
 * 1/2 and unlocks it with a reason (an empty one is refused). Needs `vite build` and Chromium.
 */
warnIfSkipped("the judging browser test");

interface Entry {
  id: string;
  name: string;
  categoryId: string;
  categoryName: string;
}

/** A China calendar day, `days` from today. */
const conflictedJudge = "郑技师（古塔区总工会）";

describe.skipIf(skipBrowserTests)("judging in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  let baseUrl: string;
  let organizer: string;
  let activityId: string;
  let activityName: string;
  let practicalRoundId: string;
  let judgeName: string;
  const entries: Entry[] = [];

  const shoot = (name: string) => (panel as PanelSession).shoot(name);
  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    (panel as PanelSession).graphql<T>(query, variables, token);
  const signInToken = (username: string) => (panel as PanelSession).tokenFor(username);

  /** The judge's sheets for the round, as the organizer reads them. */
  async function sheetsOf(judgeUserName: string) {
    const data = await graphql<{
      allJudgeAssignments: {
        registrationId: string;
        judgeName: string;
        sheetState: string;
        score: { total: string } | null;
      }[];
    }>(
      `query ($roundId: ID!) {
        allJudgeAssignments(page: 0, perPage: 100, filter: { roundId: $roundId }) {
          registrationId judgeName sheetState score { total }
        }
      }`,
      { roundId: practicalRoundId },
      organizer,
    );
    return data.allJudgeAssignments.filter((assignment) => assignment.judgeName === judgeUserName);
  }

  /**
   * A skills contest in 评审中 with two accepted entries from 古塔区 (organizer-only review, closed
   * early), its configuration adjusted by `adjust`.
   */
  async function contestInJudging(
    prefix: string,
    adjust: (configuration: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<{ id: string; name: string; entries: Entry[] }> {
    const entries: Entry[] = [];
    const name = `${prefix}${String(Date.now() % 100000).padStart(5, "0")}`;
    const created = await createActivity<{ id: string; version: number; configuration: Record<string, unknown> }>(
      panel as PanelSession,
      organizer,
      { kind: "SKILLS_CONTEST", code: `E2E-J-${Date.now()}`, name, fields: "id version configuration" },
    );
    const activityId = created.id;
    // Review by the organizer alone, so that two approvals make the entries accepted.
    await graphql(
      "mutation ($id: ID!, $v: Int!, $c: JSON) { updateActivity(id: $id, version: $v, configuration: $c) { id } }",
      {
        id: activityId,
        v: created.version,
        c: adjust({ ...created.configuration, approvalChain: { levels: ["ORGANIZER"] } }),
      },
      organizer,
    );
    await transitionActivity(panel as PanelSession, organizer, activityId, "REGISTRATION_OPEN");

    const unit = await signInToken("unit");
    const roster = await graphql<{ allWorkers: { id: string; name: string }[] }>(
      '{ allWorkers(page: 0, perPage: 200, sortField: "id", sortOrder: "ASC") { id name } }',
      {},
      unit,
    );
    const categories = ["LATHE", "FITTER", "ELECTRICIAN", "WELDER"];
    const refusals: string[] = [];
    for (const worker of uniquelyNamed(roster.allWorkers)) {
      if (entries.length === 2) break;
      for (const categoryKey of categories) {
        try {
          const id = await enrolWorker(panel as PanelSession, unit, {
            activityId,
            categoryKey,
            workerId: worker.id,
            idempotencyKey: `e2e-j-${activityId}-${worker.id}-${categoryKey}`,
          });
          entries.push({ id, name: worker.name, categoryId: "", categoryName: "" });
          break;
        } catch (error) {
          refusals.push(String(error));
        }
      }
    }
    if (entries.length < 2) throw new Error(`could not enrol two workers: ${refusals.slice(0, 5).join(" | ")}`);

    for (const entry of entries) {
      const { Registration } = await graphql<{
        Registration: { version: number; categoryId: string; category: { name: string } };
      }>(
        "query ($id: ID!) { Registration(id: $id) { version categoryId category { name } } }",
        { id: entry.id },
        organizer,
      );
      entry.categoryId = Registration.categoryId;
      entry.categoryName = Registration.category.name;
      const state = await approveRegistration(panel as PanelSession, organizer, entry.id, Registration.version);
      expect(["APPROVED", "CONFIRMED"]).toContain(state);
    }
    await transitionActivity(
      panel as PanelSession,
      organizer,
      activityId,
      "REGISTRATION_CLOSED",
      "两名选手均已审核，提前截止报名",
    );
    await transitionActivity(panel as PanelSession, organizer, activityId, "JUDGING");
    return { id: activityId, name, entries };
  }

  async function prepare() {
    organizer = await signInToken("organizer");
    const unit = await signInToken("unit");
    const contest = await contestInJudging("状元杯评审测试", (configuration) => configuration);
    activityId = contest.id;
    activityName = contest.name;
    entries.push(...contest.entries);
    const { allRounds } = await graphql<{ allRounds: { id: string; key: string }[] }>(
      "query ($a: ID!) { allRounds(perPage: 10, filter: { activityId: $a }) { id key } }",
      { a: activityId },
      organizer,
    );
    practicalRoundId = allRounds.find((round) => round.key === "practical")?.id ?? "";
    // A judge from 古塔区 itself, seated on the panels too: conflicted with every 古塔区 entry (回避).
    const { me: unitMe } = await graphql<{ me: { organizationId: string } }>("{ me { organizationId } }", {}, unit);
    await graphql(
      `mutation ($o: ID!) {
        createUser(username: "gt.judge", displayName: "${conflictedJudge}", password: "jinzhou2015", role: JUDGE, organizationId: $o) { id }
      }`,
      { o: unitMe.organizationId },
      await signInToken("admin"),
    );
    const { judgeCandidates } = await graphql<{ judgeCandidates: { id: string; displayName: string }[] }>(
      "{ judgeCandidates { id displayName } }",
      {},
      organizer,
    );
    const me2 = await graphql<{ me: { displayName: string } }>(
      "{ me { displayName } }",
      {},
      await signInToken("judge"),
    );
    judgeName = me2.me.displayName;
    for (const categoryId of new Set(entries.map((entry) => entry.categoryId))) {
      await graphql(
        `mutation ($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id } }`,
        { r: practicalRoundId, c: categoryId, j: judgeCandidates.map((judge) => judge.id) },
        organizer,
      );
    }
  }

  const signIn = (username: string) => signInAgain(panel as PanelSession, username);

  const judgeProgress = () => page.locator(`li[data-judge="${judgeName}"]`);

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    baseUrl = panel.baseUrl;
    await page.goto(`${baseUrl}/admin/`);
    await prepare();
  });

  afterAll(async () => {
    await panel?.close();
  });

  it("lists the activity under 评审 for the organizer and opens its desk from the activity page", async () => {
    await signIn("organizer");
    await page.getByRole("menuitem", { name: "评审" }).click();
    await page.waitForURL(/\/admin\/judging$/);
    const row = page.getByRole("row").filter({ hasText: activityName });
    await row.waitFor();
    expect(await row.textContent()).toContain("评审中");
    await shoot("judging-01-activities");

    await page.goto(`${baseUrl}/admin/Activity/${activityId}/show`);
    await page.getByRole("link", { name: "评审工作" }).click();
    await page.waitForURL(new RegExp(`/admin/judging/${activityId}$`));
    await page.getByRole("tab", { name: /实操/ }).waitFor();
    await page.getByText("还没有分配评委。请先设置评委组，再点击“自动均衡分配”。").waitFor();
    await shoot("judging-01b-desk-before");
  });

  it("assigns judges balanced and shows each judge at 0/2", async () => {
    for (const categoryName of new Set(entries.map((entry) => entry.categoryName))) {
      await page.getByRole("button", { name: `自动均衡分配（${categoryName}）` }).click();
    }
    await judgeProgress().getByText("0/2", { exact: true }).waitFor();
    const matrix = page.getByRole("table", { name: "分配情况（评委 × 参赛对象）" });
    for (const entry of entries) await matrix.getByRole("columnheader", { name: new RegExp(entry.name) }).waitFor();
    expect(await matrix.getByRole("row").count()).toBe(1 + 5);
    await page.getByText("以下情况解决后才能结束本轮评审").waitFor();
    expect(await page.getByRole("button", { name: "结束本轮评审" }).isDisabled()).toBe(true);
    await shoot("judging-02-assigned");
    expect((await sheetsOf(judgeName)).map((sheet) => sheet.sheetState)).toEqual(["DRAFT", "DRAFT"]);
  });

  it("refuses by hand a judge from the entrants' own county, with the API's reason (回避)", async () => {
    const entry = entries[1] as Entry;
    // Balanced assignment left the conflicted judge out of every entry.
    const matrix = page.getByRole("table", { name: "分配情况（评委 × 参赛对象）" });
    expect(await matrix.getByRole("rowheader", { name: conflictedJudge }).count()).toBe(0);
    await page.getByRole("button", { name: `调整评委：${entry.name}` }).click();
    const dialog = page.getByRole("dialog", { name: `调整「${entry.name}」的评委` });
    await dialog.getByText("已选 5 人，须选 5 人").waitFor();
    await dialog.getByRole("checkbox", { name: new RegExp(conflictedJudge) }).check();
    await dialog.getByRole("checkbox", { name: /钱老师/ }).uncheck();
    await dialog.getByRole("button", { name: "保存" }).click();
    const refusal = dialog.getByRole("alert");
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("回避");
    await shoot("judging-02b-conflict-refused");
    await dialog.getByRole("button", { name: "取消" }).click();
    expect((await sheetsOf(conflictedJudge)).length).toBe(0);
  });

  it("lets the judge score an entry with the keyboard alone, flagging an out-of-range score first", async () => {
    const entry = entries[0] as Entry;
    await signIn("judge");
    await page.getByRole("menuitem", { name: "我的评分" }).click();
    await page.waitForURL(/\/admin\/my-scoring$/);
    const nav = page.getByRole("navigation", { name: "我的评分" });
    for (const each of entries) await nav.getByText(each.name).waitFor();
    await shoot("judging-03-my-assignments");
    await nav.getByRole("button", { name: new RegExp(entry.name) }).focus();
    await page.keyboard.press("Enter");

    const quality = page.getByRole("textbox", { name: "工件精度与质量（满分 60）" });
    await expect.poll(() => quality.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type("65");
    await page.keyboard.press("Enter");
    const procedure = page.getByRole("textbox", { name: "操作规范（满分 20）" });
    expect(await procedure.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByText("「工件精度与质量」的分数不能高于满分 60").waitFor();
    expect(await quality.getAttribute("aria-invalid")).toBe("true");
    await page.keyboard.type("18");
    await page.keyboard.press("Tab");
    await page.keyboard.type("9");
    await page.keyboard.press("Enter");
    await page.keyboard.type("9.5");
    await page.keyboard.press("Control+Enter");
    // Refused before sending: the focus goes back to the wrong score.
    await page.getByRole("alert").getByText("请先改正标红的分数").waitFor();
    expect(await quality.evaluate((element) => element === document.activeElement)).toBe(true);
    await shoot("judging-04-out-of-range");
    expect((await sheetsOf(judgeName)).every((sheet) => sheet.sheetState === "DRAFT")).toBe(true);

    await page.keyboard.press("Control+A");
    await page.keyboard.type("55.5");
    await page.getByText("合计：92 / 100 分").waitFor();
    await page.keyboard.press("Control+Enter");
    const confirm = page.getByRole("dialog", { name: "提交后将锁定评分表" });
    await confirm.getByText("合计 92 分").waitFor();
    await shoot("judging-05-confirm");
    await page.keyboard.press("Enter");
    await confirm.waitFor({ state: "detached" });
    await page.getByText("已提交，如需修改请联系主办方解锁").waitFor();
    expect(await quality.getAttribute("readonly")).not.toBeNull();
    expect(await page.getByRole("button", { name: "提交评分" }).count()).toBe(0);
    await shoot("judging-06-locked");

    const sheet = (await sheetsOf(judgeName)).find((each) => each.registrationId === entry.id);
    expect([sheet?.sheetState, Number(sheet?.score?.total)]).toEqual(["LOCKED", 92]);

    // Judges use tablets at the venue.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByText("已提交，如需修改请联系主办方解锁").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shoot("judging-07-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("shows the organizer 1/2 and unlocks the sheet with a required reason", async () => {
    const entry = entries[0] as Entry;
    await signIn("organizer");
    await page.getByRole("menuitem", { name: "评审" }).waitFor();
    await page.goto(`${baseUrl}/admin/judging/${activityId}`);
    await judgeProgress().getByText("1/2", { exact: true }).waitFor();
    await shoot("judging-08-progress");

    await page.getByRole("button", { name: `解锁：${judgeName}对「${entry.name}」的评分` }).click();
    const dialog = page.getByRole("dialog", { name: "解锁评分表" });
    await dialog.getByText("92 分").waitFor();
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.getByText("请填写原因").waitFor();
    await shoot("judging-09-unlock-reason");
    expect((await sheetsOf(judgeName)).find((each) => each.registrationId === entry.id)?.sheetState).toBe("LOCKED");
    await dialog.getByRole("textbox", { name: "解锁原因（必填）" }).fill("评委录入时看错了行");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    await judgeProgress().getByText("0/2", { exact: true }).waitFor();
    await page.getByText("已解锁，待重新提交").first().waitFor();
    expect((await sheetsOf(judgeName)).find((each) => each.registrationId === entry.id)?.sheetState).toBe("UNLOCKED");
    await shoot("judging-10-unlocked");
    // The desk fits a tablet too: the matrix scrolls inside its box, never the page.
    await page.setViewportSize({ width: 768, height: 1024 });
    await judgeProgress().getByText("0/2", { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shoot("judging-10b-desk-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("imports the theory exam's scores, flagging one above the maximum, then closes that round", async () => {
    const [first, second] = entries as [Entry, Entry];
    await page.getByRole("tab", { name: /考试成绩/ }).click();
    const table = page.getByRole("table", { name: "考试成绩" });
    await table.getByRole("textbox", { name: `「${first.name}」的新成绩` }).fill("120");
    await table.getByRole("textbox", { name: `「${second.name}」的新成绩` }).fill("88");
    await page.getByRole("button", { name: "导入成绩（2 条）" }).click();
    await table.getByText(/「.+」的成绩 120 超过满分 100/).waitFor();
    await shoot("judging-12-exam-refused");
    await table.getByRole("textbox", { name: `「${first.name}」的新成绩` }).fill("86.5");
    await page.getByRole("button", { name: "导入成绩（2 条）" }).click();
    await page.getByRole("row").filter({ hasText: first.name }).getByText("86.50").waitFor();
    await page.getByText("每个参赛对象都已导入成绩，可以结束本轮。").waitFor();
    await page.getByRole("button", { name: "结束本轮评审" }).click();
    await page.getByRole("dialog", { name: "结束本轮评审？" }).getByRole("button", { name: "结束本轮评审" }).click();
    await page.getByText(/本轮评审已于 .+ 结束，不能再修改。/).waitFor();
    await shoot("judging-13-exam-closed");
    const { allRounds } = await graphql<{ allRounds: { key: string; closed: boolean }[] }>(
      "query ($a: ID!) { allRounds(perPage: 10, filter: { activityId: $a }) { key closed } }",
      { a: activityId },
      organizer,
    );
    expect(allRounds.map((round) => [round.key, round.closed])).toEqual([
      ["theory", true],
      ["practical", false],
    ]);
  });

  it("takes whole judgement marks 0–3 in a 评价分 round, refusing a 4 first, and shows every judge's marks after", async () => {
    // A second contest whose practical round is marked in the WorldSkills style by 3 judges.
    const contest = await contestInJudging("评价分测试", (configuration) => ({
      ...configuration,
      rounds: (configuration.rounds as Record<string, unknown>[]).map((round) =>
        round.key === "practical"
          ? {
              ...round,
              name: "评价分评审",
              maxResult: "6",
              criteriaScoring: null,
              judgesPerEntry: null,
              judgementMarks: {
                aspects: [
                  { key: "craft", name: "工艺规范" },
                  { key: "finish", name: "成品外观" },
                ],
                judgeCount: 3,
                maxSpread: 1,
              },
            }
          : round,
      ),
    }));
    const { allRounds } = await graphql<{ allRounds: { id: string; key: string }[] }>(
      "query ($a: ID!) { allRounds(perPage: 10, filter: { activityId: $a }) { id key } }",
      { a: contest.id },
      organizer,
    );
    const roundId = allRounds.find((round) => round.key === "practical")?.id ?? "";
    const { judgeCandidates } = await graphql<{ judgeCandidates: { id: string; displayName: string }[] }>(
      "{ judgeCandidates { id displayName } }",
      {},
      organizer,
    );
    const panelIds = judgeCandidates.filter((judge) => judge.displayName !== conflictedJudge).map((judge) => judge.id);
    for (const categoryId of new Set(contest.entries.map((entry) => entry.categoryId))) {
      await graphql(
        `mutation ($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id } }`,
        { r: roundId, c: categoryId, j: panelIds },
        organizer,
      );
      await graphql(
        "mutation ($r: ID!, $c: ID!) { assignJudgesBalanced(roundId: $r, categoryId: $c) { id } }",
        { r: roundId, c: categoryId },
        organizer,
      );
    }
    const judgeToken = await signInToken("judge");
    const mine = async () =>
      (
        await graphql<{
          myJudgeAssignments: { entry: { name: string }; judgementMarks: { state: string; total: string | null } }[];
        }>(
          "query ($r: ID) { myJudgeAssignments(roundId: $r) { entry { name } judgementMarks { state total } } }",
          { r: roundId },
          judgeToken,
        )
      ).myJudgeAssignments;
    const [first] = await mine();
    if (!first) throw new Error("the judge got no entry of the 评价分 round");

    await signIn("judge");
    await page.getByRole("menuitem", { name: "我的评分" }).click();
    const group = page
      .getByRole("navigation", { name: "我的评分" })
      .getByRole("list")
      .filter({ hasText: "评价分评审" });
    await group.getByRole("button", { name: new RegExp(first.entry.name) }).focus();
    await page.keyboard.press("Enter");
    const craft = page.getByRole("textbox", { name: "工艺规范（评价分 0–3）" });
    await expect.poll(() => craft.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type("4");
    await page.keyboard.press("Enter");
    await page.getByText("「工艺规范」的评价分「4」无效，应为 0、1、2、3 中的一个整数").waitFor();
    await page.keyboard.type("3");
    await page.keyboard.press("Shift+Enter");
    expect(await craft.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2");
    await page.getByText("合计：5 / 6 分").waitFor();
    await page.keyboard.press("Control+Enter");
    const confirm = page.getByRole("dialog", { name: "提交评价分" });
    await confirm.getByText("评价分合计 5").waitFor();
    await page.keyboard.press("Enter");
    await confirm.waitFor({ state: "detached" });
    const others = page.getByRole("region", { name: "各评委的评价分" });
    await others.getByText(`${judgeName}：2 分`).waitFor();
    await shoot("judging-11-judgement-marks");
    const after = (await mine()).find((assignment) => assignment.entry.name === first.entry.name);
    expect([after?.judgementMarks.state, after?.judgementMarks.total]).toEqual(["SUBMITTED", "5"]);
  });
});
