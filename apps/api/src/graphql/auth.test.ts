import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";

describe.each(testProviders())("signing in (%s)", (provider) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness(provider);
  });
  afterAll(() => api?.close());

  it("gives every demo account a token that `me` recognises with its role", async () => {
    const expected = { admin: "ADMIN", organizer: "ORGANIZER", unit: "UNIT_ADMIN", judge: "JUDGE", worker: "WORKER" };
    for (const [username, role] of Object.entries(expected)) {
      const token = await api.tokenFor(username);
      const answer = await api.graphql<{ me: { username: string; role: string } }>(
        "{ me { username role } }",
        {},
        token,
      );
      expect(answer.data?.me).toEqual({ username, role });
    }
  });

  it("refuses a wrong password and an unknown user with the same Chinese message", async () => {
    const login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }";
    const wrongPassword = await api.graphql(login, { u: "admin", p: "jinzhou2016" });
    const unknownUser = await api.graphql(login, { u: "nobody", p: "jinzhou2015" });
    for (const answer of [wrongPassword, unknownUser]) {
      expect(answer.errors?.[0]?.extensions?.code).toBe("INVALID_CREDENTIALS");
      expect(answer.errors?.[0]?.message).toBe("用户名或密码错误");
    }
  });

  it("treats a missing, forged or tampered token as signed out", async () => {
    expect((await api.graphql("{ me { id } }")).data).toEqual({ me: null });
    const token = await api.tokenFor("admin");
    const tampered = `${token.slice(0, -4)}AAAA`;
    expect((await api.graphql("{ me { id } }", {}, tampered)).data).toEqual({ me: null });
    const answer = await api.graphql("{ _allOrganizationsMeta { count } }", {}, tampered);
    expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(answer.errors?.[0]?.message).toBe("请先登录");
  });

  it("stops accepting the token of an account that has been disabled", async () => {
    const token = await api.tokenFor("judge");
    await api.server.database.prisma.user.update({ where: { username: "judge" }, data: { active: false } });
    expect((await api.graphql("{ me { id } }", {}, token)).data).toEqual({ me: null });
    const again = await api.graphql('mutation { login(username: "judge", password: "jinzhou2015") { token } }');
    expect(again.errors?.[0]?.extensions?.code).toBe("ACCOUNT_DISABLED");
    await api.server.database.prisma.user.update({ where: { username: "judge" }, data: { active: true } });
  });

  it("locks an account for 15 minutes after five wrong passwords in a row, even against the right one", async () => {
    const login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }";
    const codes: string[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const answer = await api.graphql(login, { u: "organizer", p: `guess-${attempt}` });
      codes.push(answer.errors?.[0]?.extensions?.code ?? "");
    }
    expect(codes).toEqual([
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
      "ACCOUNT_LOCKED",
    ]);
    const right = await api.graphql(login, { u: "organizer", p: "jinzhou2015" });
    expect(right.errors?.[0]?.extensions?.code).toBe("ACCOUNT_LOCKED");
    expect(right.errors?.[0]?.message).toBe("密码连续输错次数过多，账号已暂时锁定，请 15 分钟后再试");

    // When the lock has run out, the right password works again and the count starts afresh.
    const prisma = api.server.database.prisma;
    await prisma.user.update({ where: { username: "organizer" }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await api.graphql(login, { u: "organizer", p: "jinzhou2015" })).errors).toBeUndefined();
    expect(await prisma.user.findUniqueOrThrow({ where: { username: "organizer" } })).toMatchObject({
      failedSignIns: 0,
      lockedUntil: null,
    });
  });
});
