import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createFixtureActivity, organizationByCode } from "../test/nomination-fixtures.ts";

const allocateMutation = `mutation($activityId: ID!, $total: Int, $organizations: [QuotaOrganizationInput!]!) {
  allocateQuotas(activityId: $activityId, total: $total, organizations: $organizations) {
    total placesByWeight weightSum wholePartsTotal extraPlaces working
    rows { organizationCode weight minimum exactShare wholePart remainder remainderRank extraPlace places }
  } }`;

interface AllocationAnswer {
  allocateQuotas: {
    total: number;
    placesByWeight: number;
    weightSum: string;
    wholePartsTotal: number;
    extraPlaces: number;
    working: string[];
    rows: {
      organizationCode: string;
      weight: string;
      minimum: number;
      exactShare: string;
      wholePart: number;
      remainder: string;
      remainderRank: number | null;
      extraPlace: boolean;
      places: number;
    }[];
  };
}

describe.each(testProviders())("quota allocation (%s)", (provider) => {
  let api: ApiHarness;
  let organizer: string;
  let ids: Record<string, number>;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    organizer = await api.tokenFor("organizer");
    const prisma = api.server.database.prisma;
    ids = {};
    for (const code of ["JZ-GT", "JZ-LH", "JZ-TH"]) ids[code] = (await organizationByCode(prisma, code)).id;
  }, 120_000);
  afterAll(() => api?.close());

  it("splits by largest remainder, giving a tied remainder to the smaller weight, then by code", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createFixtureActivity(prisma, { code: `QA-${provider}`, kind: "MODEL_WORKER_SELECTION" });
    // The template gives every organization 1 place first; both cases pass their own minimums.
    // Allocation A (total 5, minimums 0): shares 古塔 5 × 2 ÷ 20 = 0.5, 凌河 5 × 6 ÷ 20 = 1.5, 太和 5 × 12 ÷ 20 = 3
    //   → whole parts 0 + 1 + 3 = 4, one place left; remainders 0.5, 0.5, 0: a tie between 古塔 and
    //   凌河, and 古塔 has the smaller weight (2 < 6), so 古塔 gets it. Places: 古塔 1, 凌河 1, 太和 3.
    const first = await api.graphql<AllocationAnswer>(
      allocateMutation,
      {
        activityId: activity.id,
        total: 5,
        organizations: [
          { organizationId: ids["JZ-GT"], weight: "2", minimum: 0 },
          { organizationId: ids["JZ-LH"], weight: "6", minimum: 0 },
          { organizationId: ids["JZ-TH"], weight: "12", minimum: 0 },
        ],
      },
      organizer,
    );
    expect(first.errors).toBeUndefined();
    const a = first.data?.allocateQuotas;
    expect(a?.weightSum).toBe("20");
    expect(a?.wholePartsTotal).toBe(4);
    expect(a?.extraPlaces).toBe(1);
    expect(
      a?.rows.map((row) => [row.organizationCode, row.exactShare, row.remainder, row.remainderRank, row.places]),
    ).toEqual([
      ["JZ-GT", "1/2", "1/2", 1, 1],
      ["JZ-LH", "3/2", "1/2", 2, 1],
      ["JZ-TH", "3", "0", null, 3],
    ]);
    expect(a?.working.some((line) => line.startsWith("古塔区总工会：5 × 2 ÷ 20 = 0.5，整数部分 0 名"))).toBe(true);

    // Allocation B (re-allocated before any nomination; total 5, each minimum 1, weights 古塔 2, 凌河 1, 太和 1):
    //   5 − 3 = 2 split by weight over a sum of 4: 古塔 2 × 2 ÷ 4 = 1, 凌河 2 × 1 ÷ 4 = 0.5, 太和 0.5
    //   → whole parts 1 + 0 + 0 = 1, one left; 凌河 and 太和 tie on remainder (0.5) and on weight (1), so
    //   the code decides: "JZ-LH" < "JZ-TH", 凌河 gets it. Places: 古塔 1 + 1 = 2, 凌河 1 + 1 = 2, 太和 1.
    const second = await api.graphql<AllocationAnswer>(
      allocateMutation,
      {
        activityId: activity.id,
        total: 5,
        organizations: [
          { organizationId: ids["JZ-TH"], weight: "1", minimum: 1 },
          { organizationId: ids["JZ-LH"], weight: "1", minimum: 1 },
          { organizationId: ids["JZ-GT"], weight: "2", minimum: 1 },
        ],
      },
      organizer,
    );
    expect(second.errors).toBeUndefined();
    expect(
      second.data?.allocateQuotas.rows.map((row) => [row.organizationCode, row.remainderRank, row.places]),
    ).toEqual([
      ["JZ-TH", 2, 1],
      ["JZ-LH", 1, 2],
      ["JZ-GT", null, 2],
    ]);

    // The stored quotas give the same working back, and every allocation is audited.
    const shown = await api.graphql<{
      quotaAllocation: { total: number; rows: { organizationCode: string; places: number }[] };
      allQuotas: { organizationCode: string; allocatedPlaces: number; remainingPlaces: number }[];
    }>(
      `query($id: ID!) { quotaAllocation(activityId: $id) { total rows { organizationCode places } }
        allQuotas(filter: { activityId: $id }) { organizationCode allocatedPlaces remainingPlaces } }`,
      { id: activity.id },
      await api.tokenFor("unit"),
    );
    expect(shown.data?.quotaAllocation.total).toBe(5);
    expect(shown.data?.quotaAllocation.rows.map((row) => row.places)).toEqual([1, 2, 2]);
    expect(
      shown.data?.allQuotas.map((quota) => [quota.organizationCode, quota.allocatedPlaces, quota.remainingPlaces]),
    ).toEqual([
      ["JZ-TH", 1, 1],
      ["JZ-LH", 2, 2],
      ["JZ-GT", 2, 2],
    ]);
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "QUOTA_ALLOCATE" } })).toBe(2);
  });

  it("grants extra places with a reason, audited, and refuses other roles and bad input", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createFixtureActivity(prisma, { code: `QX-${provider}`, kind: "MODEL_WORKER_SELECTION" });
    const organizations = [{ organizationId: ids["JZ-GT"], weight: "3" }];
    for (const username of ["unit", "worker", "judge"]) {
      const refused = await api.graphql(
        allocateMutation,
        { activityId: activity.id, total: 4, organizations },
        await api.tokenFor(username),
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const grassroots = await prisma.organization.findFirstOrThrow({ where: { kind: "GRASSROOTS_UNION" } });
    const notAHolder = await api.graphql(
      allocateMutation,
      { activityId: activity.id, total: 4, organizations: [{ organizationId: grassroots.id, weight: "1" }] },
      organizer,
    );
    expect(notAHolder.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(notAHolder.errors?.[0]?.message).toBe(`${grassroots.name}不是县(市)区总工会或产业工会，不能分配名额`);
    expect(await prisma.quota.count({ where: { activityId: activity.id } })).toBe(0);

    await api.graphql(allocateMutation, { activityId: activity.id, total: 4, organizations }, organizer);
    const quota = await prisma.quota.findFirstOrThrow({ where: { activityId: activity.id } });
    const grantMutation = `mutation($id: ID!, $n: Int!, $reason: String!) {
      grantExtraPlaces(quotaId: $id, extraPlaces: $n, reason: $reason) { allocatedPlaces extraPlaces allowedPlaces overrideReason } }`;
    const noReason = await api.graphql(grantMutation, { id: quota.id, n: 1, reason: " " }, organizer);
    expect(noReason.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(noReason.errors?.[0]?.message).toBe("破例须填写理由");
    const byUnit = await api.graphql(
      grantMutation,
      { id: quota.id, n: 1, reason: "多推荐一名" },
      await api.tokenFor("unit"),
    );
    expect(byUnit.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const granted = await api.graphql<{ grantExtraPlaces: Record<string, unknown> }>(
      grantMutation,
      { id: quota.id, n: 2, reason: "该区一线职工先进事迹突出，经研究追加" },
      organizer,
    );
    expect(granted.data?.grantExtraPlaces).toEqual({
      allocatedPlaces: 4,
      extraPlaces: 2,
      allowedPlaces: 6,
      overrideReason: "该区一线职工先进事迹突出，经研究追加",
    });
    const audit = await prisma.auditEntry.findFirstOrThrow({
      where: { activityId: activity.id, action: "QUOTA_EXTRA_PLACES" },
    });
    expect(audit.after).toEqual({ extraPlaces: 2, added: 2 });
    expect(audit.reason).toBe("该区一线职工先进事迹突出，经研究追加");
  });
});
