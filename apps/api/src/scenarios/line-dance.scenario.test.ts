// The 全健排舞 line-dance show (职工“全健排舞”展演), an exhibition run by the culture palace (文化宫,
// account `culture`) in early June 2015, driven only through the documented API (docs/api/*.md):
// teams enrolled by the unit admin, reviews, five judges scoring the show, 优胜奖 for the better
// half (shared places share it), a notice across the Dragon Boat Festival, the 优秀组织奖 for
// 古塔区总工会 (which sent every team), certificates for every team (荣誉证书 for the 优胜奖, 参赛证书
// for the others) and the union's own 荣誉证书 for the 优秀组织奖.
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Scenario, startScenario } from "./scenario-client.ts";

const at = (chinaTime: string) => vi.setSystemTime(new Date(`${chinaTime}+08:00`));
let keySequence = 0;
const key = (label: string) => `line-dance-${label}-${++keySequence}`;

const judges = ["judge", "judge2", "judge3", "judge4", "judge5"] as const;

/**
 * A sheet for a total: 整齐协调 27, 精神面貌 18, 服装形象 9 make 54; 动作规范 (max 40) carries the rest
 * (total − 54, between 24 and 39 here).
 */
function sheet(total: number) {
  return [
    { criterionKey: "movement", score: String(total - 54) },
    { criterionKey: "unison", score: "27" },
    { criterionKey: "spirit", score: "18" },
    { criterionKey: "costume", score: "9" },
  ];
}

/**
 * Totals from judge, judge2 … judge5; five judges → drop the highest and the lowest, average three:
 *  T1 古塔铁路排舞队: 92 90 91 89 93 → drop 93, 89 → (92 + 90 + 91) ÷ 3 = 91;   untrimmed 455 ÷ 5 = 91
 *  T2 古塔电力排舞队: 88 87 89 85 90 → drop 90, 85 → (88 + 87 + 89) ÷ 3 = 88;   untrimmed 439 ÷ 5 = 87.8
 *  T3 古塔机床排舞队: 87 88 89 85 90 → drop 90, 85 → (87 + 88 + 89) ÷ 3 = 88;   untrimmed 439 ÷ 5 = 87.8
 *  T4 古塔纺织排舞队: 84 85 86 80 88 → drop 88, 80 → 255 ÷ 3 = 85;             untrimmed 423 ÷ 5 = 84.6
 *  T5 古塔商贸排舞队: 80 81 82 78 83 → drop 83, 78 → 243 ÷ 3 = 81;             untrimmed 404 ÷ 5 = 80.8
 * Places: T1 1; T2 and T3 equal on both the trimmed and the untrimmed mean → 并列第 2 名; T4 4 (3 is
 * skipped); T5 5. The template has no prize tiers, only 优胜奖 for the top half: N = 5 ranked,
 * place ≤ ⌊5 ÷ 2⌋ = 2 → T1, T2, T3 (the two sharing place 2 both get it); T4, T5 nothing.
 */
const teams = [
  { name: "古塔铁路排舞队", totals: [92, 90, 91, 89, 93] },
  { name: "古塔电力排舞队", totals: [88, 87, 89, 85, 90] },
  { name: "古塔机床排舞队", totals: [87, 88, 89, 85, 90] },
  { name: "古塔纺织排舞队", totals: [84, 85, 86, 80, 88] },
  { name: "古塔商贸排舞队", totals: [80, 81, 82, 78, 83] },
] as const;

