import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createCandidates, createFixtureActivity, grassrootsUnder } from "../test/nomination-fixtures.ts";

const checkQuery = `query($a: ID!, $c: String!, $ids: [ID!]!) {
  enrolmentCheck(activityId: $a, categoryKey: $c, workerIds: $ids) {
    allowed reasons { code message } workers { workerId workerName eligible reasons { code message } } } }`;
const enrolMutation = `mutation($a: ID!, $c: String!, $ids: [ID!], $key: String!) {
  enrol(activityId: $a, categoryKey: $c, workerIds: $ids, idempotencyKey: $key) { id } }`;

interface Checked {
  enrolmentCheck: {
    allowed: boolean;
    reasons: { code: string; message: string }[];
    workers: {
      workerId: string;
      workerName: string;
      eligible: boolean;
      reasons: { code: string; message: string }[];
    }[];
  } | null;
}

describe.each(testProviders())("enrolment check (%s)", (provider) => {
  let api: ApiHarness;
  let unit: string;
  let unionId: number;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    unit = await api.tokenFor("unit");
    unionId = (await grassrootsUnder(api.server.database.prisma, "JZ-GT")).id;
  }, 120_000);
  afterAll(() => api?.close());

  async function singlesActivity(code: string) {
    return createFixtureActivity(api.server.database.prisma, {
      code,
      kind: "TOURNAMENT",
      approvalLevels: ["UNIT"],
      categories: [
        {
          categoryId: "WS",
          categoryName: "女子单打",
          capacity: null,
          entrant: { type: "INDIVIDUAL", members: { min: 1, max: 1 } },
          eligibility: { gender: "FEMALE" },
          badmintonEvent: null,
        },
      ],
    });
  }

  it("gives each worker's reasons before enrolling, the same as enrol, and writes nothing", async () => {
    const prisma = api.server.database.prisma;
    const activity = await singlesActivity(`CK-${provider}`);
    const [woman, man, entered] = (await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `试算${provider}`,
      specs: [{ gender: "FEMALE" }, { gender: "MALE" }, { gender: "FEMALE" }],
    })) as [number, number, number];
    const enrolled = await api.graphql(enrolMutation, { a: activity.id, c: "WS", ids: [entered], key: "x" }, unit);
    expect(enrolled.errors).toBeUndefined();

    const answer = await api.graphql<Checked>(
      checkQuery,
      { a: activity.id, c: "WS", ids: [woman, man, entered] },
      unit,
    );
    expect(answer.errors).toBeUndefined();
    const check = answer.data?.enrolmentCheck;
    expect(check?.allowed).toBe(false);
    expect(check?.reasons).toEqual([]);
    expect(check?.workers.map((worker) => [worker.workerId, worker.eligible])).toEqual([
      [String(woman), true],
      [String(man), false],
      [String(entered), false],
    ]);
    expect(check?.workers[1]?.reasons).toEqual([
      { code: "GENDER_NOT_ALLOWED", message: `试算${provider}2：性别不符：本项目仅限女职工参加` },
    ]);
    expect(check?.workers[2]?.reasons[0]?.code).toBe("ALREADY_REGISTERED");
    expect(check?.workers[2]?.reasons[0]?.message).toContain("已报名“女子单打”（待单位审核）");

    const alone = await api.graphql<Checked>(checkQuery, { a: activity.id, c: "WS", ids: [woman] }, unit);
    expect(alone.data?.enrolmentCheck?.allowed).toBe(true);
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it("names the activity's reasons and hides workers outside the subtree", async () => {
    const prisma = api.server.database.prisma;
    const quotaActivity = await createFixtureActivity(prisma, {
      code: `CQ-${provider}`,
      kind: "MODEL_WORKER_SELECTION",
    });
    const [own] = (await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `试算名额${provider}`,
      specs: [{ gender: "FEMALE" }],
    })) as [number];
    const quota = await api.graphql<Checked>(checkQuery, { a: quotaActivity.id, c: "MODEL_WORKER", ids: [own] }, unit);
    expect(quota.data?.enrolmentCheck?.allowed).toBe(false);
    expect(quota.data?.enrolmentCheck?.reasons.map((reason) => reason.code)).toEqual(["ENTRY_CHANNEL_NOT_ALLOWED"]);

    const activity = await singlesActivity(`CO-${provider}`);
    const elsewhere = await grassrootsUnder(prisma, "JZ-LH");
    const [stranger] = await createCandidates(prisma, {
      organizationId: elsewhere.id,
      prefix: `试算外${provider}`,
      specs: [{ gender: "FEMALE" }],
    });
    const outside = await api.graphql<Checked>(checkQuery, { a: activity.id, c: "WS", ids: [stranger] }, unit);
    expect(outside.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const worker = await api.tokenFor("worker");
    const refused = await api.graphql<Checked>(checkQuery, { a: activity.id, c: "WS", ids: [own] }, worker);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
