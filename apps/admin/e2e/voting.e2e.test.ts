import {
  approveRegistration,
  chinaDay,
  createOpenActivityReviewedByOrganizer,
  createWorkerAccount,
  expectNoSidewaysScroll,
  workersWithoutAccount,
} from "@jinzhou/browser-testing";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { submitLogin } from "./fixtures.ts";
import { openPanel, type PanelSession, skipBrowserTests, warnIfSkipped } from "./panel-browser.ts";

/**
 * 宣教部 runs the public vote of a 最美劳动者 search in a real browser against the real API. Over
 * GraphQL: the public recommends three candidates, 宣教部 passes them (初评) and opens the vote, and
 * fourteen workers vote with their own accounts. The test server trusts no proxy (no
 * `trustedProxyHops`), so the API takes each ballot's address from the TCP peer: every ballot
 * comes from 127.0.0.1, as a vote farm behind one address would, which the API flags, and twelve
 * votes for one candidate within a minute are a burst. In the browser the organizer sees the
 * tallies and both patterns, voids three of the burst's votes with a reason, sees the tally drop,
 * warns the candidate and closes the vote. Needs `vite build` and Chromium.
 */
warnIfSkipped("the public vote browser test");

const suffix = String(Date.now() % 100000).padStart(5, "0");
const candidates = ["张桂兰", "李建国", "王淑芬"] as const;
const [favourite, runnerUp] = candidates;

