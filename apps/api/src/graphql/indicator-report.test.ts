import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createFixtureActivity, grassrootsUnder } from "../test/nomination-fixtures.ts";

const fileMutation = `mutation($r: ID!, $p: String!, $values: [IndicatorValueInput!]!, $v: Int) {
  fileIndicatorReport(registrationId: $r, period: $p, values: $values, version: $v) {
    id period version values { key value } filedByName } }`;

interface Filed {
  fileIndicatorReport: { id: string; period: string; version: number; values: { key: string; value: string }[] } | null;
}

describe.each(testProviders())("labor competition indicator reports (%s)", (provider) => {
  let api: ApiHarness;
  let unit: string;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    unit = await api.tokenFor("unit");
  }, 120_000);
  afterAll(() => api?.close());

  it("enrols a unit, files its quarter's indicators as exact decimals, and refuses a stale correction", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createFixtureActivity(prisma, { code: `LC-${provider}`, kind: "LABOR_COMPETITION" });
    const enterprise = await grassrootsUnder(prisma, "JZ-GT");
    const enrolled = await api.graphql<{ enrol: { id: string; entrantType: string; name: string } }>(
      `mutation($a: ID!, $o: ID!) { enrol(activityId: $a, categoryKey: "TEAMS", organizationId: $o, idempotencyKey: "lc") {
        id entrantType name } }`,
      { a: activity.id, o: enterprise.id },
      unit,
    );
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data?.enrol).toMatchObject({ entrantType: "UNIT", name: enterprise.name });
    const twice = await api.graphql(
      `mutation($a: ID!, $o: ID!) { enrol(activityId: $a, categoryKey: "TEAMS", organizationId: $o, idempotencyKey: "lc2") { id } }`,
      { a: activity.id, o: enterprise.id },
      unit,
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe("ALREADY_REGISTERED");
    const registrationId = enrolled.data?.enrol.id;

    // Listed back by key: energy before safety.
    const values = [
      { key: "energy", value: "12.125" },
      { key: "safety", value: "98.50" },
    ];
    const filed = await api.graphql<Filed>(fileMutation, { r: registrationId, p: "2099-Q1", values }, unit);
    expect(filed.errors).toBeUndefined();
    expect(filed.data?.fileIndicatorReport).toMatchObject({ period: "2099-Q1", version: 0, values });

    // Two people correct the same report from version 0: the first lands (version 1), the second is refused.
    const corrected = await api.graphql<Filed>(
      fileMutation,
      { r: registrationId, p: "2099-Q1", values: [{ key: "safety", value: "99" }], v: 0 },
      unit,
    );
    expect(corrected.data?.fileIndicatorReport?.version).toBe(1);
    const stale = await api.graphql<Filed>(
      fileMutation,
      { r: registrationId, p: "2099-Q1", values: [{ key: "safety", value: "97" }], v: 0 },
      unit,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("STALE_VERSION");
    expect(stale.errors?.[0]?.message).toBe("该期指标已被他人修改，请刷新后再填报");
    const withoutVersion = await api.graphql<Filed>(fileMutation, { r: registrationId, p: "2099-Q1", values }, unit);
    expect(withoutVersion.errors?.[0]?.extensions?.code).toBe("STALE_VERSION");

    const bad = await api.graphql(
      fileMutation,
      { r: registrationId, p: "2099 第一季度", values: [{ key: "safety", value: "1e3" }] },
      unit,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "PERIOD_FORMAT",
      "INDICATOR_VALUE_FORMAT",
    ]);

    await api.graphql<Filed>(fileMutation, { r: registrationId, p: "2099-Q2", values }, unit);

    // The organizer (生产保护部 owns labor competitions) lists the reports per period.
    const organizer = await api.tokenFor("organizer");
    const listed = await api.graphql<{
      allIndicatorReports: { period: string; version: number; values: { key: string; value: string }[] }[];
    }>(
      `query($a: ID!, $p: String) { allIndicatorReports(filter: { activityId: $a, period: $p }) { period version values { key value } } }`,
      { a: activity.id, p: "2099-Q1" },
      organizer,
    );
    expect(listed.data?.allIndicatorReports).toEqual([
      { period: "2099-Q1", version: 1, values: [{ key: "safety", value: "99" }] },
    ]);
    const stored = await prisma.indicatorReport.findFirstOrThrow({
      where: { activityId: activity.id, period: "2099-Q1" },
    });
    expect(stored.values).toEqual({ safety: "99" });

    const audit = await prisma.auditEntry.findMany({
      where: { activityId: activity.id, action: "INDICATOR_REPORT_FILE" },
      orderBy: { id: "asc" },
    });
    expect(audit).toHaveLength(3);
    expect(audit[1]?.before).toEqual({ period: "2099-Q1", values: { safety: "98.50", energy: "12.125" } });
    expect(audit[1]?.after).toMatchObject({ values: { safety: "99" } });
  });

  it("refuses reports from outside the unit's subtree and from workers", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createFixtureActivity(prisma, { code: `LCS-${provider}`, kind: "LABOR_COMPETITION" });
    const elsewhere = await grassrootsUnder(prisma, "JZ-LH");
    const outside = await api.graphql(
      `mutation($a: ID!, $o: ID!) { enrol(activityId: $a, categoryKey: "TEAMS", organizationId: $o, idempotencyKey: "x") { id } }`,
      { a: activity.id, o: elsewhere.id },
      unit,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const admin = await api.tokenFor("admin");
    const entry = await api.graphql<{ enrol: { id: string } }>(
      `mutation($a: ID!, $o: ID!) { enrol(activityId: $a, categoryKey: "TEAMS", organizationId: $o, idempotencyKey: "y") { id } }`,
      { a: activity.id, o: elsewhere.id },
      admin,
    );
    expect(entry.errors).toBeUndefined();
    const values = [{ key: "safety", value: "90" }];
    const notTheirs = await api.graphql(fileMutation, { r: entry.data?.enrol.id, p: "2099-Q1", values }, unit);
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const byWorker = await api.graphql(
      fileMutation,
      { r: entry.data?.enrol.id, p: "2099-Q1", values },
      await api.tokenFor("worker"),
    );
    expect(byWorker.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await prisma.indicatorReport.count({ where: { activityId: activity.id } })).toBe(0);
  });
});
