import { request as httpRequest } from "node:http";
import { testProviders } from "@jinzhou/db/testing";
import { calendarDateToStored, composeIdNumber } from "@jinzhou/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, type GraphQLAnswer, startApiHarness } from "../test/api-harness.ts";
import { loggedCodeFor } from "../test/voting-fixtures.ts";

const requestCode = `mutation($purpose: WorkerCodePurpose!, $name: String!, $idNumber: String!, $phone: String!) {
  requestWorkerCode(purpose: $purpose, name: $name, idNumber: $idNumber, phone: $phone) {
    challenge maskedPhone expiresAt resendAfterSeconds
  }
}`;
const activate = `mutation($challenge: String!, $code: String!, $password: String!) {
  activateWorkerAccount(challenge: $challenge, code: $code, password: $password) {
    token user { id username displayName role workerId organizationId }
  }
}`;
const reset = `mutation($challenge: String!, $code: String!, $password: String!) {
  resetWorkerPassword(challenge: $challenge, code: $code, password: $password) { token user { id } }
}`;
const login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id } } }";

interface Challenge {
  requestWorkerCode: { challenge: string; maskedPhone: string; expiresAt: string; resendAfterSeconds: number };
}
interface Activated {
  activateWorkerAccount: {
    token: string;
    user: { id: string; username: string; displayName: string; role: string; workerId: string; organizationId: string };
  };
}

interface RosterWorker {
  id: number;
  name: string;
  idNumber: string;
  phone: string;
  organizationId: number;
}

function codeOf(answer: GraphQLAnswer<unknown>): string | undefined {
  return answer.errors?.[0]?.extensions?.code;
}

/** A code that is not `code`. */
function otherThan(code: string): string {
  return code === "000000" ? "000001" : "000000";
}

/** Posts GraphQL from a chosen loopback address, so that per-address limits can be tried apart. */
function graphqlFrom(
  api: ApiHarness,
  localAddress: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLAnswer> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      {
        host: "127.0.0.1",
        port: new URL(api.server.url).port,
        path: "/graphql",
        method: "POST",
        localAddress,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          text += chunk;
        });
        response.on("end", () => {
          const parsed = JSON.parse(text) as { data?: Record<string, unknown>; errors?: GraphQLAnswer["errors"] };
          resolve({ status: response.statusCode ?? 0, data: parsed.data ?? null, errors: parsed.errors });
        });
      },
    );
    call.on("error", reject);
    call.end(body);
  });
}

