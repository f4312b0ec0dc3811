import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createCandidates, createFixtureActivity, grassrootsUnder } from "../test/nomination-fixtures.ts";

const enrolMutation = `mutation($a: ID!, $c: String!, $ids: [ID!], $key: String!) {
  enrol(activityId: $a, categoryKey: $c, workerIds: $ids, idempotencyKey: $key) {
    id state stateLabel channel entrantType version members { workerId } } }`;
const reviewMutation = `mutation($id: ID!, $version: Int) {
  reviewRegistration(id: $id, action: APPROVE, version: $version) { id state stateLabel } }`;

interface Enrolled {
  enrol: {
    id: string;
    state: string;
    stateLabel: string;
    channel: string;
    entrantType: string;
    version: number;
  } | null;
}

describe.each(testProviders())("unit enrolment (%s)", (provider) => {
  let api: ApiHarness;
  let unit: string;
  let unionId: number;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    unit = await api.tokenFor("unit");
    unionId = (await grassrootsUnder(api.server.database.prisma, "JZ-GT")).id;
  }, 120_000);
  afterAll(() => api?.close());

  async function singlesActivity(code: string, approvalLevels: ("UNIT" | "COUNTY_OR_INDUSTRY" | "ORGANIZER")[]) {
    return createFixtureActivity(api.server.database.prisma, {
      code,
      kind: "TOURNAMENT",
      approvalLevels,
      categories: [
        {
          categoryId: "WS",
          categoryName: "女子单打",
          capacity: 1,
          entrant: { type: "INDIVIDUAL", members: { min: 1, max: 1 } },
          eligibility: { gender: "FEMALE" },
          badmintonEvent: null,
        },
      ],
    });
  }

  it("goes through the same eligibility, approval chain and places as a worker's own registration", async () => {
    const prisma = api.server.database.prisma;
    const activity = await singlesActivity(`EN-${provider}`, ["UNIT"]);
    const [first, second, man] = (await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `单位报名${provider}`,
      specs: [{ gender: "FEMALE" }, { gender: "FEMALE" }, { gender: "MALE" }],
    })) as [number, number, number];

    const refused = await api.graphql<Enrolled>(enrolMutation, { a: activity.id, c: "WS", ids: [man], key: "m" }, unit);
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_ELIGIBLE");
    expect(refused.errors?.[0]?.message).toBe(`不符合报名条件：单位报名${provider}3：性别不符：本项目仅限女职工参加`);

    const one = await api.graphql<Enrolled>(enrolMutation, { a: activity.id, c: "WS", ids: [first], key: "1" }, unit);
    const two = await api.graphql<Enrolled>(enrolMutation, { a: activity.id, c: "WS", ids: [second], key: "2" }, unit);
    expect(one.data?.enrol).toMatchObject({
      state: "PENDING_UNIT",
      channel: "UNIT_NOMINATION",
      entrantType: "INDIVIDUAL",
    });
    // The same key again answers with the first enrolment and writes nothing.
    const retry = await api.graphql<Enrolled>(enrolMutation, { a: activity.id, c: "WS", ids: [first], key: "1" }, unit);
    expect(retry.data?.enrol?.id).toBe(one.data?.enrol?.id);

    // The unit approves both: one place, so the first is confirmed and the second waits (候补第 1 位).
    const approvedOne = await api.graphql<{ reviewRegistration: { state: string } }>(
      reviewMutation,
      { id: one.data?.enrol?.id },
      unit,
    );
    const approvedTwo = await api.graphql<{ reviewRegistration: { state: string; stateLabel: string } }>(
      reviewMutation,
      { id: two.data?.enrol?.id },
      unit,
    );
    expect(approvedOne.data?.reviewRegistration.state).toBe("CONFIRMED");
    expect(approvedTwo.data?.reviewRegistration).toMatchObject({ state: "WAITLISTED", stateLabel: "候补第 1 位" });
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(2);
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "ENROL" } })).toBe(2);
  });

  it("places at once when the activity has no approval chain", async () => {
    const prisma = api.server.database.prisma;
    const activity = await singlesActivity(`EP-${provider}`, []);
    const [first, second] = await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `直接${provider}`,
      specs: [{ gender: "FEMALE" }, { gender: "FEMALE" }],
    });
    const one = await api.graphql<Enrolled>(enrolMutation, { a: activity.id, c: "WS", ids: [first], key: "1" }, unit);
    const two = await api.graphql<Enrolled>(enrolMutation, { a: activity.id, c: "WS", ids: [second], key: "2" }, unit);
    expect([one.data?.enrol?.state, two.data?.enrol?.state]).toEqual(["CONFIRMED", "WAITLISTED"]);
  });

  it("sends quota activities to nominations and refuses entries outside the subtree", async () => {
    const prisma = api.server.database.prisma;
    const quotaActivity = await createFixtureActivity(prisma, {
      code: `EQ-${provider}`,
      kind: "MODEL_WORKER_SELECTION",
    });
    const [own] = await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `名额${provider}`,
      specs: [{ gender: "FEMALE" }],
    });
    const quota = await api.graphql(
      enrolMutation,
      { a: quotaActivity.id, c: "MODEL_WORKER", ids: [own], key: "q" },
      unit,
    );
    expect(quota.errors?.[0]?.extensions?.code).toBe("ENTRY_CHANNEL_NOT_ALLOWED");

    const activity = await singlesActivity(`EO-${provider}`, ["UNIT"]);
    const elsewhere = await grassrootsUnder(prisma, "JZ-LH");
    const [stranger] = await createCandidates(prisma, {
      organizationId: elsewhere.id,
      prefix: `外单位${provider}`,
      specs: [{ gender: "FEMALE" }],
    });
    const outside = await api.graphql(enrolMutation, { a: activity.id, c: "WS", ids: [stranger], key: "o" }, unit);
    expect(outside.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(outside.errors?.[0]?.message).toBe("名单中有职工不存在或不在您管理的范围内");
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(0);
  });
});
