import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  approveRegistration,
  type BrowserSession,
  chinaDay,
  createOpenActivityReviewedByOrganizer,
  createWorkerAccount,
  expectNoSidewaysScroll,
  openPortal,
  shootFailuresThenClose,
  shootPage,
  skipBrowserTests,
  warnIfSkipped,
  workersWithoutAccount,
} from "./portal-browser.ts";

/**
 * The public vote for 最美劳动者 on a phone (375×812) against the real API. Over GraphQL 宣教部
 * prepares a search with three candidates recommended by the public, passes them and opens the
 * vote (one candidate per ballot, one ballot a day). In the browser an anonymous visitor proves a
 * phone with the SMS code the embedded sender logged and votes; the day's ballot is then used up.
 * Signed-in workers vote with their account, and a ballot the API refuses because the day's ballot
 * went in from elsewhere shows the API's message. Needs `vite build` and Chromium.
 */
warnIfSkipped("the public vote page browser test");

const suffix = String(Date.now() % 100000).padStart(5, "0");
const candidates = ["张桂兰", "李建国", "王淑芬"] as const;
const story =
  "扎根一线二十年，爱岗敬业，乐于助人。每天清晨第一个到岗，最后一个离开，带出的徒弟有十几位已成为技术骨干。" +
  "疫情期间主动请缨驻守一线，连续四十天没有回家。";

