import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createOpenActivity, createWorkers, type TestWorker } from "../test/registration-fixtures.ts";

const fields = "id state stateLabel waitingPosition organizationId version members { workerId name }";
const registerMutation = `mutation($activityId: ID!, $key: String!) {
  register(activityId: $activityId, categoryKey: "A", idempotencyKey: $key) { ${fields} } }`;
const withdrawMutation = `mutation($id: ID!, $reason: String) { withdrawRegistration(id: $id, reason: $reason) { ${fields} } }`;

interface Row {
  id: string;
  state: string;
  stateLabel: string;
  waitingPosition: number | null;
  members: { workerId: string; name: string }[];
}

describe.each(testProviders())("registrations (%s)", (provider) => {
  let api: ApiHarness;
  let inside: TestWorker[];
  let outside: TestWorker[];

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    const unitAccount = await prisma.user.findUniqueOrThrow({
      where: { username: "unit" },
      include: { organization: true },
    });
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
      prefix: "古塔职工",
      firstSequence: 0,
    });
    outside = await createWorkers(api, {
      count: 2,
      organizationId: outsideUnit.id,
      prefix: "外区职工",
      firstSequence: 50,
    });
  });
  afterAll(() => api?.close());

  const register = (activityId: number, worker: TestWorker, key = `key-${worker.workerId}-${activityId}`) =>
    api.graphql<{ register: Row }>(registerMutation, { activityId, key }, worker.token);
  const withdraw = (id: string, token: string, reason?: string) =>
    api.graphql<{ withdrawRegistration: Row }>(withdrawMutation, { id, reason }, token);

  it("refuses a worker who does not qualify, with every reason in Chinese", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, {
      code: "ELIG",
      capacity: 10,
      eligibility: { ageRange: { min: 18, max: 35 }, unionMembershipRequired: true, minimumSkillGrade: "GRADE_1" },
    });
    const answer = await register(activity.id, inside[0] as TestWorker);
    expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_ELIGIBLE");
    expect(answer.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "AGE_OUT_OF_RANGE",
      "UNION_MEMBERSHIP_REQUIRED",
      "SKILL_GRADE_TOO_LOW",
    ]);
    expect(answer.errors?.[0]?.message).toMatch(/^不符合报名条件：年龄不符：报名截止日 2099年5月10日 时您 \d+ 岁/);
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(0);
  });

  it("tells a worker before they fill anything in whether they may enter each category, and why not", async () => {
    const prisma = api.server.database.prisma;
    const optionsQuery = `query($id: ID!) { Activity(id: $id) {
      myEntryOptions { categoryId canRegister needsTeammates registrationId reasons { code message } } } }`;
    type Options = {
      Activity: {
        myEntryOptions: {
          categoryId: string;
          canRegister: boolean;
          needsTeammates: boolean;
          registrationId: string | null;
          reasons: { code: string; message: string }[];
        }[];
      };
    };
    const strict = await createOpenActivity(prisma, {
      code: "OPTIONS-STRICT",
      capacity: 10,
      eligibility: { ageRange: { min: 18, max: 35 }, unionMembershipRequired: true, minimumSkillGrade: "GRADE_1" },
    });
    const worker = inside[5] as TestWorker;
    const refused = await api.graphql<Options>(optionsQuery, { id: strict.id }, worker.token);
    expect(refused.errors).toBeUndefined();
    const [option] = refused.data?.Activity.myEntryOptions ?? [];
    expect(option?.canRegister).toBe(false);
    // The same three reasons registering would give, before anything is filled in.
    expect(option?.reasons.map((reason) => reason.code)).toEqual([
      "AGE_OUT_OF_RANGE",
      "UNION_MEMBERSHIP_REQUIRED",
      "SKILL_GRADE_TOO_LOW",
    ]);
    expect(option?.reasons[0]?.message).toMatch(/^年龄不符：报名截止日 2099年5月10日 时您 \d+ 岁/);

    const plain = await createOpenActivity(prisma, { code: "OPTIONS-PLAIN", capacity: 10 });
    const before = await api.graphql<Options>(optionsQuery, { id: plain.id }, worker.token);
    expect(before.data?.Activity.myEntryOptions).toEqual([
      {
        categoryId: String(plain.categories[0]?.id),
        canRegister: true,
        needsTeammates: false,
        registrationId: null,
        reasons: [],
      },
    ]);
    const registered = await register(plain.id, worker);
    expect(registered.errors).toBeUndefined();
    const after = await api.graphql<Options>(optionsQuery, { id: plain.id }, worker.token);
    expect(after.data?.Activity.myEntryOptions[0]).toMatchObject({
      canRegister: false,
      registrationId: registered.data?.register.id,
      reasons: [{ code: "ALREADY_REGISTERED", message: "您已报名“A 组”（已确认）" }],
    });
    // Nobody else has entry options of their own.
    const asOrganizer = await api.graphql<Options>(optionsQuery, { id: plain.id }, await api.tokenFor("organizer"));
    expect(asOrganizer.data?.Activity.myEntryOptions).toEqual([]);
  });

  it("starts in the approval chain, refuses a second entry, and refuses registering after the deadline", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: "CHAIN", capacity: 10, approvalLevels: ["UNIT"] });
    const worker = inside[0] as TestWorker;
    const first = await register(activity.id, worker);
    expect(first.errors).toBeUndefined();
    expect(first.data?.register).toMatchObject({
      state: "PENDING_UNIT",
      stateLabel: "待单位审核",
      waitingPosition: null,
    });
    expect(first.data?.register.members.map((member) => Number(member.workerId))).toEqual([worker.workerId]);

    // The same request again answers with the same registration; a new request is a second entry.
    const retry = await register(activity.id, worker);
    expect(retry.data?.register.id).toBe(first.data?.register.id);
    const again = await register(activity.id, worker, "another-request");
    expect(again.errors?.[0]?.extensions?.code).toBe("ALREADY_REGISTERED");
    expect(again.errors?.[0]?.message).toBe("您已报名“A 组”（待单位审核），不能重复报名；如要改报，请先撤销原报名");
    // Someone else's idempotency key is not a way to read their registration.
    const borrowed = await register(activity.id, inside[1] as TestWorker, `key-${worker.workerId}-${activity.id}`);
    expect(borrowed.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_REUSED");

    await prisma.activity.update({ where: { id: activity.id }, data: { registrationClosesOn: "2001-01-01" } });
    const late = await register(activity.id, inside[2] as TestWorker);
    expect(late.errors?.[0]).toMatchObject({
      message: "报名已于 2001年1月1日 截止，不能再报名",
      extensions: { code: "REGISTRATION_CLOSED" },
    });
    const admin = await api.tokenFor("admin");
    const notAWorker = await api.graphql(registerMutation, { activityId: activity.id, key: "x" }, admin);
    expect(notAWorker.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("promotes the first waiting registration when a confirmed one is withdrawn, and audits both", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: "WITHDRAW", capacity: 2 });
    const rows: Row[] = [];
    for (const worker of inside.slice(0, 4)) {
      const answer = await register(activity.id, worker);
      expect(answer.errors).toBeUndefined();
      rows.push(answer.data?.register as Row);
    }
    expect(rows.map((row) => row.stateLabel)).toEqual(["已确认", "已确认", "候补第 1 位", "候补第 2 位"]);
    const [first, , third, fourth] = rows as [Row, Row, Row, Row];

    // Someone else's registration is not theirs to withdraw (it looks absent).
    const stranger = await withdraw(first.id, (inside[4] as TestWorker).token);
    expect(stranger.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const withdrawn = await withdraw(first.id, (inside[0] as TestWorker).token);
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data?.withdrawRegistration).toMatchObject({ state: "WITHDRAWN", stateLabel: "已撤销" });

    const admin = await api.tokenFor("admin");
    const read = async (id: string) =>
      (
        await api.graphql<{ Registration: Row }>(
          `query($id: ID!) { Registration(id: $id) { ${fields} } }`,
          { id },
          admin,
        )
      ).data?.Registration;
    expect(await read(third.id)).toMatchObject({ state: "CONFIRMED", waitingPosition: null });
    expect(await read(fourth.id)).toMatchObject({ state: "WAITLISTED", waitingPosition: 1, stateLabel: "候补第 1 位" });
    const audit = await prisma.auditEntry.findMany({
      where: { activityId: activity.id, action: { in: ["REGISTRATION_WITHDRAW", "REGISTRATION_PLACE"] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => [entry.action, entry.entityId, entry.after])).toEqual([
      ["REGISTRATION_WITHDRAW", Number(first.id), { state: "WITHDRAWN", afterDeadline: false }],
      ["REGISTRATION_PLACE", Number(third.id), { state: "CONFIRMED" }],
    ]);

    // The withdrawn worker may register again, at the end of the list.
    const back = await register(activity.id, inside[0] as TestWorker, "coming-back");
    expect(back.data?.register).toMatchObject({ state: "WAITLISTED", stateLabel: "候补第 2 位" });

    // After the deadline the worker cannot withdraw; the owning department's organizer can, with a reason.
    await prisma.activity.update({ where: { id: activity.id }, data: { registrationClosesOn: "2001-01-01" } });
    const late = await withdraw(third.id, (inside[2] as TestWorker).token);
    expect(late.errors?.[0]?.extensions?.code).toBe("WITHDRAWAL_REFUSED");
    expect(late.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "WITHDRAWAL_DEADLINE_PASSED",
    ]);
    const organizer = await api.tokenFor("organizer");
    const noReason = await withdraw(third.id, organizer);
    expect(noReason.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "WITHDRAWAL_REASON_REQUIRED",
    ]);
    const byOrganizer = await withdraw(third.id, organizer, "本人因病不能参赛");
    expect(byOrganizer.data?.withdrawRegistration.state).toBe("WITHDRAWN");
    expect(await read(fourth.id)).toMatchObject({ state: "CONFIRMED" });
    expect(await read(back.data?.register.id as string)).toMatchObject({ waitingPosition: 1 });
  });

  it("shows each role only the registrations that are theirs to see", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: "SCOPE", capacity: null });
    const mine = await register(activity.id, inside[5] as TestWorker);
    const theirs = await register(activity.id, outside[0] as TestWorker);
    const mineId = mine.data?.register.id as string;
    const theirsId = theirs.data?.register.id as string;

    const culturePalace = await prisma.department.findUniqueOrThrow({ where: { name: "文化宫" } });
    const organizer = await prisma.user.findUniqueOrThrow({ where: { username: "organizer" } });
    const otherOrganizer = await prisma.user.create({
      data: {
        username: "organizer-whg-reg",
        passwordHash: organizer.passwordHash,
        displayName: "文化宫 王主任",
        role: "ORGANIZER",
        organizationId: organizer.organizationId,
        departmentId: culturePalace.id,
      },
    });
    const list = async (token: string) => {
      const answer = await api.graphql<{
        allRegistrations: { id: string }[];
        _allRegistrationsMeta: { count: number };
      }>(
        `query($filter: RegistrationFilter) { allRegistrations(filter: $filter) { id }
          _allRegistrationsMeta(filter: $filter) { count } }`,
        { filter: { activityId: activity.id } },
        token,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?._allRegistrationsMeta.count).toBe(answer.data?.allRegistrations.length);
      return answer.data?.allRegistrations.map((row) => row.id).sort();
    };
    const both = [mineId, theirsId].sort();
    expect(await list(await api.tokenFor("admin"))).toEqual(both);
    expect(await list(await api.tokenFor("organizer"))).toEqual(both);
    expect(await list(await api.tokenForUserId(otherOrganizer.id))).toEqual([]);
    expect(await list(await api.tokenFor("unit"))).toEqual([mineId]);
    expect(await list((inside[5] as TestWorker).token)).toEqual([mineId]);
    expect(await list(await api.tokenFor("judge"))).toEqual([]);

    // One record: someone else's looks absent.
    const one = await api.graphql<{ Registration: { id: string } | null }>(
      "query($id: ID!) { Registration(id: $id) { id } }",
      { id: theirsId },
      (inside[5] as TestWorker).token,
    );
    expect(one.data?.Registration).toBeNull();

    // The worker's own entry names its activity, as "my registrations" lists it.
    const own = await api.graphql<{ Registration: { activityName: string } | null }>(
      "query($id: ID!) { Registration(id: $id) { activityName } }",
      { id: mineId },
      (inside[5] as TestWorker).token,
    );
    expect(own.data?.Registration?.activityName).toBe(
      (await prisma.activity.findUniqueOrThrow({ where: { id: Number(activity.id) } })).name,
    );

    // The organization filter takes a whole subtree.
    const unitAccount = await prisma.user.findUniqueOrThrow({ where: { username: "unit" } });
    const bySubtree = await api.graphql<{ allRegistrations: { id: string }[] }>(
      "query($filter: RegistrationFilter) { allRegistrations(filter: $filter) { id } }",
      { filter: { activityId: activity.id, organizationId: unitAccount.organizationId } },
      await api.tokenFor("admin"),
    );
    expect(bySubtree.data?.allRegistrations.map((row) => row.id)).toEqual([mineId]);
  });
});