describe.each(testProviders())("worker accounts: activation, password reset, phone sign-in (%s)", (provider) => {
  let api: ApiHarness;
  let organizationId: number;
  // The resend interval and the wrong-code counts live in this process: each provider its own phones.
  let serial = provider === "sqlite" ? 1 : 5001;
  const people: RosterWorker[] = [];

  /** A worker in the roster with a fresh ID number (region 110101, not the demo's) and phone. */
  async function rosterWorker(overrides: { phone?: string; checkCharacter?: string } = {}): Promise<RosterWorker> {
    let sequence = serial++ % 1000;
    let idNumber = composeIdNumber("110101", "1990-05-17", sequence);
    while (overrides.checkCharacter && !idNumber.endsWith(overrides.checkCharacter)) {
      sequence = serial++ % 1000;
      idNumber = composeIdNumber("110101", "1990-05-17", sequence);
    }
    const phone = overrides.phone ?? `1770000${String(serial).padStart(4, "0")}`;
    const name = `激活测试${serial}`;
    const worker = await api.server.database.prisma.worker.create({
      data: {
        name,
        idNumber,
        gender: sequence % 2 === 1 ? "MALE" : "FEMALE",
        birthDate: calendarDateToStored("1990-05-17"),
        phone,
        organizationId,
        trade: "钳工",
        positionCategory: "FRONT_LINE",
      },
    });
    const created = { id: worker.id, name, idNumber, phone, organizationId };
    people.push(created);
    return created;
  }

  async function askCode(worker: RosterWorker, purpose: "ACTIVATE" | "RESET_PASSWORD") {
    const asked = await api.graphql<Challenge>(requestCode, {
      purpose,
      name: worker.name,
      idNumber: worker.idNumber,
      phone: worker.phone,
    });
    if (!asked.data) throw new Error(`requestWorkerCode failed: ${JSON.stringify(asked.errors)}`);
    return { challenge: asked.data.requestWorkerCode.challenge, code: loggedCodeFor(api, worker.phone) };
  }

  async function activated(worker: RosterWorker, password = "worker2026") {
    const { challenge, code } = await askCode(worker, "ACTIVATE");
    const answer = await api.graphql<Activated>(activate, { challenge, code, password });
    if (!answer.data) throw new Error(`activateWorkerAccount failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.activateWorkerAccount;
  }

  beforeAll(async () => {
    api = await startApiHarness(provider);
    organizationId = (
      await api.server.database.prisma.organization.findFirstOrThrow({
        where: { kind: "GRASSROOTS_UNION" },
        orderBy: { id: "asc" },
      })
    ).id;
  }, 120_000);
  afterAll(() => api?.close());

  it("activates an account with the SMS code sent to the roster phone, then signs in with that phone", async () => {
    const worker = await rosterWorker({ checkCharacter: "X" });
    // As people type them: spaces around the name, a lower-case x, dashes and spaces in the phone.
    const asked = await api.graphql<Challenge>(requestCode, {
      purpose: "ACTIVATE",
      name: `  ${worker.name} `,
      idNumber: ` ${worker.idNumber.toLowerCase()} `,
      phone: `${worker.phone.slice(0, 3)}-${worker.phone.slice(3, 7)} ${worker.phone.slice(7)}`,
    });
    expect(asked.errors).toBeUndefined();
    const sent = asked.data?.requestWorkerCode;
    expect(sent?.maskedPhone).toBe(`177****${worker.phone.slice(-4)}`);
    expect(sent?.resendAfterSeconds).toBe(60);
    const lifetime = Date.parse(sent?.expiresAt ?? "") - Date.now();
    expect(lifetime).toBeGreaterThan(4 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(5 * 60_000);
    // The challenge carries neither the phone nor the ID number, readable or not.
    const challenge = sent?.challenge as string;
    const claims = Buffer.from(challenge.split(".")[1] as string, "base64url").toString("utf8");
    expect(claims).not.toContain(worker.phone);
    expect(claims).not.toContain(worker.idNumber);
    const code = loggedCodeFor(api, worker.phone);
    expect(code).toMatch(/^\d{6}$/);

    // A weak password is a field error; the code is still good afterwards.
    const weak = await api.graphql(activate, { challenge, code, password: "12345678" });
    expect(codeOf(weak)).toBe("VALIDATION_FAILED");
    expect(weak.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "password", code: "PASSWORD_WEAK", message: "密码应为 8–64 位，且同时包含字母和数字" },
    ]);
    // An activation challenge does not reset a password.
    const otherPurpose = await api.graphql(reset, { challenge, code, password: "worker2026" });
    expect(codeOf(otherPurpose)).toBe("WORKER_CODE_INVALID");

    const answer = await api.graphql<Activated>(activate, { challenge, code, password: "worker2026" });
    expect(answer.errors).toBeUndefined();
    const account = answer.data?.activateWorkerAccount;
    expect(account?.user).toEqual({
      id: expect.any(String),
      username: `worker-${worker.id}`,
      displayName: worker.name,
      role: "WORKER",
      workerId: String(worker.id),
      organizationId: String(organizationId),
    });
    const me = await api.graphql<{ me: { id: string } }>("{ me { id } }", {}, account?.token);
    expect(me.data?.me.id).toBe(account?.user.id);

    // Signing in with the roster phone (or the username) and the new password.
    const byPhone = await api.graphql<{ login: { user: { id: string } } }>(login, { u: worker.phone, p: "worker2026" });
    expect(byPhone.data?.login.user.id).toBe(account?.user.id);
    const byUsername = await api.graphql<{ login: { user: { id: string } } }>(login, {
      u: `worker-${worker.id}`,
      p: "worker2026",
    });
    expect(byUsername.data?.login.user.id).toBe(account?.user.id);
    const wrong = await api.graphql(login, { u: worker.phone, p: "worker2027" });
    expect(codeOf(wrong)).toBe("INVALID_CREDENTIALS");
    expect(wrong.errors?.[0]?.message).toBe("用户名或密码错误");

    // Audited as the worker's own act, without their ID number or phone.
    const entry = await api.server.database.prisma.auditEntry.findFirstOrThrow({
      where: { action: "WORKER_ACCOUNT_ACTIVATE", entityId: Number(account?.user.id) },
    });
    expect(entry.actorUserId).toBe(Number(account?.user.id));
    expect(entry.actorRole).toBe("WORKER");
    expect(JSON.stringify(entry)).not.toContain(worker.phone);
    expect(JSON.stringify(entry)).not.toContain(worker.idNumber);

    // Once activated: the same challenge again, or a new activation code, says the account exists.
    const again = await api.graphql(activate, { challenge, code, password: "worker2026" });
    expect(codeOf(again)).toBe("WORKER_ACCOUNT_EXISTS");
    const askedAgain = await api.graphql(requestCode, {
      purpose: "ACTIVATE",
      name: worker.name,
      idNumber: worker.idNumber,
      phone: worker.phone,
    });
    expect(codeOf(askedAgain)).toBe("WORKER_ACCOUNT_EXISTS");
    expect(askedAgain.errors?.[0]?.message).toBe("您已开通账号，请用手机号和密码直接登录；忘记密码请点“忘记密码”");
  });

  it("refuses a wrong name, ID number or phone with one message, and bad formats field by field", async () => {
    const worker = await rosterWorker();
    const other = await rosterWorker();
    const ask = (fields: Partial<RosterWorker>) =>
      api.graphql(requestCode, {
        purpose: "ACTIVATE",
        name: fields.name ?? worker.name,
        idNumber: fields.idNumber ?? worker.idNumber,
        phone: fields.phone ?? worker.phone,
      });
    const mismatches = [
      await ask({ name: `${worker.name}甲` }),
      await ask({ idNumber: other.idNumber }),
      await ask({ phone: other.phone }),
      await ask({ idNumber: composeIdNumber("110101", "1990-05-17", 999) }),
    ];
    for (const answer of mismatches) {
      expect(codeOf(answer)).toBe("ROSTER_MISMATCH");
      expect(answer.errors?.[0]?.message).toBe("姓名、身份证号或手机号与工会名册不一致，请联系所在工会核对");
      expect(answer.errors?.[0]?.extensions?.fieldErrors).toBeUndefined();
    }
    // Format problems come first, every one of them, before anything is looked up.
    const badCheckDigit = `${worker.idNumber.slice(0, 17)}${worker.idNumber.endsWith("1") ? "2" : "1"}`;
    const malformed = await ask({ name: " ", idNumber: badCheckDigit, phone: "12345" });
    expect(codeOf(malformed)).toBe("VALIDATION_FAILED");
    expect(malformed.errors?.[0]?.extensions?.fieldErrors?.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: "name", code: "REQUIRED" },
      { field: "idNumber", code: "ID_NUMBER_CHECK_DIGIT" },
      { field: "phone", code: "PHONE_FORMAT" },
    ]);
    // Nothing was sent for any of them.
    expect(api.logLines.join("\n")).not.toContain(`177****${worker.phone.slice(-4)}`);

    // No account yet: nothing to reset. A disabled account: the usual refusal, for both purposes.
    const noAccount = await api.graphql(requestCode, {
      purpose: "RESET_PASSWORD",
      name: worker.name,
      idNumber: worker.idNumber,
      phone: worker.phone,
    });
    expect(codeOf(noAccount)).toBe("WORKER_ACCOUNT_NOT_ACTIVATED");
    const account = await activated(worker);
    await api.server.database.prisma.user.update({ where: { id: Number(account.user.id) }, data: { active: false } });
    for (const purpose of ["ACTIVATE", "RESET_PASSWORD"]) {
      const disabled = await api.graphql(requestCode, {
        purpose,
        name: worker.name,
        idNumber: worker.idNumber,
        phone: worker.phone,
      });
      expect(codeOf(disabled)).toBe("ACCOUNT_DISABLED");
    }
    const signIn = await api.graphql(login, { u: worker.phone, p: "worker2026" });
    expect(codeOf(signIn)).toBe("ACCOUNT_DISABLED");
  });

  it("kills a challenge after five wrong codes, and sends one code per phone a minute", async () => {
    const worker = await rosterWorker();
    const { challenge, code } = await askCode(worker, "ACTIVATE");
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await api.graphql(activate, { challenge, code: otherThan(code), password: "worker2026" });
      expect(codeOf(wrong)).toBe("WORKER_CODE_INVALID");
      expect(wrong.errors?.[0]?.message).toBe("验证码不正确或已过期，请重新获取");
    }
    const dead = await api.graphql(activate, { challenge, code, password: "worker2026" });
    expect(codeOf(dead)).toBe("WORKER_CODE_INVALID");
    expect(dead.errors?.[0]?.message).toBe("验证码输错次数过多，请重新获取验证码");
    const forged = await api.graphql(activate, { challenge: `${challenge}x`, code, password: "worker2026" });
    expect(codeOf(forged)).toBe("WORKER_CODE_INVALID");

    const tooSoon = await api.graphql(requestCode, {
      purpose: "ACTIVATE",
      name: worker.name,
      idNumber: worker.idNumber,
      phone: worker.phone,
    });
    expect(codeOf(tooSoon)).toBe("WORKER_CODE_TOO_FREQUENT");
    expect(tooSoon.errors?.[0]?.message).toMatch(/^获取验证码过于频繁，请 \d+ 秒后再试$/);
    expect(await api.server.database.prisma.user.count({ where: { workerId: worker.id } })).toBe(0);
  });

  it("resets a forgotten password: the lock is lifted, the old password stops, the code works once", async () => {
    const worker = await rosterWorker();
    const account = await activated(worker, "before2026");
    const userId = Number(account.user.id);
    const prisma = api.server.database.prisma;
    await prisma.user.update({
      where: { id: userId },
      data: { failedSignIns: 0, lockedUntil: new Date(Date.now() + 10 * 60_000) },
    });
    expect(codeOf(await api.graphql(login, { u: worker.phone, p: "before2026" }))).toBe("ACCOUNT_LOCKED");

    const { challenge, code } = await askCode(worker, "RESET_PASSWORD");
    const weak = await api.graphql(reset, { challenge, code, password: "short1" });
    expect(codeOf(weak)).toBe("VALIDATION_FAILED");
    const answer = await api.graphql<{ resetWorkerPassword: { token: string; user: { id: string } } }>(reset, {
      challenge,
      code,
      password: "after2026",
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.resetWorkerPassword.user.id).toBe(String(userId));
    const me = await api.graphql<{ me: { id: string; locked: boolean } }>(
      "{ me { id locked } }",
      {},
      answer.data?.resetWorkerPassword.token,
    );
    expect(me.data?.me).toEqual({ id: String(userId), locked: false });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({
      failedSignIns: 0,
      lockedUntil: null,
    });

    expect(codeOf(await api.graphql(login, { u: worker.phone, p: "before2026" }))).toBe("INVALID_CREDENTIALS");
    expect((await api.graphql(login, { u: worker.phone, p: "after2026" })).errors).toBeUndefined();
    // The challenge was for the old password: it does not reset again.
    const replay = await api.graphql(reset, { challenge, code, password: "third2026" });
    expect(codeOf(replay)).toBe("WORKER_CODE_INVALID");
    expect((await api.graphql(login, { u: worker.phone, p: "after2026" })).errors).toBeUndefined();

    const entries = await prisma.auditEntry.findMany({ where: { action: "WORKER_PASSWORD_RESET", entityId: userId } });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actorUserId).toBe(userId);
    for (const secret of ["after2026", worker.phone, worker.idNumber]) {
      expect(JSON.stringify(entries)).not.toContain(secret);
    }
  });

  it("makes exactly one account of simultaneous activations of one worker", async () => {
    const worker = await rosterWorker();
    const { challenge, code } = await askCode(worker, "ACTIVATE");
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => api.graphql<Activated>(activate, { challenge, code, password: "worker2026" })),
    );
    const succeeded = answers.filter((answer) => answer.data?.activateWorkerAccount);
    expect(succeeded).toHaveLength(1);
    expect(answers.filter((answer) => codeOf(answer) === "WORKER_ACCOUNT_EXISTS")).toHaveLength(3);
    expect(await api.server.database.prisma.user.count({ where: { workerId: worker.id } })).toBe(1);
    expect(
      await api.server.database.prisma.auditEntry.count({
        where: {
          action: "WORKER_ACCOUNT_ACTIVATE",
          entityId: Number(succeeded[0]?.data?.activateWorkerAccount.user.id),
        },
      }),
    ).toBe(1);
  });

  it("signs nobody in by a phone that several roster workers share", async () => {
    const first = await rosterWorker();
    const second = await rosterWorker({ phone: first.phone });
    const account = await activated(first);
    expect(codeOf(await api.graphql(login, { u: first.phone, p: "worker2026" }))).toBe("INVALID_CREDENTIALS");
    const byUsername = await api.graphql<{ login: { user: { id: string } } }>(login, {
      u: account.user.username,
      p: "worker2026",
    });
    expect(byUsername.data?.login.user.id).toBe(account.user.id);
    expect(second.phone).toBe(first.phone);
  });

  it("refuses an address after 10 failed roster checks in an hour, the right details too; others go on", async () => {
    const worker = await rosterWorker();
    const address = provider === "sqlite" ? "127.0.0.21" : "127.0.0.22";
    const details = { purpose: "ACTIVATE", name: worker.name, idNumber: worker.idNumber, phone: worker.phone };
    for (let attempt = 0; attempt < 10; attempt++) {
      const guess = await graphqlFrom(api, address, requestCode, {
        ...details,
        idNumber: composeIdNumber("110101", "1985-03-02", attempt),
      });
      expect(codeOf(guess)).toBe("ROSTER_MISMATCH");
    }
    const refused = await graphqlFrom(api, address, requestCode, details);
    expect(codeOf(refused)).toBe("WORKER_CODE_TOO_FREQUENT");
    expect(refused.errors?.[0]?.message).toMatch(/^核对失败次数过多，请 (60|59) 分钟后再试$/);
    // Another address is not affected.
    const elsewhere = await graphqlFrom(api, "127.0.0.23", requestCode, details);
    expect(codeOf(elsewhere)).toBeUndefined();
    expect((elsewhere.data as Challenge | null)?.requestWorkerCode.maskedPhone).toBe(
      `177****${worker.phone.slice(-4)}`,
    );
  });

  it("never writes a full phone or ID number to the log", () => {
    const log = api.logLines.join("\n");
    expect(people.length).toBeGreaterThan(5);
    for (const person of people) {
      expect(log).not.toContain(person.phone);
      expect(log).not.toContain(person.idNumber);
    }
  });
});