describe.each(testProviders())("the 全健排舞 line-dance show (%s)", (provider) => {
  let scenario: Scenario;
  let activityId: string;
  let roundId: string;
  let categoryId: string;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("2015-04-20T09:00:00");
    scenario = await startScenario(provider);
  }, 120_000);
  afterAll(async () => {
    await scenario?.close();
    vi.useRealTimers();
  });

  it("set up from the EXHIBITION template; the unit admin enrols five teams; reviewed and confirmed", async () => {
    let culture = await scenario.as("culture");
    const me = await culture.run<{ me: { departmentId: string } }>("{ me { departmentId } }");
    const created = await culture.run<{
      createActivity: { id: string; version: number; configuration: Record<string, unknown> };
    }>(
      `mutation($d: ID!) { createActivity(kind: EXHIBITION, code: "JZ-2015-PW", name: "2015年职工“全健排舞”展演", year: 2015,
        departmentId: $d, registrationOpensOn: "2015-04-27", registrationClosesOn: "2015-05-20", judgingEndsOn: "2015-06-06",
        completedBy: "2015-06-10", deadlinePhrase: "六月上旬") { id version configuration } }`,
      { d: me.me.departmentId },
    );
    activityId = created.createActivity.id;
    const configuration = created.createActivity.configuration as {
      organizationAward: boolean;
      awards: { tiers: unknown[]; excellenceAward: boolean; championTitle: boolean };
      approvalChain: { levels: string[] };
      awardTracks: { key: string }[];
      certificates: { participation: boolean; numberPrefix: string };
    };
    // The template: no prize tiers, 优胜奖 for the better half, 优秀组织奖 for units, participation certificates.
    expect(configuration.awards).toMatchObject({ tiers: [], excellenceAward: true, championTitle: false });
    expect(configuration.organizationAward).toBe(true);
    expect(configuration.certificates.participation).toBe(true);
    // The story's adjustments: the unit (its county union standing in) and the organizer review;
    // city-level awards only; this year's certificate prefix.
    configuration.approvalChain = { levels: ["UNIT", "ORGANIZER"] };
    configuration.awardTracks = configuration.awardTracks.filter((track) => track.key === "CITY");
    configuration.certificates.numberPrefix = "JZ-2015-PW";
    await culture.run(
      `mutation($id: ID!, $v: Int!, $c: JSON) { updateActivity(id: $id, version: $v, configuration: $c) { id version } }`,
      { id: activityId, v: created.createActivity.version, c: configuration },
    );
    const read = await culture.run<{
      Activity: { categories: { id: string; key: string }[] };
      allRounds: { id: string; judgesPerEntry: number; criteria: { key: string; max: string }[] }[];
    }>(
      `query($id: ID!) { Activity(id: $id) { categories { id key } } allRounds(filter: { activityId: $id }) { id judgesPerEntry criteria { key max } } }`,
      { id: activityId },
    );
    categoryId = read.Activity.categories[0]?.id ?? "";
    roundId = read.allRounds[0]?.id ?? "";
    expect(read.allRounds[0]?.judgesPerEntry).toBe(5);
    expect(read.allRounds[0]?.criteria.map((criterion) => [criterion.key, criterion.max])).toEqual([
      ["movement", "40"],
      ["unison", "30"],
      ["spirit", "20"],
      ["costume", "10"],
    ]);

    at("2015-04-27T08:30:00");
    culture = await scenario.as("culture");
    await culture.run(`mutation($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_OPEN) { state } }`, {
      id: activityId,
    });

    at("2015-05-10T10:00:00");
    const unit = await scenario.as("unit");
    const roster = await unit.run<{ allWorkers: { id: string }[] }>(
      `{ allWorkers(page: 0, perPage: 40, sortField: "id", sortOrder: "DESC") { id } }`,
    );
    for (const [index, team] of teams.entries()) {
      const members = roster.allWorkers.slice(index * 3, index * 3 + 3).map((row) => row.id);
      const enrolled = await unit.run<{ enrol: { state: string; name: string } }>(
        `mutation($a: ID!, $w: [ID!]!, $name: String!, $key: String!) {
          enrol(activityId: $a, categoryKey: "LINE_DANCE", workerIds: $w, name: $name, idempotencyKey: $key) { id state name } }`,
        { a: activityId, w: members, name: team.name, key: key("enrol") },
      );
      expect(enrolled.enrol).toMatchObject({ state: "PENDING_UNIT", name: team.name });
    }
    // A worker cannot register a team themselves: the show takes entries from units only.
    const worker = await scenario.as("worker");
    const self = await worker.refused(
      `mutation($a: ID!, $key: String!) { register(activityId: $a, categoryKey: "LINE_DANCE", idempotencyKey: $key,
        team: { name: "自发排舞队", memberWorkerIds: ["${roster.allWorkers[20]?.id}"] }) { id } }`,
      { a: activityId, key: key("self") },
    );
    expect(self.code).toBe("SELF_REGISTRATION_NOT_ALLOWED");

    const list = `query($f: RegistrationFilter) { allRegistrations(page: 0, perPage: 20, filter: $f) { id version } }`;
    const review = `mutation($id: ID!, $v: Int) { reviewRegistration(id: $id, action: APPROVE, version: $v) { state } }`;
    for (const entry of (
      await unit.run<{ allRegistrations: { id: string; version: number }[] }>(list, { f: { activityId } })
    ).allRegistrations) {
      await unit.run(review, { id: entry.id, v: entry.version });
    }
    culture = await scenario.as("culture");
    for (const entry of (
      await culture.run<{ allRegistrations: { id: string; version: number }[] }>(list, { f: { activityId } })
    ).allRegistrations) {
      const decided = await culture.run<{ reviewRegistration: { state: string } }>(review, {
        id: entry.id,
        v: entry.version,
      });
      expect(decided.reviewRegistration.state).toBe("CONFIRMED");
    }
  });

  it("on 6 June five judges score the show; the trimmed means and the 优胜奖 follow the working", async () => {
    at("2015-05-21T09:00:00");
    let culture = await scenario.as("culture");
    await culture.run(`mutation($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_CLOSED) { state } }`, {
      id: activityId,
    });
    const judgeIds: string[] = [];
    for (const username of judges) {
      judgeIds.push((await (await scenario.as(username)).run<{ me: { id: string } }>("{ me { id } }")).me.id);
    }
    await culture.run(
      `mutation($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id } }`,
      { r: roundId, c: categoryId, j: judgeIds },
    );
    const assigned = await culture.run<{ assignJudgesBalanced: unknown[] }>(
      `mutation($r: ID!, $c: ID!) { assignJudgesBalanced(roundId: $r, categoryId: $c) { id } }`,
      { r: roundId, c: categoryId },
    );
    expect(assigned.assignJudgesBalanced).toHaveLength(25);
    await culture.run(`mutation($id: ID!) { transitionActivity(id: $id, to: JUDGING) { state } }`, { id: activityId });

    at("2015-06-06T15:00:00");
    for (const [judgeIndex, username] of judges.entries()) {
      const judge = await scenario.as(username);
      const mine = await judge.run<{ myJudgeAssignments: { id: string; entry: { name: string } }[] }>(
        "{ myJudgeAssignments { id entry { name } } }",
      );
      for (const assignment of mine.myJudgeAssignments) {
        const team = teams.find((candidate) => candidate.name === assignment.entry.name);
        const total = team?.totals[judgeIndex] ?? 0;
        await judge.run(
          `mutation($id: ID!, $s: [CriterionScoreInput!]!, $key: String!) { submitScore(assignmentId: $id, scores: $s, idempotencyKey: $key) { id state } }`,
          { id: assignment.id, s: sheet(total), key: key("sheet") },
        );
      }
    }
    culture = await scenario.as("culture");
    await culture.run(`mutation($r: ID!) { closeRound(roundId: $r) { id } }`, { r: roundId });
    const computed = await culture.run<{ computeResults: { resultCount: number; blockingTies: unknown[] } }>(
      `mutation($a: ID!) { computeResults(activityId: $a) { resultCount blockingTies { code } } }`,
      { a: activityId },
    );
    expect(computed.computeResults).toMatchObject({ resultCount: 5, blockingTies: [] });
    const results = await culture.run<{
      allResults: {
        entrantName: string;
        total: string;
        totalText: string;
        placeLabel: string;
        award: { names: string[] };
      }[];
    }>(
      `query($a: ID!) { allResults(filter: { activityId: $a, trackKey: "CITY" }, sortField: "place", sortOrder: "ASC", page: 0, perPage: 20) {
        entrantName total totalText placeLabel award { names } } }`,
      { a: activityId },
    );
    expect(results.allResults.map((row) => [row.entrantName, row.totalText, row.placeLabel, row.award.names])).toEqual([
      ["古塔铁路排舞队", "91.00", "第 1 名", ["优胜奖"]],
      ["古塔电力排舞队", "88.00", "并列第 2 名", ["优胜奖"]],
      ["古塔机床排舞队", "88.00", "并列第 2 名", ["优胜奖"]],
      ["古塔纺织排舞队", "85.00", "第 4 名", []],
      ["古塔商贸排舞队", "81.00", "第 5 名", []],
    ]);
  });

  it("the notice skips the Dragon Boat Festival; 古塔区总工会 gets the 优秀组织奖; finalized; certificates for every team and the union", async () => {
    at("2015-06-15T10:00:00");
    let culture = await scenario.as("culture");
    const notice = await culture.run<{
      publishResultsForNotice: { firstDay: string; endDate: string; workingDates: { date: string }[] };
    }>(`mutation($a: ID!) { publishResultsForNotice(activityId: $a) { firstDay endDate workingDates { date } } }`, {
      a: activityId,
    });
    // Published Monday 15 June: Tue 16, Wed 17, Thu 18, Fri 19 count; Sat 20 and Sun 21 are the
    // weekend and Mon 22 June the 端午节 holiday; Tue 23 June is the fifth working day.
    expect(notice.publishResultsForNotice.workingDates.map((day) => day.date)).toEqual([
      "2015-06-16",
      "2015-06-17",
      "2015-06-18",
      "2015-06-19",
      "2015-06-23",
    ]);
    expect(notice.publishResultsForNotice).toMatchObject({ firstDay: "2015-06-16", endDate: "2015-06-23" });

    // During the notice the culture palace grants 古塔区总工会, whose units sent all five teams, the
    // 优秀组织奖 (the template offers it); the public sees it next to the results.
    const found = await culture.run<{ allOrganizations: { id: string; name: string }[] }>(
      `{ allOrganizations(filter: { q: "古塔区总工会" }, page: 0, perPage: 5) { id name } }`,
    );
    const guta = found.allOrganizations.find((organization) => organization.name === "古塔区总工会");
    const granted = await culture.run<{
      grantOrganizationAward: { id: string; name: string; organizationName: string };
    }>(
      `mutation($a: ID!, $o: ID!, $r: String!) { grantOrganizationAward(activityId: $a, organizationId: $o, reason: $r) {
        id name organizationName } }`,
      { a: activityId, o: guta?.id, r: "组织 5 支队伍、15 名职工参赛，覆盖区内各基层工会" },
    );
    expect(granted.grantOrganizationAward).toMatchObject({ name: "优秀组织奖", organizationName: "古塔区总工会" });
    const again = await culture.refused(
      `mutation($a: ID!, $o: ID!) { grantOrganizationAward(activityId: $a, organizationId: $o, reason: "重复") { id } }`,
      { a: activityId, o: guta?.id },
    );
    expect(again).toEqual({
      code: "ORGANIZATION_AWARD_REFUSED",
      message: "不能授予优秀组织奖：该单位已获本活动的“优秀组织奖”，不能重复授予",
    });
    const publicView = await scenario.public.run<{
      allOrganizationAwards: { organizationName: string; name: string; reason: string }[];
    }>(`query($a: ID) { allOrganizationAwards(filter: { activityId: $a }) { organizationName name reason } }`, {
      a: activityId,
    });
    expect(publicView.allOrganizationAwards).toEqual([
      {
        organizationName: "古塔区总工会",
        name: "优秀组织奖",
        reason: "组织 5 支队伍、15 名职工参赛，覆盖区内各基层工会",
      },
    ]);

    at("2015-06-24T09:00:00");
    culture = await scenario.as("culture");
    const final = await culture.run<{ finalizeResults: { state: string } }>(
      `mutation($a: ID!) { finalizeResults(activityId: $a) { state } }`,
      { a: activityId },
    );
    expect(final.finalizeResults.state).toBe("FINAL");
    const issued = await culture.run<{
      issueCertificates: {
        id: string;
        number: string;
        kind: string;
        heading: string;
        recipientName: string;
        awardName: string | null;
        citation: string;
        registrationId: string | null;
        downloadPath: string;
      }[];
    }>(
      `mutation($a: ID!) { issueCertificates(activityId: $a) { id number kind heading recipientName awardName citation registrationId downloadPath } }`,
      { a: activityId },
    );
    // 荣誉证书 for the three 优胜奖 teams (place order), then the 优秀组织奖 of 古塔区总工会 (after the
    // entries' awards, before participation), then 参赛证书 for the other two teams.
    expect(issued.issueCertificates.map((row) => [row.number, row.kind, row.recipientName, row.awardName])).toEqual([
      ["JZ-2015-PW-0001", "AWARD", "古塔铁路排舞队", "优胜奖"],
      ["JZ-2015-PW-0002", "AWARD", "古塔电力排舞队", "优胜奖"],
      ["JZ-2015-PW-0003", "AWARD", "古塔机床排舞队", "优胜奖"],
      ["JZ-2015-PW-0004", "AWARD", "古塔区总工会", "优秀组织奖"],
      ["JZ-2015-PW-0005", "PARTICIPATION", "古塔纺织排舞队", null],
      ["JZ-2015-PW-0006", "PARTICIPATION", "古塔商贸排舞队", null],
    ]);
    expect(issued.issueCertificates[0]?.heading).toBe("荣誉证书");
    const organizationCertificate = issued.issueCertificates[3];
    expect(organizationCertificate).toMatchObject({
      heading: "荣誉证书",
      registrationId: null,
      citation: "古塔区总工会在2015年职工“全健排舞”展演中荣获“优秀组织奖”。特发此证，以资鼓励。",
    });
    // Issuing again adds nothing.
    const reissued = await culture.run<{ issueCertificates: { number: string }[] }>(
      `mutation($a: ID!) { issueCertificates(activityId: $a) { number } }`,
      { a: activityId },
    );
    expect(reissued.issueCertificates.map((row) => row.number)).toEqual(
      issued.issueCertificates.map((row) => row.number),
    );
    // The union's admin downloads its certificate.
    const unit = await scenario.as("unit");
    const own = await unit.download(organizationCertificate?.downloadPath ?? "");
    expect(own.status).toBe(200);
    expect(
      Buffer.from(await own.arrayBuffer())
        .toString("latin1")
        .startsWith("%PDF-"),
    ).toBe(true);
    const pdf = await culture.download(issued.issueCertificates[4]?.downloadPath ?? "");
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .toString("latin1")
        .startsWith("%PDF-"),
    ).toBe(true);
    const whole = await culture.download(`/files/activities/${activityId}/certificates.pdf`);
    expect(whole.status).toBe(200);
    expect(
      Buffer.from(await whole.arrayBuffer())
        .toString("latin1")
        .match(/\/Type \/Page\b/g)?.length,
    ).toBe(6);

    const admin = await scenario.as("admin");
    const log = await admin.run<{ allAuditEntries: { action: string }[] }>(
      `query($f: AuditEntryFilter) { allAuditEntries(page: 0, perPage: 200, filter: $f) { action } }`,
      { f: { activityId } },
    );
    const actions = new Set(log.allAuditEntries.map((row) => row.action));
    for (const action of [
      "ENROL",
      "REGISTRATION_APPROVE",
      "JUDGE_ASSIGN",
      "SCORE_SUBMIT",
      "ROUND_CLOSE",
      "PUBLIC_NOTICE_PUBLISH",
      "ORGANIZATION_AWARD_GRANT",
    ]) {
      expect(actions, action).toContain(action);
    }
  });
});