describe.skipIf(skipBrowserTests)("the public vote page on a phone", () => {
  let portal: BrowserSession | undefined;
  let page: Page;
  let roundId = "";
  const candidateIds = new Map<string, string>();
  const session = () => portal as BrowserSession;

  async function prepareVote() {
    const publicity = await session().tokenFor("publicity");
    const activityId = await createOpenActivityReviewedByOrganizer(session(), publicity, {
      kind: "MOST_BEAUTIFUL_WORKER",
      code: `E2E-PVOTE-${suffix}`,
      name: `最美劳动者投票页测试${suffix}`,
    });
    const units = await session().graphql<{ recommendableUnits: { id: string }[] }>(
      'query { recommendableUnits(nameContains: "工会") { id } }',
    );
    if (units.recommendableUnits.length < candidates.length) throw new Error("too few units to recommend from");
    for (const [index, name] of candidates.entries()) {
      const recommended = await session().graphql<{ recommendCandidate: { id: string } }>(
        `mutation ($a: ID!, $o: ID!, $n: String!, $s: String!, $k: String!) {
          recommendCandidate(activityId: $a, organizationId: $o, candidateName: $n, story: $s,
            recommenderName: "赵先生", recommenderPhone: "1390416100${index}", idempotencyKey: $k) { id }
        }`,
        { a: activityId, o: units.recommendableUnits[index]?.id, n: name, s: story, k: `pv-${suffix}-${index}` },
      );
      await approveRegistration(session(), publicity, recommended.recommendCandidate.id);
      candidateIds.set(name, recommended.recommendCandidate.id);
    }
    const rounds = await session().graphql<{ allRounds: { id: string }[] }>(
      "query ($a: ID!) { allRounds(filter: { activityId: $a, kind: PUBLIC_VOTE }) { id } }",
      { a: activityId },
      publicity,
    );
    roundId = rounds.allRounds[0]?.id ?? "";
    await session().graphql(
      "mutation ($r: ID!, $o: String!, $c: String!) { schedulePublicVote(roundId: $r, opensOn: $o, closesOn: $c) { isOpen } }",
      { r: roundId, o: chinaDay(0), c: chinaDay(10) },
      publicity,
    );
  }

  /** A worker with an account of their own (demo password), for signing in on the phone. */
  async function workerAccount(index: number): Promise<{ username: string; token: string }> {
    const admin = await session().tokenFor("admin");
    const worker = (await workersWithoutAccount(session(), admin, { perPage: 40, sortOrder: "DESC" }))[0];
    if (!worker) throw new Error("no worker without an account");
    const username = `pvote${suffix}w${index}`;
    const token = await createWorkerAccount(session(), admin, { username, displayName: `投票职工${index}`, worker });
    return { username, token };
  }

  async function signIn(on: Page, username: string) {
    await on.goto(`${session().baseUrl}/login?next=${encodeURIComponent(`/vote/${roundId}`)}`);
    await on.getByLabel("手机号或用户名").fill(username);
    await on.getByLabel("密码", { exact: true }).fill("jinzhou2015");
    await on.getByRole("button", { name: "登录", exact: true }).click();
    await on.waitForURL(new RegExp(`/vote/${roundId}$`));
  }

  beforeAll(async () => {
    portal = await openPortal();
    page = portal.page;
    await prepareVote();
  }, 180_000);

  shootFailuresThenClose("vote", () => portal);

  it("shows the limits up front, the candidates with their folded stories, and refuses a second tick", async () => {
    await page.goto(`${session().baseUrl}/vote/${roundId}`);
    await page.getByText("每票最多选 1 人").waitFor();
    await page.getByText("每人每日限投 1 次（按北京时间计算）").waitFor();
    for (const name of candidates) await page.getByRole("heading", { name }).waitFor();
    // The story is folded to three lines and opens on a tap.
    const first = page.getByTestId(`candidate-${candidateIds.get("张桂兰")}`);
    await first.getByRole("button", { name: "展开全文" }).click();
    await first.getByRole("button", { name: "收起" }).waitFor();

    await page.getByLabel("选择 张桂兰").check();
    await page.getByText("已选 1/1 人").waitFor();
    await page.getByLabel("选择 李建国").click();
    await page.getByText("每票最多选 1 人，请先取消一位已选的候选人").waitFor();
    expect(await page.getByLabel("选择 李建国").isChecked()).toBe(false);
    expect(await page.getByLabel("已选择 张桂兰").isChecked()).toBe(true);
    await expectNoSidewaysScroll(page);
    await session().shoot("vote-candidates");
  });

  it("lets an anonymous visitor prove a phone by SMS code and cast the ballot: 投票成功, 今日已投 1", async () => {
    await page.getByLabel("手机号").fill("1390416");
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.getByText("手机号格式不正确，请填写 11 位手机号").waitFor();
    const codesBefore = session().smsCodes().length;
    await page.getByLabel("手机号").fill("13904169876");
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.getByText("验证码已发送至 139****9876，5 分钟内有效").waitFor();
    await page.getByRole("button", { name: /秒后可重新获取/ }).waitFor();
    await expect.poll(() => session().smsCodes().length).toBeGreaterThan(codesBefore);
    const code = session().smsCodes().at(-1) as string;
    await page.getByLabel("短信验证码").fill(code);
    await page.getByRole("button", { name: "验证手机号" }).click();
    await page.getByText(/已验证手机 139\*\*\*\*9876/).waitFor();
    await page.getByText("今日已投 0 次").waitFor();
    // The token stays for this tab only, and never the phone number itself.
    const stored = await page.evaluate(() => window.sessionStorage.getItem("portal.voterToken") ?? "");
    expect(stored).toContain("139****9876");
    expect(stored).not.toContain("13904169876");

    await page.getByRole("button", { name: "投票（已选 1 人）" }).click();
    await page.getByTestId("vote-confirm").getByText("张桂兰").waitFor();
    await session().shoot("vote-confirm");
    await page.getByRole("button", { name: "确认投票" }).click();
    await page.getByText("投票成功").waitFor();
    await page.getByText("您投给了：张桂兰").waitFor();
    await page.getByText("今日已投 1/1").waitFor();
    await page.getByText("今日已投 1 次").waitFor();
    await expectNoSidewaysScroll(page);
    await session().shoot("vote-success");

    const tally = await session().graphql<{ voteTally: { registrationId: string; validVotes: number }[] }>(
      "query ($r: ID!) { voteTally(roundId: $r) { registrationId validVotes } }",
      { r: roundId },
      await session().tokenFor("publicity"),
    );
    expect(tally.voteTally.find((row) => row.registrationId === candidateIds.get("张桂兰"))?.validVotes).toBe(1);
  });

  it("refuses a second ballot the same day with the clear message and a disabled vote button", async () => {
    // Coming back later in the same tab: the verified phone is remembered, today's ballot is used.
    await page.reload();
    const limit = page.getByTestId("vote-limit");
    await limit.getByText("今日已投满，明天（北京时间 0 点后）可再投").waitFor();
    await limit.getByText(/下次可投票时间：.+00:00/).waitFor();
    await page.getByText("今日已投 1 次").waitFor();
    expect(await page.getByRole("button", { name: "今日已投满" }).isDisabled()).toBe(true);
    // Nothing to tick any more: the ballot cannot be filled in.
    expect(await page.getByLabel("选择 李建国").count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await session().shoot("vote-limit-reached");
  });

  it("lets a signed-in worker vote with their account, without an SMS code", async () => {
    const worker = await workerAccount(1);
    const phone = await session().newPage();
    await signIn(phone, worker.username);
    await phone.getByText("您以职工账号（投票职工1）投票，无需短信验证。").waitFor();
    expect(await phone.getByLabel("手机号").count()).toBe(0);
    await phone.getByText("今日已投 0 次").waitFor();
    await phone.getByLabel("选择 李建国").check();
    await phone.getByRole("button", { name: "投票（已选 1 人）" }).click();
    await phone.getByRole("button", { name: "确认投票" }).click();
    await phone.getByText("您投给了：李建国").waitFor();
    await phone.getByText("今日已投 1/1").waitFor();
    await phone.close();
  });

  it("shows the API's words when the day's ballot went in from elsewhere while the page was open", async () => {
    const worker = await workerAccount(2);
    const phone = await session().newPage();
    await signIn(phone, worker.username);
    await phone.getByText("今日已投 0 次").waitFor();
    // The same worker votes on another device meanwhile.
    await session().graphql(
      'mutation ($r: ID!, $c: [ID!]!) { castBallot(roundId: $r, candidateIds: $c, idempotencyKey: "elsewhere") { id } }',
      { r: roundId, c: [candidateIds.get("王淑芬")] },
      worker.token,
    );
    await phone.getByLabel("选择 李建国").check();
    await phone.getByRole("button", { name: "投票（已选 1 人）" }).click();
    await phone.getByRole("button", { name: "确认投票" }).click();
    const limit = phone.getByTestId("vote-limit");
    await limit.getByText("今日已投满，明天（北京时间 0 点后）可再投").waitFor();
    await limit.getByText(/今日已投 1 次，每日限投 1 次，请于.+再来/).waitFor();
    expect(await phone.getByRole("button", { name: "今日已投满" }).isDisabled()).toBe(true);
    await shootPage(phone, "vote-refused-by-api");
    await phone.close();
  });

  it("says so once the organizer has closed the vote, and offers no ballot", async () => {
    await session().graphql(
      "mutation ($r: ID!) { closePublicVote(roundId: $r) { registrationId } }",
      { r: roundId },
      await session().tokenFor("publicity"),
    );
    await page.reload();
    await page.getByText("投票已结束，感谢关注。").waitFor();
    await page.getByRole("heading", { name: "张桂兰" }).waitFor();
    expect(await page.getByRole("checkbox").count()).toBe(0);
    expect(await page.getByTestId("vote-limit").count()).toBe(0);
    expect(await page.getByRole("button", { name: /投票/ }).count()).toBe(0);
    await expectNoSidewaysScroll(page);
  });
});
