import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createFixtureActivity, grassrootsUnder } from "../test/nomination-fixtures.ts";

const fileMutation = `mutation($r: ID!, $p: String!, $values: [IndicatorValueInput!]!, $v: Int) {
  fileIndicatorReport(registrationId: $r, period: $p, values: $values, version: $v) {
    id version reviewState reviewStateLabel reviewReason } }`;

const reviewMutation = `mutation($id: ID!, $v: Int!, $d: IndicatorReportDecision!, $reason: String) {
  reviewIndicatorReport(id: $id, version: $v, decision: $d, reason: $reason) {
    id version reviewState reviewStateLabel reviewReason reviewedByName reviewedAt } }`;

interface Report {
  id: string;
  version: number;
  reviewState: string;
  reviewStateLabel: string;
  reviewReason: string | null;
  reviewedByName?: string | null;
  reviewedAt?: string | null;
}

interface GraphqlError {
  message: string;
  extensions?: { code?: string; fieldErrors?: { field: string; code: string; message: string }[] };
}

describe.each(testProviders())("reviewing labor competition indicator reports (%s)", (provider) => {
  let api: ApiHarness;
  let unit: string;
  let organizer: string;
  let registrationId: string;
  let activityId: number;

  const file = async (period: string, values: { key: string; value: string }[], version?: number) => {
    const result = await api.graphql<{ fileIndicatorReport: Report }>(
      fileMutation,
      { r: registrationId, p: period, values, v: version ?? null },
      unit,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.fileIndicatorReport as Report;
  };
  const review = (token: string, id: string, version: number, decision: string, reason?: string) =>
    api.graphql<{ reviewIndicatorReport: Report }>(
      reviewMutation,
      { id, v: version, d: decision, reason: reason ?? null },
      token,
    ) as Promise<{ data?: { reviewIndicatorReport: Report }; errors?: GraphqlError[] }>;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    unit = await api.tokenFor("unit");
    organizer = await api.tokenFor("organizer");
    const prisma = api.server.database.prisma;
    const activity = await createFixtureActivity(prisma, { code: `LCR-${provider}`, kind: "LABOR_COMPETITION" });
    activityId = activity.id;
    const enterprise = await grassrootsUnder(prisma, "JZ-GT");
    const enrolled = await api.graphql<{ enrol: { id: string } }>(
      `mutation($a: ID!, $o: ID!) { enrol(activityId: $a, categoryKey: "TEAMS", organizationId: $o, idempotencyKey: "lcr") { id } }`,
      { a: activity.id, o: enterprise.id },
      unit,
    );
    expect(enrolled.errors).toBeUndefined();
    registrationId = enrolled.data?.enrol.id as string;
  }, 120_000);
  afterAll(() => api?.close());

  it("files a report awaiting review, refuses a return without reason, a stale version and other people", async () => {
    const filed = await file("2099-Q1", [{ key: "safety", value: "98.5" }]);
    expect(filed).toMatchObject({ version: 0, reviewState: "PENDING", reviewStateLabel: "待审核", reviewReason: null });

    const noReason = await review(organizer, filed.id, 0, "RETURN", "  ");
    expect(noReason.errors?.[0]?.extensions?.code).toBe("INDICATOR_REPORT_REVIEW_REFUSED");
    expect(noReason.errors?.[0]?.message).toBe("退回须填写原因");
    expect(noReason.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "REVIEW_REASON_REQUIRED",
    ]);

    const tooLong = await review(organizer, filed.id, 0, "RETURN", "长".repeat(501));
    expect(tooLong.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "REVIEW_REASON_TOO_LONG",
    ]);

    const stale = await review(organizer, filed.id, 5, "APPROVE");
    expect(stale.errors?.[0]?.extensions?.code).toBe("STALE_VERSION");

    // 文化宫 does not own labor competitions; unit admins and workers do not review.
    for (const username of ["culture", "unit", "worker"]) {
      const other = await review(await api.tokenFor(username), filed.id, 0, "APPROVE");
      expect(other.errors?.[0]?.extensions?.code, username).toBe("FORBIDDEN");
    }
    const stored = await api.server.database.prisma.indicatorReport.findUniqueOrThrow({
      where: { id: Number(filed.id) },
    });
    expect(stored).toMatchObject({ reviewState: "PENDING", version: 0, reviewedById: null });
  });

  it("returns with a reason, refiles as a new version awaiting review, then approves; audited with history", async () => {
    const filed = await file("2099-Q2", [{ key: "energy", value: "12.125" }]);
    const returned = await review(organizer, filed.id, filed.version, "RETURN", "安全指标缺少佐证，请核实后重报");
    expect(returned.errors).toBeUndefined();
    expect(returned.data?.reviewIndicatorReport).toMatchObject({
      version: filed.version + 1,
      reviewState: "RETURNED",
      reviewStateLabel: "已退回（退回原因：安全指标缺少佐证，请核实后重报）",
      reviewReason: "安全指标缺少佐证，请核实后重报",
      reviewedByName: expect.any(String),
    });
    const returnedVersion = returned.data?.reviewIndicatorReport.version as number;

    const again = await review(organizer, filed.id, returnedVersion, "APPROVE");
    expect(again.errors?.[0]?.extensions?.code).toBe("INDICATOR_REPORT_REVIEW_REFUSED");
    expect(again.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe("INDICATOR_REPORT_NOT_PENDING");
    expect(again.errors?.[0]?.message).toBe("这期指标已退回，单位重新填报后才能再审核");

    // The unit's old version is stale after the decision; with the version read it refiles.
    const staleRefile = await api.graphql(
      fileMutation,
      { r: registrationId, p: "2099-Q2", values: [{ key: "energy", value: "12" }], v: filed.version },
      unit,
    );
    expect(staleRefile.errors?.[0]?.extensions?.code).toBe("STALE_VERSION");
    const refiled = await file(
      "2099-Q2",
      [
        { key: "energy", value: "12.5" },
        { key: "safety", value: "99" },
      ],
      returnedVersion,
    );
    expect(refiled).toMatchObject({
      version: returnedVersion + 1,
      reviewState: "PENDING",
      reviewStateLabel: "待审核",
      reviewReason: null,
    });

    const pending = await api.graphql<{ allIndicatorReports: { id: string }[] }>(
      `query($a: ID!) { allIndicatorReports(filter: { activityId: $a, reviewState: PENDING }) { id } }`,
      { a: activityId },
      organizer,
    );
    expect(pending.data?.allIndicatorReports.map((report) => report.id)).toContain(filed.id);

    const approved = await review(organizer, filed.id, refiled.version, "APPROVE", "数据已核实");
    expect(approved.data?.reviewIndicatorReport).toMatchObject({
      reviewState: "APPROVED",
      reviewStateLabel: "已通过",
      reviewReason: "数据已核实",
    });

    const history = await api.graphql<{
      IndicatorReport: {
        history: { action: string; version: number; values: { key: string; value: string }[]; reason: string | null }[];
      };
    }>(
      `query($id: ID!) { IndicatorReport(id: $id) { history { action version actorName values { key value } reason } } }`,
      { id: filed.id },
      unit,
    );
    expect(history.errors).toBeUndefined();
    expect(history.data?.IndicatorReport.history).toEqual([
      expect.objectContaining({
        action: "FILE",
        version: 0,
        values: [{ key: "energy", value: "12.125" }],
        reason: null,
      }),
      expect.objectContaining({ action: "RETURN", version: 0, values: [], reason: "安全指标缺少佐证，请核实后重报" }),
      expect.objectContaining({
        action: "FILE",
        version: 2,
        values: [
          { key: "energy", value: "12.5" },
          { key: "safety", value: "99" },
        ],
      }),
      expect.objectContaining({ action: "APPROVE", version: 2, reason: "数据已核实" }),
    ]);

    const audit = await api.server.database.prisma.auditEntry.findMany({
      where: { entityType: "IndicatorReport", entityId: Number(filed.id), action: { startsWith: "INDICATOR_REPORT_" } },
      orderBy: { id: "asc" },
      select: { action: true, reason: true, before: true, after: true },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      "INDICATOR_REPORT_FILE",
      "INDICATOR_REPORT_RETURN",
      "INDICATOR_REPORT_FILE",
      "INDICATOR_REPORT_APPROVE",
    ]);
    expect(audit[1]).toMatchObject({
      reason: "安全指标缺少佐证，请核实后重报",
      before: { reviewState: "PENDING", version: 0 },
      after: { reviewState: "RETURNED", version: 1 },
    });
  });

  it("lets one of two simultaneous decisions land", async () => {
    const filed = await file("2099-Q3", [{ key: "safety", value: "90" }]);
    const [first, second] = await Promise.all([
      review(organizer, filed.id, filed.version, "APPROVE"),
      review(organizer, filed.id, filed.version, "RETURN", "数据有误"),
    ]);
    const landed = [first, second].filter((result) => result.errors === undefined);
    expect(landed).toHaveLength(1);
    const refusal = [first, second].find((result) => result.errors !== undefined);
    expect(["STALE_VERSION", "INDICATOR_REPORT_REVIEW_REFUSED"]).toContain(refusal?.errors?.[0]?.extensions?.code);
    const decisions = await api.server.database.prisma.auditEntry.count({
      where: { entityId: Number(filed.id), action: { in: ["INDICATOR_REPORT_APPROVE", "INDICATOR_REPORT_RETURN"] } },
    });
    expect(decisions).toBe(1);
  });
});
