import type { IncomingMessage } from "node:http";
import { testProviders } from "@jinzhou/db/testing";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countFailedSignIn } from "../auth/sign-in-throttle.ts";
import { createTokenIssuer } from "../auth/tokens.ts";
import { readEnvironment } from "../env.ts";
import { clientIpOf } from "../http/client-ip.ts";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";

const login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }";

describe("clientIpOf", () => {
  const request = (remoteAddress: string, forwarded?: string) =>
    ({
      socket: { remoteAddress },
      headers: forwarded ? { "x-forwarded-for": forwarded } : {},
    }) as unknown as IncomingMessage;

  it("uses the socket address and ignores X-Forwarded-For unless the proxy is trusted", () => {
    expect(clientIpOf(request("::ffff:10.1.2.3", "1.1.1.1"))).toBe("10.1.2.3");
    expect(clientIpOf(request("10.0.0.1", "1.1.1.1"), false)).toBe("10.0.0.1");
  });

  it("behind a trusted proxy takes the address that proxy appended", () => {
    expect(clientIpOf(request("10.0.0.1", "203.0.113.7"), true)).toBe("203.0.113.7");
    // A client-written entry on the left is not believed: the proxy appended the real one.
    expect(clientIpOf(request("10.0.0.1", "6.6.6.6, 203.0.113.7"), true)).toBe("203.0.113.7");
    expect(clientIpOf(request("10.0.0.1"), true)).toBe("10.0.0.1");
  });
});

describe("safety settings", () => {
  it("trusts no proxy, keeps tokens 12 hours and live results in memory unless told otherwise", () => {
    const defaults = readEnvironment({});
    expect(defaults).toMatchObject({ TRUST_PROXY: false, TOKEN_TTL: "12h" });
    expect(defaults.REDIS_URL).toBeUndefined();
    expect(
      readEnvironment({ TRUST_PROXY: "true", TOKEN_TTL: "30m", REDIS_URL: "redis://127.0.0.1:6379" }),
    ).toMatchObject({ TRUST_PROXY: true, TOKEN_TTL: "30m", REDIS_URL: "redis://127.0.0.1:6379" });
    expect(() => readEnvironment({ TOKEN_TTL: "forever", TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY[\s\S]*TOKEN_TTL/);
  });

  it("refuses a token once its lifetime (TOKEN_TTL) has run out", async () => {
    const tokens = createTokenIssuer("test-secret-test-secret-test-secret-0123", "1s");
    const token = await tokens.issue(7);
    expect(await tokens.verify(token)).toBe(7);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await tokens.verify(token)).toBeNull();
  });
});

describe.each(testProviders())("safe sign-in (%s)", (provider) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness(provider);
  });
  afterAll(() => api?.close());

  async function loginFrom(username: string, password: string, forwardedFor?: string) {
    const response = await fetch(`${api.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
      body: JSON.stringify({ query: login, variables: { u: username, p: password } }),
    });
    return (await response.json()) as { data: unknown; errors?: { message: string; extensions: { code: string } }[] };
  }

  it("stores passwords as argon2id hashes, never returned by the API", async () => {
    const users = await api.server.database.prisma.user.findMany({ select: { passwordHash: true } });
    expect(users.length).toBeGreaterThan(0);
    for (const user of users) expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const fields = await api.graphql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "User") { fields { name } } }',
    );
    expect(fields.data?.__type.fields.map((field) => field.name)).not.toContain("passwordHash");
  });

  it("refuses an expired token as signed out", async () => {
    const adminId = (await api.server.database.prisma.user.findUniqueOrThrow({ where: { username: "admin" } })).id;
    const key = new TextEncoder().encode("test-secret-test-secret-test-secret-0123");
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(String(adminId))
      .setIssuer("jinzhou-worker-activities")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 13 * 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(key);
    const answer = await api.graphql("{ _allOrganizationsMeta { count } }", {}, expired);
    expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(answer.errors?.[0]?.message).toBe("请先登录");
    // The same token a minute before its end is accepted: only the expiry differs.
    const valid = await api.tokenForUserId(adminId);
    expect((await api.graphql("{ _allOrganizationsMeta { count } }", {}, valid)).errors).toBeUndefined();
  });

  it("refuses an address for 15 minutes after 20 failed sign-ins across accounts, even the right password", async () => {
    const prisma = api.server.database.prisma;
    await prisma.signInThrottle.deleteMany({});
    // 20 wrong attempts, each on a different unknown account (no account lockout applies), with a
    // forged X-Forwarded-For that must be ignored: the API is not behind a trusted proxy.
    const codes: string[] = [];
    for (let attempt = 1; attempt <= 20; attempt++) {
      const answer = await loginFrom(`nobody-${attempt}`, "wrong", `198.51.100.${attempt}`);
      codes.push(answer.errors?.[0]?.extensions.code ?? "");
    }
    expect(codes.slice(0, 19)).toEqual(Array(19).fill("INVALID_CREDENTIALS"));
    expect(codes[19]).toBe("SIGN_IN_THROTTLED");
    const rows = await prisma.signInThrottle.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ipAddress: "127.0.0.1", failedCount: 20 });
    const lockMinutes = ((rows[0]?.lockedUntil?.getTime() ?? 0) - Date.now()) / 60_000;
    expect(lockMinutes).toBeGreaterThan(14.9);
    expect(lockMinutes).toBeLessThanOrEqual(15);

    const right = await loginFrom("admin", "jinzhou2015");
    expect(right.errors?.[0]?.extensions.code).toBe("SIGN_IN_THROTTLED");
    expect(right.errors?.[0]?.message).toBe("该网络地址登录失败次数过多，已暂时禁止登录，请 15 分钟后再试");
    expect(right.data).toBeNull();
    // The refusal happened before the password was looked at: the admin's account is untouched.
    expect(await prisma.user.findUniqueOrThrow({ where: { username: "admin" } })).toMatchObject({
      failedSignIns: 0,
      lockedUntil: null,
    });

    // When lock and window have run out, the right password works and the next failure counts afresh.
    const past = new Date(Date.now() - 16 * 60_000);
    await prisma.signInThrottle.update({
      where: { ipAddress: "127.0.0.1" },
      data: { lockedUntil: past, windowStartsAt: past },
    });
    expect((await loginFrom("admin", "jinzhou2015")).errors).toBeUndefined();
    expect((await loginFrom("nobody", "wrong")).errors?.[0]?.extensions.code).toBe("INVALID_CREDENTIALS");
    expect(await prisma.signInThrottle.findUniqueOrThrow({ where: { ipAddress: "127.0.0.1" } })).toMatchObject({
      failedCount: 1,
      lockedUntil: null,
    });
    await prisma.signInThrottle.deleteMany({});
  });

  it("counts concurrent failures from one address exactly (atomic increments, no lost updates)", async () => {
    const prisma = api.server.database.prisma;
    const now = new Date();
    const locked = await Promise.all(Array.from({ length: 25 }, () => countFailedSignIn(prisma, "203.0.113.50", now)));
    const row = await prisma.signInThrottle.findUniqueOrThrow({ where: { ipAddress: "203.0.113.50" } });
    expect(row.failedCount).toBe(25);
    expect(row.lockedUntil?.getTime()).toBe(now.getTime() + 15 * 60_000);
    // Failures 20 to 25 each find the count at the limit.
    expect(locked.filter(Boolean)).toHaveLength(6);
  });
});
