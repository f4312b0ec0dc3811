// 劳动竞赛: the 2015 "当好主力军、建功'十二五'、共筑中国梦" labor competition, run by 生产保护部 through the
// documented API only: 古塔区's units and 班组 entered by its unit admin, quarterly indicator reports
// filed and corrected (a stale correction refused), the year-end evaluation on the template's six
// actions, 工人先锋号 titles, a public notice over the 2016 New Year holiday, finalize and
// certificates (suggestion 7: certificates for internal competitions). Expected numbers are worked
// by hand in the comments.
import type { DatabaseProvider } from "@jinzhou/db";
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { type Scenario, startScenario } from "./scenario-client.ts";

function at(chinaTime: string): void {
  vi.setSystemTime(new Date(`${chinaTime}+08:00`));
}

let key = 0;
const nextKey = (): string => `ldjs-2015-${++key}`;

/** The six actions' maxima in the template: 岗位建功 20, 工作创新 20, 技能提高 15, 节能减排 15, 安全生产 20, 班组创优 10. */
const criterionKeys = ["merit", "innovation", "skills", "energy", "safety", "excellence"] as const;

describe.each(testProviders())("the 2015 labor competition (%s)", (provider: DatabaseProvider) => {
  let scenario: Scenario | undefined;
  afterEach(async () => {
    await scenario?.close();
    scenario = undefined;
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it("runs from enrolment to 工人先锋号 certificates", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("2015-03-02T09:00:00");
    scenario = await startScenario(provider);
    const s = scenario;
    const org = s.actor("organizer");
    const unit = s.actor("unit");

    // ── Set-up ──
    const { allDepartments } = await org.run<{ allDepartments: { id: string; code: string }[] }>(
      `query { allDepartments(perPage: 50) { id code } }`,
    );
    const { createActivity: created } = await org.run<{
      createActivity: { id: string; version: number; configuration: Record<string, unknown> };
    }>(
      `mutation Create($departmentId: ID!) {
        createActivity(kind: LABOR_COMPETITION, code: "JZ-2015-LDJS", name: "“当好主力军、建功‘十二五’、共筑中国梦”劳动竞赛",
                       year: 2015, departmentId: $departmentId, registrationOpensOn: "2015-03-02", registrationClosesOn: "2015-03-31",
                       judgingEndsOn: "2015-12-25", completedBy: "2015-12-31", deadlinePhrase: "全年") {
          id version configuration
        }
      }`,
      { departmentId: allDepartments.find((d) => d.code === "SCBHB")?.id },
    );
    const activityId = created.id;
    const template = created.configuration as {
      entryChannels: string[];
      categories: { categoryId: string; entrant: { type: string } }[];
      rounds: Record<string, unknown>[];
      awards: { tiers: { name: string }[] };
    };
    // The template: entries only from units; 班组 entered as units; one judged round on the six actions
    // (plain mean of 5 judges); 工人先锋号 titles.
    expect(template.entryChannels).toEqual(["UNIT_NOMINATION"]);
    expect(template.categories.map((c) => [c.categoryId, c.entrant.type])).toEqual([["TEAMS", "UNIT"]]);
    const [indicators] = template.rounds as [
      { key: string; kind: string; judgesPerEntry: number; criteriaScoring: { aggregation: { method: string } } },
    ];
    expect([
      indicators.key,
      indicators.kind,
      indicators.judgesPerEntry,
      indicators.criteriaScoring.aggregation.method,
    ]).toEqual(["indicators", "CRITERIA_SCORING", 5, "MEAN"]);
    expect(template.awards.tiers.map((t) => t.name)).toEqual(["工人先锋号"]);

    // The organizer adjusts: a 参赛单位 group beside the 班组 group; the chain 单位审核 → 主办审核;
    // one 工人先锋号 per group this year; certificates for every entry (荣誉证书 and 参赛证书).
    const unitCategory = { ...(created.configuration.categories as Record<string, unknown>[])[0] };
    const configuration = {
      ...created.configuration,
      categories: [
        { ...unitCategory, categoryId: "UNITS", categoryName: "参赛单位" },
        { ...unitCategory, categoryId: "TEAMS", categoryName: "班组" },
      ],
      approvalChain: { levels: ["UNIT", "ORGANIZER"] },
      awards: {
        ...(created.configuration.awards as Record<string, unknown>),
        tiers: [{ key: "PIONEER", name: "工人先锋号", size: { by: "COUNT", count: 1 } }],
      },
      certificates: { awards: true, participation: true, numberPrefix: "JZ-2015-LDJS", issuerName: "锦州市总工会" },
    };
    await org.run(
      `mutation Adjust($id: ID!, $version: Int!, $configuration: JSON) { updateActivity(id: $id, version: $version, configuration: $configuration) { id version } }`,
      { id: activityId, version: created.version, configuration },
    );
    await org.run(`mutation Open($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_OPEN) { state } }`, {
      id: activityId,
    });

    // ── 古塔区's unit admin enters two units and two 班组 ──
    at("2015-03-10T10:00:00");
    const enrol = async (categoryKey: string, organizationId: string, name?: string) =>
      (
        await unit.run<{ enrol: { id: string; state: string; entrantType: string; name: string } }>(
          `mutation Enrol($a: ID!, $c: String!, $o: ID, $n: String, $k: String!) {
            enrol(activityId: $a, categoryKey: $c, organizationId: $o, name: $n, idempotencyKey: $k) { id state entrantType name organizationId }
          }`,
          { a: activityId, c: categoryKey, o: organizationId, n: name, k: nextKey() },
        )
      ).enrol;
    const mall = await enrol("UNITS", "18");
    const street = await enrol("UNITS", "16");
    const welders = await enrol("TEAMS", "15", "华辰精密焊接一班");
    const servers = await enrol("TEAMS", "17", "老街坊服务班组");
    expect([mall.entrantType, mall.name, mall.state]).toEqual(["UNIT", "锦州中央商场有限公司工会", "PENDING_UNIT"]);
    expect(welders.name).toBe("华辰精密焊接一班");
    // One live entry per unit and activity; a unit outside the subtree looks absent.
    const twice = await unit.refused(
      `mutation Enrol($a: ID!, $k: String!) { enrol(activityId: $a, categoryKey: "UNITS", organizationId: "15", idempotencyKey: $k) { id } }`,
      { a: activityId, k: nextKey() },
    );
    expect(twice.code).toBe("ALREADY_REGISTERED");
    const outside = await unit.refused(
      `mutation Enrol($a: ID!, $k: String!) { enrol(activityId: $a, categoryKey: "UNITS", organizationId: "19", idempotencyKey: $k) { id } }`,
      { a: activityId, k: nextKey() },
    );
    expect(outside.code).toBe("NOT_FOUND");
    // A worker cannot enter a unit competition.
    const self = await (await s.as("worker")).refused(
      `mutation R($a: ID!, $k: String!) { register(activityId: $a, categoryKey: "TEAMS", idempotencyKey: $k) { id } }`,
      { a: activityId, k: nextKey() },
    );
    expect(self.code).toBe("SELF_REGISTRATION_NOT_ALLOWED");

    const entries = [mall, street, welders, servers];
    const review = async (client: typeof org, id: string) => {
      const { allRegistrations } = await client.run<{ allRegistrations: { version: number }[] }>(
        `query One($ids: [ID!]) { allRegistrations(perPage: 1, filter: { ids: $ids }) { id version } }`,
        { ids: [id] },
      );
      return (
        await client.run<{ reviewRegistration: { state: string } }>(
          `mutation Review($id: ID!, $version: Int!) { reviewRegistration(id: $id, action: APPROVE, version: $version) { id state } }`,
          { id, version: allRegistrations[0]?.version },
        )
      ).reviewRegistration;
    };
    for (const entry of entries) expect((await review(unit, entry.id)).state).toBe("PENDING_ORGANIZER");
    for (const entry of entries) expect((await review(org, entry.id)).state).toBe("CONFIRMED");
    at("2015-04-01T09:00:00");
    await org.run(`mutation Close($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_CLOSED) { state } }`, {
      id: activityId,
    });

    // ── Indicator reports (指标填报) through the year ──
    at("2015-07-06T10:00:00");
    const fileReport = (registrationId: string, values: { key: string; value: string }[], version?: number) =>
      unit.run<{ fileIndicatorReport: { id: string; version: number; values: { key: string; value: string }[] } }>(
        `mutation File($r: ID!, $values: [IndicatorValueInput!]!, $v: Int) {
          fileIndicatorReport(registrationId: $r, period: "2015-Q2", values: $values, version: $v) { id period version values { key value } filedByName }
        }`,
        { r: registrationId, values, v: version },
      );
    const first = (
      await fileReport(welders.id, [
        { key: "energy", value: "12.125" },
        { key: "safety", value: "98.50" },
      ])
    ).fileIndicatorReport;
    // Stored and returned exactly as written, listed by key.
    expect(first.values).toEqual([
      { key: "energy", value: "12.125" },
      { key: "safety", value: "98.50" },
    ]);
    at("2015-07-08T10:00:00");
    const corrected = (
      await fileReport(
        welders.id,
        [
          { key: "energy", value: "12.6" },
          { key: "safety", value: "98.50" },
        ],
        first.version,
      )
    ).fileIndicatorReport;
    expect(corrected.version).toBe(first.version + 1);
    expect(corrected.values.find((v) => v.key === "energy")?.value).toBe("12.6");
    // A second correction sent with the version read before the first one: refused, nothing changes.
    const stale = await unit.refused(
      `mutation File($r: ID!, $v: Int) { fileIndicatorReport(registrationId: $r, period: "2015-Q2", values: [{ key: "energy", value: "13" }], version: $v) { id } }`,
      { r: welders.id, v: first.version },
    );
    expect(stale.code).toBe("STALE_VERSION");
    expect(stale.message).toBe("该期指标已被他人修改，请刷新后再填报");
    const { allIndicatorReports } = await org.run<{
      allIndicatorReports: { registrationId: string; version: number; values: { key: string; value: string }[] }[];
    }>(
      `query Reports($a: ID!) { allIndicatorReports(perPage: 20, filter: { activityId: $a, period: "2015-Q2" }) { registrationId version values { key value } } }`,
      { a: activityId },
    );
    expect(allIndicatorReports).toEqual([
      {
        registrationId: welders.id,
        version: corrected.version,
        values: [
          { key: "energy", value: "12.6" },
          { key: "safety", value: "98.50" },
        ],
      },
    ]);
    // Only unit admins (and the admin) file reports: a worker is refused.
    const workerFiles = await (await s.as("worker")).refused(
      `mutation File($r: ID!) { fileIndicatorReport(registrationId: $r, period: "2015-Q3", values: [{ key: "energy", value: "1" }]) { id } }`,
      { r: servers.id },
    );
    expect(workerFiles.code).toBe("FORBIDDEN");

    // ── Year-end evaluation: five judges score the six actions; the mean of their totals ──
    at("2015-12-10T09:00:00");
    const { allRounds } = await org.run<{ allRounds: { id: string }[] }>(
      `query Rounds($a: ID!) { allRounds(perPage: 5, filter: { activityId: $a }) { id key } }`,
      { a: activityId },
    );
    const roundId = allRounds[0]?.id;
    const { allActivities } = await org.run<{ allActivities: { categories: { id: string; key: string }[] }[] }>(
      `query A($ids: [ID!]) { allActivities(perPage: 1, filter: { ids: $ids }) { categories { id key } } }`,
      { ids: [activityId] },
    );
    const judges = ["4", "6", "7", "8", "9"];
    let assigned = 0;
    for (const category of allActivities[0]?.categories ?? []) {
      await org.run(
        `mutation Panel($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id } }`,
        { r: roundId, c: category.id, j: judges },
      );
      const { assignJudgesBalanced } = await org.run<{ assignJudgesBalanced: unknown[] }>(
        `mutation Auto($r: ID!, $c: ID!) { assignJudgesBalanced(roundId: $r, categoryId: $c) { id } }`,
        { r: roundId, c: category.id },
      );
      assigned += assignJudgesBalanced.length;
    }
    // 4 entries × 5 judges (none of the judges is from 古塔区).
    expect(assigned).toBe(20);
    await org.run(`mutation Judge($id: ID!) { transitionActivity(id: $id, to: JUDGING) { state } }`, {
      id: activityId,
    });

    // Each entry's base sheet (岗位建功, 工作创新, 技能提高, 节能减排, 安全生产, 班组创优); the five judges
    // move 岗位建功 by −1, 0, +1, +0.5, −0.5 (in the order judge … judge5), which sums to 0, so the
    // mean of the five totals is the base total:
    //   焊接一班   18 + 19 + 14 + 13.3 + 19 + 9 = 92.3
    //   老街坊班组 17 + 18 + 13 + 14 + 19 + 9 = 90
    //   中央商场   17 + 17 + 13 + 13 + 19 + 9 = 88
    //   北街联合   16 + 16.5 + 13 + 13 + 18 + 9 = 85.5
    const base = new Map<string, number[]>([
      [welders.id, [18, 19, 14, 13.3, 19, 9]],
      [servers.id, [17, 18, 13, 14, 19, 9]],
      [mall.id, [17, 17, 13, 13, 19, 9]],
      [street.id, [16, 16.5, 13, 13, 18, 9]],
    ]);
    const delta: Record<string, number> = { judge: -1, judge2: 0, judge3: 1, judge4: 0.5, judge5: -0.5 };
    for (const member of Object.keys(delta)) {
      const client = await s.as(member);
      const { myJudgeAssignments } = await client.run<{
        myJudgeAssignments: { id: string; entry: { registrationId: string } }[];
      }>(`query Mine($r: ID) { myJudgeAssignments(roundId: $r) { id entry { registrationId name } } }`, { r: roundId });
      expect(myJudgeAssignments).toHaveLength(4);
      for (const assignment of myJudgeAssignments) {
        const sheet = base.get(assignment.entry.registrationId) ?? [];
        const scores = criterionKeys.map((criterionKey, index) => ({
          criterionKey,
          score: String((sheet[index] ?? 0) + (index === 0 ? (delta[member] ?? 0) : 0)),
        }));
        await client.run(
          `mutation Submit($id: ID!, $scores: [CriterionScoreInput!]!, $k: String!) { submitScore(assignmentId: $id, scores: $scores, idempotencyKey: $k) { id state } }`,
          { id: assignment.id, scores, k: nextKey() },
        );
      }
    }
    at("2015-12-25T16:00:00");
    await org.run(`mutation CloseRound($r: ID!) { closeRound(roundId: $r) { closed } }`, { r: roundId });
    const { computeResults } = await org.run<{ computeResults: { resultCount: number; blockingTies: unknown[] } }>(
      `mutation Compute($a: ID!) { computeResults(activityId: $a) { resultCount blockingTies { code message } } }`,
      { a: activityId },
    );
    expect(computeResults).toEqual({ resultCount: 4, blockingTies: [] });
    // One round, weight 100, out of 100: total = the mean. Per group, one 工人先锋号 for place 1.
    const { allResults } = await org.run<{
      allResults: {
        categoryName: string;
        entrantName: string;
        total: string;
        totalText: string;
        placeLabel: string;
        award: { names: string[] };
      }[];
    }>(
      `query Results($a: ID!) { allResults(perPage: 10, sortField: "id", sortOrder: "ASC", filter: { activityId: $a, trackKey: "CITY" }) {
        categoryName entrantName total totalText placeLabel award { names } } }`,
      { a: activityId },
    );
    expect(
      allResults
        .map((r) => [r.categoryName, r.entrantName, r.total, r.totalText, r.placeLabel, r.award.names])
        .sort((a, b) => `${a[0]}${a[4]}`.localeCompare(`${b[0]}${b[4]}`)),
    ).toEqual(
      [
        ["参赛单位", "锦州中央商场有限公司工会", "88", "88.00", "第 1 名", ["工人先锋号"]],
        ["参赛单位", "古塔区北街街道联合工会", "171/2", "85.50", "第 2 名", []],
        ["班组", "华辰精密焊接一班", "923/10", "92.30", "第 1 名", ["工人先锋号"]],
        ["班组", "老街坊服务班组", "90", "90.00", "第 2 名", []],
      ].sort((a, b) => `${a[0]}${a[4]}`.localeCompare(`${b[0]}${b[4]}`)),
    );

    // ── Public notice from Wednesday 2015-12-30, over the 2016 New Year holiday ──
    // 2016-01-01 (Fri) is 元旦; 01-02/01-03 a weekend. Working days after the day of publication:
    // 12-31 (Thu), 2016-01-04 (Mon), 01-05, 01-06, 01-07 → ends Thursday 2016-01-07.
    at("2015-12-30T10:00:00");
    const { publishResultsForNotice } = await org.run<{
      publishResultsForNotice: { endDate: string; workingDates: { date: string }[] };
    }>(`mutation Publish($a: ID!) { publishResultsForNotice(activityId: $a) { endDate workingDates { date } } }`, {
      a: activityId,
    });
    expect(publishResultsForNotice.workingDates.map((d) => d.date)).toEqual([
      "2015-12-31",
      "2016-01-04",
      "2016-01-05",
      "2016-01-06",
      "2016-01-07",
    ]);
    at("2016-01-08T09:00:00");
    const { finalizeResults } = await org.run<{ finalizeResults: { state: string } }>(
      `mutation F($a: ID!) { finalizeResults(activityId: $a) { state } }`,
      { a: activityId },
    );
    expect(finalizeResults.state).toBe("FINAL");

    // ── Certificates: 2 荣誉证书 (工人先锋号) and 2 参赛证书 ──
    const { issueCertificates } = await org.run<{
      issueCertificates: {
        number: string;
        kind: string;
        recipientName: string;
        awardName: string | null;
        downloadPath: string;
      }[];
    }>(
      `mutation Issue($a: ID!) { issueCertificates(activityId: $a) { number kind heading recipientName awardName downloadPath } }`,
      { a: activityId },
    );
    expect(issueCertificates.map((c) => c.number)).toEqual([
      "JZ-2015-LDJS-0001",
      "JZ-2015-LDJS-0002",
      "JZ-2015-LDJS-0003",
      "JZ-2015-LDJS-0004",
    ]);
    // Award certificates come first, then participation.
    expect(issueCertificates.map((c) => c.kind)).toEqual(["AWARD", "AWARD", "PARTICIPATION", "PARTICIPATION"]);
    expect(
      issueCertificates
        .slice(0, 2)
        .map((c) => c.recipientName)
        .sort(),
    ).toEqual(["华辰精密焊接一班", "锦州中央商场有限公司工会"].sort());
    expect(issueCertificates.slice(0, 2).every((c) => c.awardName === "工人先锋号")).toBe(true);
    const one = await (await s.as("organizer")).download(issueCertificates[0]?.downloadPath ?? "");
    expect(one.status).toBe(200);
    expect(
      Buffer.from(await one.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    const whole = await (await s.as("organizer")).download(`/files/activities/${activityId}/certificates.pdf`);
    expect(whole.status).toBe(200);
    expect(
      Buffer.from(await whole.arrayBuffer())
        .toString("latin1")
        .match(/\/Type\s*\/Page[^s]/g),
    ).toHaveLength(4);

    // ── The audit log keeps the enrolments and every filing with the values before and after ──
    const { allAuditEntries } = await (await s.as("admin")).run<{
      allAuditEntries: { action: string; before: string | null; after: string | null }[];
    }>(
      `query Log($a: ID!) { allAuditEntries(perPage: 200, sortField: "at", sortOrder: "ASC", filter: { activityId: $a }) { action before after } }`,
      { a: activityId },
    );
    expect(allAuditEntries.filter((e) => e.action === "ENROL")).toHaveLength(4);
    const filings = allAuditEntries.filter((e) => e.action === "INDICATOR_REPORT_FILE");
    expect(filings).toHaveLength(2);
    expect(filings[1]?.before).toContain("12.125");
    expect(filings[1]?.after).toContain("12.6");
  }, 120_000);
});