describe.skipIf(skipBrowserTests)("the public vote desk in Chromium", () => {
  let panel: PanelSession | undefined;
  let page: Page;
  let baseUrl: string;
  const activityName = `最美劳动者投票测试${suffix}`;
  let activityId = "";
  let roundId = "";
  const candidateIds = new Map<string, string>();

  const shoot = (name: string) => (panel as PanelSession).shoot(name);
  const graphql = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    (panel as PanelSession).graphql<T>(query, variables, token);
  const tokenFor = (username: string) => (panel as PanelSession).tokenFor(username);

  async function prepareVote() {
    const publicity = await tokenFor("publicity");
    // 初评 by 宣教部 only: the approval chain is the registrations test's subject, not this one's.
    activityId = await createOpenActivityReviewedByOrganizer(panel as PanelSession, publicity, {
      kind: "MOST_BEAUTIFUL_WORKER",
      code: `E2E-VOTE-${suffix}`,
      name: activityName,
    });

    const unit = await tokenFor("unit");
    const mine = await graphql<{ me: { organizationId: string } }>("{ me { organizationId } }", {}, unit);
    const units = await graphql<{ allOrganizations: { id: string }[] }>(
      `query ($w: ID!) { allOrganizations(filter: { withinId: $w, kind: GRASSROOTS_UNION }, page: 0, perPage: 3,
        sortField: "id", sortOrder: "ASC") { id } }`,
      { w: mine.me.organizationId },
      unit,
    );
    for (const [index, name] of candidates.entries()) {
      const recommended = await graphql<{ recommendCandidate: { id: string } }>(
        `mutation ($a: ID!, $o: ID!, $n: String!, $k: String!) {
          recommendCandidate(activityId: $a, organizationId: $o, candidateName: $n,
            story: "扎根一线二十年，爱岗敬业，乐于助人。", recommenderName: "赵先生",
            recommenderPhone: "1390416000${index}", idempotencyKey: $k) { id }
        }`,
        {
          a: activityId,
          o: units.allOrganizations[index % units.allOrganizations.length]?.id,
          n: name,
          k: `v-${name}`,
        },
      );
      const id = recommended.recommendCandidate.id;
      await approveRegistration(panel as PanelSession, publicity, id);
      candidateIds.set(name, id);
    }

    const rounds = await graphql<{ allRounds: { id: string }[] }>(
      "query ($a: ID!) { allRounds(filter: { activityId: $a, kind: PUBLIC_VOTE }) { id } }",
      { a: activityId },
      publicity,
    );
    roundId = rounds.allRounds[0]?.id ?? "";
    await graphql(
      "mutation ($r: ID!, $o: String!, $c: String!) { schedulePublicVote(roundId: $r, opensOn: $o, closesOn: $c) { isOpen } }",
      { r: roundId, o: chinaDay(0), c: chinaDay(10) },
      publicity,
    );
  }

  /** Fourteen workers with accounts of their own: twelve vote for the favourite, two for the runner-up. */
  async function castBallots() {
    const admin = await tokenFor("admin");
    const voters = (await workersWithoutAccount(panel as PanelSession, admin, { perPage: 60, sortOrder: "ASC" })).slice(
      0,
      14,
    );
    if (voters.length < 14) throw new Error("not enough workers without accounts");
    for (const [index, worker] of voters.entries()) {
      const token = await createWorkerAccount(panel as PanelSession, admin, {
        username: `voter${suffix}x${index}`,
        displayName: "投票职工",
        worker,
      });
      const candidate = index < 12 ? favourite : runnerUp;
      await graphql(
        "mutation ($r: ID!, $c: [ID!]!, $k: String!) { castBallot(roundId: $r, candidateIds: $c, idempotencyKey: $k) { id } }",
        { r: roundId, c: [candidateIds.get(candidate)], k: `ballot-${index}` },
        token,
      );
    }
  }

  async function tally(): Promise<Map<string, { validVotes: number; voidedVotes: number }>> {
    const data = await graphql<{ voteTally: { registrationId: string; validVotes: number; voidedVotes: number }[] }>(
      "query ($r: ID!) { voteTally(roundId: $r) { registrationId validVotes voidedVotes } }",
      { r: roundId },
      await tokenFor("publicity"),
    );
    return new Map(data.voteTally.map((row) => [row.registrationId, row]));
  }

  const tallyRow = (name: string) => page.getByTestId(`tally-row-${candidateIds.get(name)}`);

  beforeAll(async () => {
    panel = await openPanel();
    page = panel.page;
    baseUrl = panel.baseUrl;
    await prepareVote();
    await castBallots();
  }, 180_000);

  afterAll(async () => {
    await panel?.close();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === "fail") await shoot(`voting-failed-${context.task.name.slice(0, 20)}`);
  });

  it("opens the vote desk from the activity and shows the schedule, the tallies and the chart", async () => {
    await page.goto(`${baseUrl}/admin/login`);
    await submitLogin(page, "publicity");
    await page.getByRole("menuitem", { name: "活动" }).waitFor();
    await page.goto(`${baseUrl}/admin/Activity/${activityId}/show`);
    await page.getByRole("link", { name: "网络投票管理" }).click();
    await page.waitForURL(new RegExp(`/admin/activities/${activityId}/voting$`));
    await page
      .getByRole("main")
      .getByRole("heading", { name: `网络投票：${activityName}` })
      .waitFor();
    await page.getByText("正在投票").waitFor();
    // Extends the vote by two days: the last day is included, so it closes at 00:00 the day after.
    const closesOn = chinaDay(12);
    const dayAfter = new Date(`${chinaDay(13)}T00:00:00Z`);
    const closing = `${dayAfter.getUTCFullYear()}年${dayAfter.getUTCMonth() + 1}月${dayAfter.getUTCDate()}日 00:00（不含）`;
    await page.getByLabel("结束日期（含当天）").fill(closesOn);
    await page.getByRole("button", { name: "保存投票时间" }).click();
    await page.getByTestId("vote-window").getByText(closing).waitFor();
    await expect.poll(() => tallyRow(favourite).getByTestId("valid-votes").textContent()).toBe("12");
    expect(await tallyRow(runnerUp).getByTestId("valid-votes").textContent()).toBe("2");
    expect(await tallyRow(candidates[2]).getByTestId("valid-votes").textContent()).toBe("0");
    await page.getByRole("figure", { name: "各候选人有效票和无效票" }).getByText("12 票").waitFor();
    await shoot("voting-01-desk");
  });

  it("shows the suspicious patterns: many ballots from one address and a burst", async () => {
    const findings = page.getByTestId("suspicious-finding");
    await findings.filter({ hasText: "同一网络地址大量投票" }).waitFor();
    const burst = findings.filter({ hasText: "短时间集中投票" });
    await burst.waitFor();
    expect(await findings.filter({ hasText: "同一网络地址大量投票" }).textContent()).toContain("127.0.0.1");
    await burst.getByRole("button", { name: "查看选票（12 票）" }).click();
    await burst.getByRole("checkbox", { name: "选择这一票" }).first().waitFor();
    expect(await burst.getByRole("checkbox", { name: "选择这一票" }).count()).toBe(12);
    expect(await burst.getByRole("row").nth(1).textContent()).toContain(favourite);
    await shoot("voting-02-suspicious");
  });

  it("voids three of the burst's votes with a reason and sees the tally drop", async () => {
    const burst = page.getByTestId("suspicious-finding").filter({ hasText: "短时间集中投票" });
    const boxes = burst.getByRole("checkbox", { name: "选择这一票" });
    for (const index of [0, 1, 2]) await boxes.nth(index).check();
    await burst.getByRole("button", { name: "作废所选（3 票）" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("将作废 3 票").waitFor();
    await dialog.getByRole("button", { name: "确定作废" }).click();
    await dialog.getByText("请填写作废原因").waitFor();
    expect((await tally()).get(candidateIds.get(favourite) as string)?.voidedVotes).toBe(0);
    await dialog.getByRole("textbox", { name: "作废原因（必填）" }).fill("同一网络地址短时间内集中投票，经核实为刷票");
    await dialog.getByRole("button", { name: "确定作废" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => tallyRow(favourite).getByTestId("valid-votes").textContent()).toBe("9");
    expect(await tallyRow(favourite).getByTestId("voided-votes").textContent()).toBe("3");
    // Nine valid votes are no longer a burst (at least ten within a minute); the address's 11 valid ballots still are.
    await burst.waitFor({ state: "detached" });
    const address = page.getByTestId("suspicious-finding").filter({ hasText: "同一网络地址大量投票" });
    await address.getByText("投出 11 张选票").waitFor();
    await address.getByRole("button", { name: "查看选票（11 票）" }).click();
    await expect.poll(() => address.getByRole("checkbox", { name: "选择这一票" }).count()).toBe(11);
    // The voided votes stay on record, each with its reason.
    await tallyRow(favourite).getByRole("button", { name: "查看 3 张无效票" }).click();
    const voided = page.getByRole("dialog");
    await voided.getByText(`${favourite}的无效票`).waitFor();
    await expect.poll(() => voided.getByText("已作废：同一网络地址短时间内集中投票，经核实为刷票").count()).toBe(3);
    await shoot("voting-04-voided-votes");
    await voided.getByRole("button", { name: "关闭" }).click();
    await voided.waitFor({ state: "detached" });
    const counted = (await tally()).get(candidateIds.get(favourite) as string);
    expect(counted).toEqual({ registrationId: candidateIds.get(favourite), validVotes: 9, voidedVotes: 3 });
    await shoot("voting-03-voided");
  });

  it("warns the candidate, then closes the vote and shows the public scores", async () => {
    await tallyRow(favourite).getByRole("button", { name: "升级处罚" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("升级为：警告").waitFor();
    await dialog.getByRole("textbox", { name: "处罚原因（必填）" }).fill("候选人所在单位组织集中投票");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("table", { name: "处罚记录" }).getByText("候选人所在单位组织集中投票").waitFor();
    await tallyRow(favourite).getByText("警告").waitFor();

    await page.getByRole("button", { name: "结束投票并计票" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "结束并计票" }).click();
    await page.getByText(/已于 .* 结束投票并计票/).waitFor();
    await expect.poll(() => tallyRow(favourite).textContent()).toContain("100.00");
    expect(await tallyRow(runnerUp).textContent()).toContain("22.22");
    expect(await page.getByRole("button", { name: "结束投票并计票" }).count()).toBe(0);
    await shoot("voting-05-closed");
    await page.setViewportSize({ width: 768, height: 1024 });
    await page
      .getByRole("main")
      .getByRole("heading", { name: `网络投票：${activityName}` })
      .waitFor();
    await expectNoSidewaysScroll(page);
    await shoot("voting-06-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
