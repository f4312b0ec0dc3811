import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createOpenActivity, createWorkers, type TestWorker } from "../test/registration-fixtures.ts";

const fields = `id state stateLabel waitingPosition version returnReason rejectionReason
  approvals { level action actorName actorRole reason submission }`;
const registerMutation = `mutation($activityId: ID!, $key: String!) {
  register(activityId: $activityId, categoryKey: "A", idempotencyKey: $key) { ${fields} } }`;
const reviewMutation = `mutation($id: ID!, $action: RegistrationReviewAction!, $reason: String, $version: Int) {
  reviewRegistration(id: $id, action: $action, reason: $reason, version: $version) { ${fields} } }`;
const resubmitMutation = `mutation($id: ID!, $note: String, $version: Int) {
  resubmitRegistration(id: $id, note: $note, version: $version) { ${fields} } }`;

interface Row {
  id: string;
  state: string;
  stateLabel: string;
  waitingPosition: number | null;
  version: number;
  returnReason: string | null;
  rejectionReason: string | null;
  approvals: {
    level: string | null;
    action: string;
    actorName: string;
    actorRole: string;
    reason: string | null;
    submission: number;
  }[];
}

describe.each(testProviders())("reviewing registrations (%s)", (provider) => {
  let api: ApiHarness;
  let inside: TestWorker[];
  let outside: TestWorker[];
  let unitToken: string;
  let unitName: string;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    const unitAccount = await prisma.user.findUniqueOrThrow({
      where: { username: "unit" },
      include: { organization: true },
    });
    unitName = unitAccount.displayName;
    const grassroots = { kind: "GRASSROOTS_UNION" as const };
    const insideUnit = await prisma.organization.findFirstOrThrow({
      where: { ...grassroots, path: { startsWith: unitAccount.organization.path } },
    });
    const outsideUnit = await prisma.organization.findFirstOrThrow({
      where: { ...grassroots, NOT: { path: { startsWith: unitAccount.organization.path } } },
    });
    inside = await createWorkers(api, {
      count: 6,
      organizationId: insideUnit.id,
      prefix: "审核职工",
      firstSequence: 100,
    });
    outside = await createWorkers(api, {
      count: 1,
      organizationId: outsideUnit.id,
      prefix: "审核外区",
      firstSequence: 150,
    });
    unitToken = await api.tokenFor("unit");
  });
  afterAll(() => api?.close());

  const register = async (activityId: number, worker: TestWorker) => {
    const answer = await api.graphql<{ register: Row }>(
      registerMutation,
      { activityId, key: `review-${worker.workerId}-${activityId}` },
      worker.token,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.register as Row;
  };
  const review = (row: Row, action: string, reason?: string, token = unitToken, version: number | null = row.version) =>
    api.graphql<{ reviewRegistration: Row }>(reviewMutation, { id: row.id, action, reason, version }, token);
  const resubmit = (row: Row, token: string, note?: string) =>
    api.graphql<{ resubmitRegistration: Row }>(resubmitMutation, { id: row.id, note, version: row.version }, token);

  it("the unit approves: the registration is placed, and the second beyond capacity waits", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: "REVIEW-CAP", capacity: 1, approvalLevels: ["UNIT"] });
    const first = await register(activity.id, inside[0] as TestWorker);
    const second = await register(activity.id, inside[1] as TestWorker);
    expect(first.stateLabel).toBe("待单位审核");
    const categoryVersion = (await prisma.category.findFirstOrThrow({ where: { activityId: activity.id } })).version;

    const approved = await review(first, "APPROVE", "同意");
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.reviewRegistration).toMatchObject({ state: "CONFIRMED", stateLabel: "已确认" });
    expect(approved.data?.reviewRegistration.approvals).toEqual([
      { level: "UNIT", action: "APPROVE", actorName: unitName, actorRole: "UNIT_ADMIN", reason: "同意", submission: 1 },
    ]);
    const waiting = await review(second, "APPROVE");
    expect(waiting.errors).toBeUndefined();
    expect(waiting.data?.reviewRegistration).toMatchObject({
      state: "WAITLISTED",
      stateLabel: "候补第 1 位",
      waitingPosition: 1,
    });
    // Each placing took the category's lock.
    const category = await prisma.category.findFirstOrThrow({ where: { activityId: activity.id } });
    expect(category.version).toBe(categoryVersion + 2);

    // Nothing left to review.
    const again = await review(approved.data?.reviewRegistration as Row, "APPROVE");
    expect(again.errors?.[0]?.extensions?.code).toBe("REVIEW_REFUSED");
    expect(again.errors?.[0]?.message).toBe("不能审核这份报名：这份报名当前为“已确认”，不在审核中");

    const audit = await prisma.auditEntry.findMany({
      where: { activityId: activity.id, action: "REGISTRATION_APPROVE" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => [entry.entityId, entry.before, entry.after, entry.reason])).toEqual([
      [
        Number(first.id),
        { state: "PENDING_UNIT", submission: 1 },
        { state: "CONFIRMED", submission: 1, level: "UNIT" },
        "同意",
      ],
      [
        Number(second.id),
        { state: "PENDING_UNIT", submission: 1 },
        { state: "WAITLISTED", submission: 1, level: "UNIT" },
        null,
      ],
    ]);
  });

  it("refuses a unit admin outside the registrant's subtree, a worker, and the admin", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: "REVIEW-SCOPE", capacity: 5, approvalLevels: ["UNIT"] });
    const foreign = await register(activity.id, outside[0] as TestWorker);
    const answer = await review(foreign, "APPROVE");
    expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const own = await register(activity.id, inside[2] as TestWorker);
    const byWorker = await review(own, "APPROVE", undefined, (inside[2] as TestWorker).token);
    expect(byWorker.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byAdmin = await review(own, "APPROVE", undefined, await api.tokenFor("admin"));
    expect(byAdmin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // A return without a reason is refused with every reason.
    const noReason = await review(own, "RETURN", "  ");
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: "REVIEW_REFUSED",
      fieldErrors: [{ field: "reason", code: "RETURN_REASON_REQUIRED" }],
    });
    expect(
      await prisma.approval.count({ where: { registrationId: { in: [Number(foreign.id), Number(own.id)] } } }),
    ).toBe(0);
  });

  it("returns with a reason, takes the resubmission back to the unit, then approves", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: "REVIEW-RETURN", capacity: 5, approvalLevels: ["UNIT"] });
    const worker = inside[3] as TestWorker;
    const registered = await register(activity.id, worker);

    const returned = await review(registered, "RETURN", "请补充技能等级证书");
    expect(returned.errors).toBeUndefined();
    const returnedRow = returned.data?.reviewRegistration as Row;
    expect(returnedRow).toMatchObject({
      state: "RETURNED",
      returnReason: "请补充技能等级证书",
      version: registered.version + 1,
    });
    expect(returnedRow.stateLabel).toContain("已退回");
    expect(returnedRow.stateLabel).toContain("请补充技能等级证书");

    // A stale version is refused.
    const stale = await review(registered, "APPROVE");
    expect(stale.errors?.[0]?.extensions?.code).toBe("STALE_VERSION");

    const resubmitted = await resubmit(returnedRow, worker.token, "已补充");
    expect(resubmitted.errors).toBeUndefined();
    const resubmittedRow = resubmitted.data?.resubmitRegistration as Row;
    expect(resubmittedRow).toMatchObject({ state: "PENDING_UNIT", stateLabel: "待单位审核", returnReason: null });

    const approved = await review(resubmittedRow, "APPROVE");
    expect(approved.errors).toBeUndefined();
    const approvedRow = approved.data?.reviewRegistration as Row;
    expect(approvedRow.state).toBe("CONFIRMED");
    expect(
      approvedRow.approvals.map((approval) => [approval.action, approval.level, approval.submission, approval.reason]),
    ).toEqual([
      ["RETURN", "UNIT", 1, "请补充技能等级证书"],
      ["RESUBMIT", null, 2, "已补充"],
      ["APPROVE", "UNIT", 2, null],
    ]);
    expect(approvedRow.approvals[1]?.actorRole).toBe("WORKER");

    const audit = await prisma.auditEntry.findMany({
      where: { activityId: activity.id, entityId: Number(registered.id), action: { startsWith: "REGISTRATION_" } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => [entry.action, (entry.after as { state: string }).state])).toEqual([
      ["REGISTRATION_CREATE", "PENDING_UNIT"],
      ["REGISTRATION_RETURN", "RETURNED"],
      ["REGISTRATION_RESUBMIT", "PENDING_UNIT"],
      ["REGISTRATION_APPROVE", "CONFIRMED"],
    ]);
  });

  it("rejects with a reason, and the worker may register again", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: "REVIEW-REJECT", capacity: 5, approvalLevels: ["UNIT"] });
    const worker = inside[4] as TestWorker;
    const registered = await register(activity.id, worker);
    const rejected = await review(registered, "REJECT", "不是本单位职工");
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data?.reviewRegistration).toMatchObject({ state: "REJECTED", rejectionReason: "不是本单位职工" });
    expect(rejected.data?.reviewRegistration.stateLabel).toContain("未通过");
    const row = await prisma.registration.findUniqueOrThrow({
      where: { id: Number(registered.id) },
      include: { members: true },
    });
    expect(row.liveKey).toBeNull();
    expect(row.members.map((member) => member.liveKey)).toEqual([null]);

    const resubmitRejected = await resubmit(rejected.data?.reviewRegistration as Row, worker.token);
    expect(resubmitRejected.errors?.[0]?.extensions?.code).toBe("REVIEW_REFUSED");

    const answer = await api.graphql<{ register: Row }>(
      registerMutation,
      { activityId: activity.id, key: "after-rejection" },
      worker.token,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.register.state).toBe("PENDING_UNIT");
    const audit = await prisma.auditEntry.findFirstOrThrow({
      where: { entityId: Number(registered.id), action: "REGISTRATION_REJECT" },
    });
    expect(audit).toMatchObject({
      before: { state: "PENDING_UNIT", submission: 1 },
      after: { state: "REJECTED", submission: 1, level: "UNIT" },
      reason: "不是本单位职工",
    });
  });
});
