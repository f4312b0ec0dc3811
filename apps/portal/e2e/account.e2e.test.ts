import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  approveRegistration,
  type BrowserSession,
  createOpenActivityReviewedByOrganizer,
  enrolWorker,
  expectNoSidewaysScroll,
  openPortal,
  shootPage,
  skipBrowserTests,
  uniquelyNamed,
  warnIfSkipped,
} from "./portal-browser.ts";

/**
 * A worker's account on a phone (375×812) against the real API with the demo data: a roster worker
 * without an account is refused when the phone does not match the roster, then activates with the
 * SMS code (read from the server log) and a password of their own and lands in 我的 signed in;
 * signs out; a wrong password is refused in Chinese; signs in with the roster phone. Then, with
 * their entry approved, they open 我的消息 signed out, are sent to sign in and back, and read it.
 * Needs `vite build` and Chromium.
 */
warnIfSkipped("the account browser test");

interface RosterWorker {
  id: string;
  name: string;
  idNumber: string;
  phone: string;
}

const newPassword = "Jinzhou2026ok";

describe.skipIf(skipBrowserTests)("a worker's account on a phone", () => {
  let session: BrowserSession;
  let page: Page;
  let worker: RosterWorker;
  let codesBefore = 0;
  const shoot = (name: string) => session.shoot(`account-${name}`);

  beforeAll(async () => {
    session = await openPortal();
    page = session.page;
    const admin = await session.tokenFor("admin");
    // A roster worker with a full ID number and phone, no account, a name and a phone nobody else has.
    const roster = await session.graphql<{ allWorkers: RosterWorker[] }>(
      '{ allWorkers(page: 0, perPage: 1000, sortField: "id", sortOrder: "ASC") { id name idNumber phone } }',
      {},
      admin,
    );
    const users = await session.graphql<{ allUsers: { workerId: string | null }[] }>(
      '{ allUsers(page: 0, perPage: 1000, sortField: "id", sortOrder: "ASC") { workerId } }',
      {},
      admin,
    );
    // In 古塔区, whose unit admin can enrol them in the messages test below.
    const unit = await session.tokenFor("unit");
    const gutaRoster = await session.graphql<{ allWorkers: { id: string }[] }>(
      '{ allWorkers(page: 0, perPage: 1000, sortField: "id", sortOrder: "ASC") { id } }',
      {},
      unit,
    );
    const inGuta = new Set(gutaRoster.allWorkers.map((row) => row.id));
    const withAccount = new Set(users.allUsers.map((user) => user.workerId).filter(Boolean));
    const phoneCount = new Map<string, number>();
    for (const row of roster.allWorkers) phoneCount.set(row.phone, (phoneCount.get(row.phone) ?? 0) + 1);
    const candidate = uniquelyNamed(roster.allWorkers).find(
      (row) =>
        !withAccount.has(row.id) &&
        inGuta.has(row.id) &&
        phoneCount.get(row.phone) === 1 &&
        /^\d{17}[\dX]$/.test(row.idNumber) &&
        /^1\d{10}$/.test(row.phone),
    );
    if (!candidate) throw new Error("the demo roster has no worker without an account");
    worker = candidate;
  });

  afterAll(async () => {
    await session?.close();
  });

  it("checks the ID number as it is typed and explains a roster mismatch", async () => {
    codesBefore = session.smsCodes().length;
    await page.goto(`${session.baseUrl}/activate`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("激活账号");
    await expect.poll(() => page.locator(".stepper-current").textContent()).toContain("核对身份");

    // A wrong check character is caught before anything is sent.
    const last = worker.idNumber.slice(-1);
    const wrongId = worker.idNumber.slice(0, 17) + (last === "1" ? "2" : "1");
    await page.getByLabel("身份证号").fill(wrongId);
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("校验位不正确");
    await shoot("01-id-number-check");

    // The right number (typed in lower case when it ends in X), but a phone that is not the roster's.
    await page.getByLabel("姓名", { exact: true }).fill(worker.name);
    await page.getByLabel("身份证号").fill(worker.idNumber.toLowerCase());
    const otherPhone = `${worker.phone.slice(0, 7)}${String((Number(worker.phone.slice(7)) + 1) % 10_000).padStart(4, "0")}`;
    await page.getByLabel("手机号", { exact: true }).fill(otherPhone);
    await expect.poll(() => page.locator(".field-invalid").count()).toBe(0);
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    const mismatch = page.locator(".notice-error");
    await expect.poll(() => mismatch.textContent()).toContain("与工会名册不一致");
    await expect.poll(() => mismatch.textContent()).toContain("基层工会");
    expect(session.smsCodes()).toHaveLength(codesBefore);
    await expectNoSidewaysScroll(page);
    await shoot("02-roster-mismatch");
  });

  it("activates with the SMS code and a new password, and lands in 我的 signed in", async () => {
    await page.getByLabel("手机号", { exact: true }).fill(worker.phone);
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await expect.poll(() => page.locator(".stepper-current").textContent()).toContain("验证并设置密码");
    const masked = `${worker.phone.slice(0, 3)}****${worker.phone.slice(-4)}`;
    await expect.poll(() => page.locator(".notice-info").first().textContent()).toContain(masked);
    // The full phone is nowhere on the page.
    expect(await page.locator("main").textContent()).not.toContain(worker.phone);
    await expect.poll(() => session.smsCodes().length).toBe(codesBefore + 1);
    const code = session.smsCodes().at(-1) as string;
    expect(code).toMatch(/^\d{6}$/);
    // The resend button waits for its countdown.
    const resend = page.getByRole("button", { name: /秒后可重新获取/ });
    expect(await resend.isDisabled()).toBe(true);
    await expect.poll(async () => Number(/\d+/.exec((await resend.textContent()) ?? "")?.[0])).toBeLessThan(60);

    const codeInput = page.getByLabel("短信验证码");
    expect(await codeInput.getAttribute("inputmode")).toBe("numeric");
    expect(await codeInput.getAttribute("autocomplete")).toBe("one-time-code");
    // A wrong code is refused on its field, in Chinese.
    await codeInput.fill(code === "000000" ? "111111" : "000000");
    await page.getByLabel("新密码", { exact: true }).fill(newPassword);
    await page.getByLabel("再次输入新密码").fill(newPassword);
    await page.getByRole("button", { name: "激活并登录" }).click();
    await expect.poll(() => page.locator(".field-error").first().textContent()).toContain("验证码不正确或已过期");
    await codeInput.fill(code);
    // The password rule is ticked off live; a too-weak password is refused before sending.
    await page.getByLabel("新密码", { exact: true }).fill("abcdefgh");
    await page.getByLabel("再次输入新密码").fill("abcdefgh");
    await page.getByLabel("再次输入新密码").blur();
    await expect.poll(() => page.locator(".field-error").first().textContent()).toContain("同时包含字母和数字");
    await page.getByLabel("新密码", { exact: true }).fill(newPassword);
    await page.getByLabel("再次输入新密码").fill(`${newPassword}x`);
    await expect.poll(() => page.locator(".field-error").first().textContent()).toContain("两次输入的密码不一致");
    await page.getByLabel("再次输入新密码").fill(newPassword);
    await expect.poll(() => page.locator(".password-rule-met").count()).toBe(3);
    await expectNoSidewaysScroll(page);
    await shoot("03-code-and-password");

    await page.getByRole("button", { name: "激活并登录" }).click();
    await page.waitForURL((url) => url.pathname === "/me");
    await expect
      .poll(() => page.locator(".account-notice").textContent())
      .toContain(`账号已激活，欢迎您，${worker.name}`);
    const stored = await page.evaluate(() => window.localStorage.getItem("portal.session"));
    expect(JSON.parse(stored ?? "null")).toMatchObject({ displayName: worker.name, role: "WORKER" });
    await page.locator("main.page h1").waitFor();
    await expect.poll(() => page.locator(".loading").count()).toBe(0);
    await shoot("04-activated");
  });

  it("signs out, refuses a wrong password in Chinese, and signs in with the roster phone", async () => {
    await page.goto(`${session.baseUrl}/login`);
    await expect.poll(() => page.locator("main").textContent()).toContain(`您已登录：${worker.name}`);
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect.poll(() => page.evaluate(() => window.localStorage.getItem("portal.session"))).toBeNull();

    // Activating again says the account exists and offers signing in or a new password.
    await page.goto(`${session.baseUrl}/activate`);
    await page.getByLabel("姓名", { exact: true }).fill(worker.name);
    await page.getByLabel("身份证号").fill(worker.idNumber);
    await page.getByLabel("手机号", { exact: true }).fill(worker.phone);
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    const exists = page.locator(".notice-warning");
    await expect.poll(() => exists.textContent()).toContain("已经开通了账号");
    expect(await exists.getByRole("link", { name: "忘记密码" }).getAttribute("href")).toBe("/reset-password");
    await exists.getByRole("link", { name: "登录" }).click();
    await page.waitForURL((url) => url.pathname === "/login");

    const username = page.getByLabel("手机号或用户名");
    expect(await username.getAttribute("inputmode")).toBe("tel");
    expect(await username.getAttribute("autocomplete")).toBe("username");
    await username.fill(worker.phone);
    const password = page.getByLabel("密码", { exact: true });
    expect(await password.getAttribute("autocomplete")).toBe("current-password");
    await password.fill("not-my-password-1");
    // 显示密码 shows what was typed.
    await page.getByRole("button", { name: "显示密码" }).click();
    expect(await password.getAttribute("type")).toBe("text");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect.poll(() => page.locator(".notice-error").textContent()).toContain("用户名或密码错误");
    await expectNoSidewaysScroll(page);
    await shoot("05-wrong-password");

    await password.fill(newPassword);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/me");
    const stored = await page.evaluate(() => window.localStorage.getItem("portal.session"));
    expect(JSON.parse(stored ?? "null")).toMatchObject({ displayName: worker.name, role: "WORKER" });
    await page.locator("main.page h1").waitFor();
    await expect.poll(() => page.locator(".loading").count()).toBe(0);
    await shoot("06-signed-in");
  });

  it("sends a signed-out worker from 我的消息 to sign in and back, and marks a message read", async () => {
    // The 古塔区 unit admin enrols the worker in a skills contest; its organizer approves: one notification.
    const organizer = await session.tokenFor("organizer");
    const unit = await session.tokenFor("unit");
    const activityId = await createOpenActivityReviewedByOrganizer(session, organizer, {
      kind: "SKILLS_CONTEST",
      code: `E2E-MSG-${Date.now()}`,
      name: "消息测试技能竞赛",
    });
    let registrationId: string | undefined;
    const refusals: string[] = [];
    for (const categoryKey of ["LATHE", "FITTER", "ELECTRICIAN", "WELDER"]) {
      try {
        registrationId = await enrolWorker(session, unit, {
          activityId,
          categoryKey,
          workerId: worker.id,
          idempotencyKey: `e2e-messages-${activityId}-${categoryKey}`,
        });
        break;
      } catch (error) {
        refusals.push(String(error));
      }
    }
    if (!registrationId) throw new Error(`could not enrol the worker: ${refusals.join(" | ")}`);
    await approveRegistration(session, organizer, registrationId);

    const other = await session.newPage();
    await other.goto(`${session.baseUrl}/me/messages`);
    await other.waitForURL((url) => url.pathname === "/login");
    expect(new URL(other.url()).searchParams.get("next")).toBe("/me/messages");
    await other.getByLabel("手机号或用户名").fill(worker.phone);
    await other.getByLabel("密码", { exact: true }).fill(newPassword);
    await other.getByRole("button", { name: "登录", exact: true }).click();
    await other.waitForURL((url) => url.pathname === "/me/messages");

    const unread = other.locator(".inbox-unread");
    await expect.poll(() => unread.count()).toBe(1);
    await expect.poll(() => other.locator(".inbox-summary").textContent()).toContain("未读 1 条");
    expect(await unread.textContent()).toContain("报名审核通过");
    const link = unread.getByRole("link", { name: /查看报名详情/ });
    expect(await link.getAttribute("href")).toBe(`/me/registrations/${registrationId}`);
    await expectNoSidewaysScroll(other);
    await shootPage(other, "account-07-messages");

    // A tap on the message marks it read, here and in the API.
    await unread.locator(".inbox-text").click();
    await expect.poll(() => other.locator(".inbox-unread").count()).toBe(0);
    await expect.poll(() => other.locator(".inbox-summary").textContent()).toContain("消息都已读");
    const token = JSON.parse((await other.evaluate(() => window.localStorage.getItem("portal.session"))) ?? "{}").token;
    await expect
      .poll(async () => {
        const meta = await session.graphql<{ _myNotificationsMeta: { unreadCount: number } }>(
          "{ _myNotificationsMeta { unreadCount } }",
          {},
          token,
        );
        return meta._myNotificationsMeta.unreadCount;
      })
      .toBe(0);
    await shootPage(other, "account-08-messages-read");
    await other.close();
  });

  it("signs in a staff account too, and points it to the admin panel", async () => {
    const other = await session.newPage();
    await other.goto(`${session.baseUrl}/login?next=/results`);
    await other.getByLabel("手机号或用户名").fill("organizer");
    await other.getByLabel("密码", { exact: true }).fill("jinzhou2015");
    await other.getByRole("button", { name: "登录", exact: true }).click();
    const notice = other.locator(".notice-info");
    await expect.poll(() => notice.textContent()).toContain("主办部门账号登录");
    expect(await notice.textContent()).toContain(`${session.baseUrl}/admin/`);
    expect(await other.getByRole("link", { name: "打开管理后台" }).getAttribute("href")).toBe("/admin/");
    await shootPage(other, "account-09-staff");
    await other.getByRole("button", { name: "继续浏览本网站" }).click();
    await other.waitForURL((url) => url.pathname === "/results");
    await other.close();
  });

  it("sets a new password with 忘记密码, the same two steps", async () => {
    const other = await session.newPage();
    await other.goto(`${session.baseUrl}/login`);
    await other.getByRole("link", { name: "忘记密码" }).click();
    await other.waitForURL((url) => url.pathname === "/reset-password");
    await other.getByLabel("姓名", { exact: true }).fill(worker.name);
    await other.getByLabel("身份证号").fill(worker.idNumber);
    await other.getByLabel("手机号", { exact: true }).fill(worker.phone);
    const codes = session.smsCodes().length;
    await other.getByRole("button", { name: "获取短信验证码" }).click();
    await expect.poll(() => other.locator(".stepper-current").textContent()).toContain("验证并设置密码");
    await expect.poll(() => session.smsCodes().length).toBe(codes + 1);
    await other.getByLabel("短信验证码").fill(session.smsCodes().at(-1) as string);
    await other.getByLabel("新密码", { exact: true }).fill(`${newPassword}2`);
    await other.getByLabel("再次输入新密码").fill(`${newPassword}2`);
    await other.getByRole("button", { name: "设置新密码并登录" }).click();
    await other.waitForURL((url) => url.pathname === "/me");
    await expect.poll(() => other.locator(".account-notice").textContent()).toContain("新密码已设置");
    const login = (password: string) =>
      session.graphql<{ login: { user: { displayName: string } } }>(
        "mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { user { displayName } } }",
        { u: worker.phone, p: password },
      );
    expect((await login(`${newPassword}2`)).login.user.displayName).toBe(worker.name);
    await expect(login(newPassword)).rejects.toThrow("用户名或密码错误");
    await other.close();
  });
});
