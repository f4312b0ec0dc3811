import { testProviders } from "@jinzhou/db/testing";
import { maskIdNumber, maskPhone } from "@jinzhou/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyResultsPublished } from "../notifications/results-published.ts";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createOpenActivity, createWorkers, type TestWorker } from "../test/registration-fixtures.ts";

interface NotificationRow {
  id: string;
  kind: string;
  kindLabel: string;
  text: string;
  registrationId: string | null;
  read: boolean;
  smsSent: boolean;
}

const notificationsQuery = `query { myNotifications { id kind kindLabel text registrationId read smsSent }
  _myNotificationsMeta { count unreadCount } }`;

describe.each(testProviders())("notifications (%s)", (provider) => {
  let api: ApiHarness;
  let workers: TestWorker[];
  let names: string[];
  let phones: string[];
  let unitToken: string;
  let organizerToken: string;
  let activityName: string;
  let activityId: number;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    const unit = await prisma.user.findUniqueOrThrow({ where: { username: "unit" }, include: { organization: true } });
    const inside = await prisma.organization.findFirstOrThrow({
      where: { kind: "GRASSROOTS_UNION", path: { startsWith: unit.organization.path } },
    });
    workers = await createWorkers(api, { count: 4, organizationId: inside.id, prefix: "通知职工", firstSequence: 600 });
    const rows = await prisma.worker.findMany({ where: { id: { in: workers.map((worker) => worker.workerId) } } });
    names = workers.map((worker) => rows.find((row) => row.id === worker.workerId)?.name as string);
    phones = workers.map((worker) => rows.find((row) => row.id === worker.workerId)?.phone as string);
    // One place, reviewed by the unit and then the organizer.
    const activity = await createOpenActivity(prisma, {
      code: "NOTE-1",
      capacity: 1,
      approvalLevels: ["UNIT", "ORGANIZER"],
    });
    activityId = activity.id;
    activityName = activity.name;
    unitToken = await api.tokenFor("unit");
    organizerToken = await api.tokenFor("organizer");
  });
  afterAll(() => api?.close());

  const register = async (worker: TestWorker) => {
    const answer = await api.graphql<{ register: { id: string; version: number } }>(
      `mutation($a: ID!, $k: String!) { register(activityId: $a, categoryKey: "A", idempotencyKey: $k) { id version } }`,
      { a: activityId, k: `note-${worker.workerId}` },
      worker.token,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.register.id as string;
  };
  const review = async (id: string, action: string, token: string, reason?: string) => {
    const answer = await api.graphql<{ reviewRegistration: { state: string } }>(
      "mutation($id: ID!, $action: RegistrationReviewAction!, $reason: String) { reviewRegistration(id: $id, action: $action, reason: $reason) { state } }",
      { id, action, reason },
      token,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.reviewRegistration.state;
  };
  const mine = async (token: string) => {
    const answer = await api.graphql<{
      myNotifications: NotificationRow[];
      _myNotificationsMeta: { count: number; unreadCount: number };
    }>(notificationsQuery, {}, token);
    expect(answer.errors).toBeUndefined();
    return answer.data as NonNullable<typeof answer.data>;
  };
  /** The SMS go out after the commit, in the background: wait for the log line. */
  const smsLine = async (phone: string, text: string) => {
    const expected = `短信 → ${maskPhone(phone)}：${text}`;
    for (let attempt = 0; attempt < 100; attempt++) {
      const line = api.logLines.find((candidate) => candidate.includes(expected));
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no SMS line ${expected}`);
  };
  const what = () => `“${activityName}”（A 组）`;

  it("approval at the last level tells the worker (portal and SMS) and the unit admin; a middle step says nothing yet", async () => {
    const [a, b] = workers as [TestWorker, TestWorker];
    const first = await register(a);
    const second = await register(b);
    expect(await review(first, "APPROVE", unitToken)).toBe("PENDING_ORGANIZER");
    expect((await mine(a.token)).myNotifications).toEqual([]);

    expect(await review(first, "APPROVE", organizerToken)).toBe("CONFIRMED");
    const approvedText = `【锦州市总工会】${names[0]}，您报名的${what()}已通过审核，报名成功。`;
    const line = await smsLine(phones[0] as string, approvedText);
    expect(JSON.parse(line).message).toBe(`短信 → ${maskPhone(phones[0] as string)}：${approvedText}`);
    const forA = await mine(a.token);
    expect(forA.myNotifications).toEqual([
      {
        id: expect.any(String),
        kind: "REGISTRATION_APPROVED",
        kindLabel: "报名审核通过",
        text: approvedText,
        registrationId: first,
        read: false,
        smsSent: true,
      },
    ]);
    expect(forA._myNotificationsMeta).toEqual({ count: 1, unreadCount: 1 });
    // The unit admin above the unit is told in the portal (an account has no phone of its own).
    const forUnit = await mine(unitToken);
    expect(forUnit.myNotifications[0]).toMatchObject({
      kind: "REGISTRATION_APPROVED",
      text: `【锦州市总工会】${names[0]}报名的${what()}已通过审核，报名成功。`,
      smsSent: false,
    });

    // The second approval finds the only place taken: approved, and waiting.
    await review(second, "APPROVE", unitToken);
    expect(await review(second, "APPROVE", organizerToken)).toBe("WAITLISTED");
    expect((await mine(b.token)).myNotifications.map((row) => row.text)).toEqual([
      `【锦州市总工会】${names[1]}，您报名的${what()}已通过审核。该组别名额已满，现为候补，有空余名额时将按报名先后递补。`,
    ]);
  });

  it("a return carries the reason, with any ID number in it masked; a rejection carries its reason", async () => {
    const [, , c, d] = workers as [TestWorker, TestWorker, TestWorker, TestWorker];
    const third = await register(c);
    const idInReason = "210702198501011234";
    await review(third, "RETURN", unitToken, `请补充身份证 ${idInReason} 的复印件`);
    const returnedText = `【锦州市总工会】${names[2]}，您报名的${what()}已被退回，退回原因：请补充身份证 ${maskIdNumber(idInReason)} 的复印件。请修改后重新提交。`;
    expect((await mine(c.token)).myNotifications.map((row) => [row.kind, row.text])).toEqual([
      ["REGISTRATION_RETURNED", returnedText],
    ]);
    await smsLine(phones[2] as string, returnedText);

    const fourth = await register(d);
    await review(fourth, "REJECT", unitToken, "不符合工种要求");
    const rejectedText = `【锦州市总工会】${names[3]}，您报名的${what()}未通过审核，原因：不符合工种要求。`;
    expect((await mine(d.token)).myNotifications.map((row) => [row.kind, row.text])).toEqual([
      ["REGISTRATION_REJECTED", rejectedText],
    ]);
    await smsLine(phones[3] as string, rejectedText);
  });

  it("a withdrawal promotes the first on the waiting list, who is told; notifications are marked read", async () => {
    const [a, b] = workers as [TestWorker, TestWorker];
    const prisma = api.server.database.prisma;
    const held = await prisma.registration.findFirstOrThrow({
      where: { activityId, state: "CONFIRMED", members: { some: { workerId: a.workerId } } },
    });
    const withdrawn = await api.graphql(
      "mutation($id: ID!) { withdrawRegistration(id: $id) { state } }",
      { id: held.id },
      a.token,
    );
    expect(withdrawn.errors).toBeUndefined();
    const promotedText = `【锦州市总工会】${names[1]}，您报名的${what()}已由候补递补，报名成功。`;
    await smsLine(phones[1] as string, promotedText);
    const forB = await mine(b.token);
    expect(forB.myNotifications.map((row) => [row.kind, row.text])).toEqual([
      ["WAITLIST_PROMOTED", promotedText],
      ["REGISTRATION_APPROVED", expect.stringContaining("现为候补")],
    ]);
    expect(forB._myNotificationsMeta).toEqual({ count: 2, unreadCount: 2 });
    // The unit admin hears of the promotion too (the withdrawing worker was the actor).
    expect((await mine(unitToken)).myNotifications[0]?.text).toBe(
      `【锦州市总工会】${names[1]}报名的${what()}已由候补递补，报名成功。`,
    );

    const marked = await api.graphql<{ markNotificationsRead: { marked: number; unreadCount: number } }>(
      "mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { marked unreadCount } }",
      { ids: [forB.myNotifications[0]?.id] },
      b.token,
    );
    expect(marked.data?.markNotificationsRead).toEqual({ marked: 1, unreadCount: 1 });
    // Someone else's notification cannot be marked.
    const foreign = await api.graphql<{ markNotificationsRead: { marked: number } }>(
      "mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { marked unreadCount } }",
      { ids: [forB.myNotifications[1]?.id] },
      a.token,
    );
    expect(foreign.data?.markNotificationsRead.marked).toBe(0);
    const all = await api.graphql<{ markNotificationsRead: { marked: number; unreadCount: number } }>(
      "mutation { markNotificationsRead(all: true) { marked unreadCount } }",
      {},
      b.token,
    );
    expect(all.data?.markNotificationsRead).toEqual({ marked: 1, unreadCount: 0 });
    const unreadOnly = await api.graphql<{ myNotifications: unknown[] }>(
      "query { myNotifications(unreadOnly: true) { id } }",
      {},
      b.token,
    );
    expect(unreadOnly.data?.myNotifications).toEqual([]);
  });

  it("notifyResultsPublished tells every entrant; no log line ever holds a full phone number", async () => {
    const prisma = api.server.database.prisma;
    const [, b] = workers as [TestWorker, TestWorker];
    await prisma.activity.update({ where: { id: activityId }, data: { state: "PUBLIC_NOTICE" } });
    const count = await prisma.$transaction((tx) => notifyResultsPublished(tx, activityId));
    // Only B's registration is still placed (A withdrew, C was returned, D rejected).
    expect(count).toBe(1);
    const text = `【锦州市总工会】${names[1]}，您参加的“${activityName}”成绩已进入结果公示，公示期内可查看并提出异议，请登录平台查看。`;
    expect((await mine(b.token)).myNotifications[0]).toMatchObject({ kind: "RESULTS_PUBLISHED", text });
    await api.graphql("query { _myNotificationsMeta { count } }", {}, b.token);
    await smsLine(phones[1] as string, text);
    for (const phone of phones) {
      expect(api.logLines.filter((line) => line.includes(phone))).toEqual([]);
    }
    expect(api.logLines.some((line) => line.includes("短信 → 139****"))).toBe(true);
  });

  it("signing in is required", async () => {
    const answer = await api.graphql(notificationsQuery);
    expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
