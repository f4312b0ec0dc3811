// The demo's activities, as each demo account finds them over GraphQL on a first start: every role
// has its daily work waiting. Loaded on a fixed day (China time) so the story's dates are the same on
// every run; the story itself is told relative to that day.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseProvider } from "@jinzhou/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@jinzhou/db/testing";
import { type ActivitySchedule, type ActivityState, chinaDateOf, summarizeActivityDeadlines } from "@jinzhou/domain";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createLogger } from "../logger.ts";
import { type RunningServer, startServer } from "../server.ts";
import { demoSuspiciousAddress } from "./most-beautiful-worker.ts";

const authSecret = "test-secret-test-secret-test-secret-0123";
/** The load day per database: a Wednesday and the Monday before it (a different second, a different voters' block). */
const loadedAt: Record<DatabaseProvider, string> = {
  sqlite: "2026-11-25T10:30:00+08:00",
  postgresql: "2026-11-23T14:05:17+08:00",
};

interface Answer<T> {
  data: T | null;
  errors?: { message: string }[];
}

describe.each(testProviders())("the demo's activities (%s)", (provider: DatabaseProvider) => {
  let database: TestDatabase;
  let storageDir: string;
  let server: RunningServer;
  const logLines: string[] = [];
  const tokens = new Map<string, string>();

  const start = (demoActivities?: boolean) =>
    startServer({
      databaseUrl: database.url,
      port: 0,
      host: "127.0.0.1",
      production: false,
      demoData: true,
      ...(demoActivities === undefined ? {} : { demoActivities }),
      authSecret,
      storageDir,
      log: createLogger((line) => logLines.push(line)),
    });

  async function graphql<T>(query: string, variables: Record<string, unknown> = {}, username?: string): Promise<T> {
    const token = username ? await tokenFor(username) : undefined;
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Answer<T>;
    if (!body.data || body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function tokenFor(username: string): Promise<string> {
    const known = tokens.get(username);
    if (known) return known;
    const { login } = await graphql<{ login: { token: string } }>(
      "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
      { u: username, p: "jinzhou2015" },
    );
    tokens.set(username, login.token);
    return login.token;
  }

  const activities = new Map<string, { id: string; state: string; name: string }>();
  const activity = (codeSuffix: string) => {
    const found = [...activities.entries()].find(([code]) => code.endsWith(codeSuffix));
    if (!found) throw new Error(`no demo activity ${codeSuffix}`);
    return found[1];
  };
  const roundsOf = async (activityId: string, username: string) =>
    (
      await graphql<{ allRounds: { id: string; key: string }[] }>(
        `query($a: ID!) { allRounds(filter: { activityId: $a }, perPage: 10) { id key } }`,
        { a: activityId },
        username,
      )
    ).allRounds;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(loadedAt[provider]));
    database = await createTestDatabase(provider);
    storageDir = mkdtempSync(join(tmpdir(), "jinzhou-demo-files-"));
    server = await start(true);
    const { allActivities } = await graphql<{
      allActivities: { id: string; code: string; state: string; name: string }[];
    }>(`{ allActivities(perPage: 50) { id code state name } }`, {}, "admin");
    for (const row of allActivities) activities.set(row.code, row);
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    await database?.drop();
    rmSync(storageDir, { recursive: true, force: true });
    vi.useRealTimers();
  });

  it("goes in with the demo data, through the use cases, in a few seconds", () => {
    const line = logLines.map((text) => JSON.parse(text)).find((entry) => entry.message === "demo activities loaded");
    expect(line).toBeDefined();
    // Printed for the record: how long the story took on this machine.
    console.log(`demo activities (${provider}): ${line.milliseconds} ms, CPU ${line.cpuMilliseconds} ms`, line.steps);
    expect(line.milliseconds).toBeLessThan(60_000);
    expect([...activities.values()].map((row) => [row.name, row.state]).sort()).toEqual(
      [
        ["职工“和谐与力量”主题演讲比赛", "FINAL"],
        ["锦州市职工劳动竞赛（工人先锋号评选）", "PUBLIC_NOTICE"],
        ["第二届“状元杯”职工职业技能大赛", "JUDGING"],
        ["锦州市第一届职工羽毛球比赛", "REGISTRATION_CLOSED"],
        ["第二届“最美劳动者”寻找评选活动", "JUDGING"],
        ["2026年锦州市劳动模范评选", "REGISTRATION_OPEN"],
        ["锦州市职工合唱比赛", "REGISTRATION_OPEN"],
      ].sort(),
    );
    expect([...activities.keys()].every((code) => code.startsWith("JZ-2026-"))).toBe(true);
  });

  it("culture (文化宫): choir entries to review, and a badminton tournament ready for its draw", async () => {
    const choir = activity("-HC");
    const { allRegistrations } = await graphql<{ allRegistrations: { state: string; name: string }[] }>(
      `query($a: ID!) { allRegistrations(filter: { activityId: $a }, perPage: 50) { state name } }`,
      { a: choir.id },
      "culture",
    );
    expect(allRegistrations.map((row) => row.state).sort()).toEqual([
      "PENDING_ORGANIZER",
      "PENDING_ORGANIZER",
      "PENDING_UNIT",
    ]);
    const badminton = activity("-YMQ");
    const confirmed = await graphql<{ allRegistrations: { state: string; category: { key: string } }[] }>(
      `query($a: ID!) { allRegistrations(filter: { activityId: $a }, perPage: 50) { state category { key } } }`,
      { a: badminton.id },
      "culture",
    );
    expect(confirmed.allRegistrations.length).toBeGreaterThanOrEqual(12);
    expect(new Set(confirmed.allRegistrations.map((row) => row.state))).toEqual(new Set(["CONFIRMED"]));
    // Not drawn yet; the organizer can draw the men's singles now.
    const [matches] = await roundsOf(badminton.id, "culture");
    const { Activity } = await graphql<{ Activity: { categories: { id: string; key: string }[] } }>(
      `query($id: ID!) { Activity(id: $id) { categories { id key } } }`,
      { id: badminton.id },
      "culture",
    );
    const mensSingles = Activity.categories.find((category) => category.key === "MENS_SINGLES");
    const drawn = await graphql<{ drawTournament: { id: string } | null }>(
      `mutation($r: ID!, $c: ID!) { drawTournament(roundId: $r, categoryId: $c) { id } }`,
      { r: matches?.id, c: mensSingles?.id },
      "culture",
    );
    expect(drawn.drawTournament?.id).toBeTruthy();
  });

  it("judge: practical sheets of the 状元杯 waiting to be scored", async () => {
    const contest = activity("-ZYB");
    const practical = (await roundsOf(contest.id, "organizer")).find((round) => round.key === "practical");
    const { myJudgeAssignments } = await graphql<{ myJudgeAssignments: { sheetState: string }[] }>(
      `query($r: ID) { myJudgeAssignments(roundId: $r) { id sheetState entry { name } } }`,
      { r: practical?.id },
      "judge",
    );
    const open = myJudgeAssignments.filter((row) => row.sheetState === "DRAFT").length;
    const locked = myJudgeAssignments.filter((row) => row.sheetState === "LOCKED").length;
    expect(locked).toBe(1);
    expect(open).toBeGreaterThanOrEqual(3);
    // The panel's load is balanced: every judge has the same number of sheets, give or take one.
    const { roundJudgeProgress } = await graphql<{ roundJudgeProgress: { assigned: number; submitted: number }[] }>(
      `query($r: ID!) { roundJudgeProgress(roundId: $r) { assigned submitted } }`,
      { r: practical?.id },
      "organizer",
    );
    const loads = roundJudgeProgress.map((row) => row.assigned);
    expect(loads).toHaveLength(5);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(roundJudgeProgress.some((row) => row.submitted === row.assigned)).toBe(true);
    expect(roundJudgeProgress.some((row) => row.submitted < row.assigned)).toBe(true);
  });

  it("organizer (生产保护部): an objection to answer and an overdue activity", async () => {
    const labor = activity("-GRXFH");
    const { allObjections } = await graphql<{ allObjections: { id: string; status: string; version: number }[] }>(
      `query($a: ID!) { allObjections(filter: { activityId: $a }) { id status version } }`,
      { a: labor.id },
      "organizer",
    );
    expect(allObjections.map((row) => row.status)).toEqual(["OPEN"]);
    // …which the organizer can answer from here.
    const objection = allObjections[0];
    const { resolveObjection } = await graphql<{ resolveObjection: { status: string } }>(
      `mutation($id: ID!, $v: Int!) { resolveObjection(id: $id, version: $v, outcome: DISMISSED, text: "经核实，该事故不属于本次竞赛考核期，异议不成立") { status } }`,
      { id: objection?.id, v: objection?.version },
      "organizer",
    );
    expect(resolveObjection.status).toBe("DISMISSED");
    const { allResults } = await graphql<{ allResults: unknown[] }>(
      `query($a: ID!) { allResults(filter: { activityId: $a }, perPage: 50) { id } }`,
      { a: labor.id },
      "organizer",
    );
    expect(allResults.length).toBeGreaterThan(0);
    // What the dashboard's deadline summary (domain summarizeActivityDeadlines) makes of the
    // department's activities as the organizer reads them: the labor competition is overdue.
    const { allActivities } = await graphql<{
      allActivities: (ActivitySchedule & {
        id: string;
        name: string;
        state: ActivityState;
        department: { code: string };
      })[];
    }>(
      `{ allActivities(perPage: 50) { id name state registrationOpensOn registrationClosesOn judgingEndsOn completedBy department { code } } }`,
      {},
      "organizer",
    );
    const [production] = summarizeActivityDeadlines(
      allActivities
        .filter((row) => row.department.code === "SCBHB")
        .map((row) => ({
          activityId: Number(row.id),
          activityName: row.name,
          departmentCode: row.department.code,
          state: row.state,
          schedule: {
            registrationOpensOn: row.registrationOpensOn,
            registrationClosesOn: row.registrationClosesOn,
            judgingEndsOn: row.judgingEndsOn,
            completedBy: row.completedBy,
          },
        })),
      chinaDateOf(new Date()),
    );
    expect(production?.overdue).toEqual([
      expect.objectContaining({ activityName: labor.name, milestone: "ACTIVITY_COMPLETES", daysLeft: -2 }),
    ]);
    // …and the 状元杯's judging is due within the week.
    expect(production?.due.map((deadline) => deadline.milestone)).toContain("JUDGING_ENDS");
  });

  it("unit (古塔区): quota left in the model-worker selection, and entries to review", async () => {
    const selection = activity("-LM");
    const { allQuotas } = await graphql<{
      allQuotas: { organizationCode: string; allowedPlaces: number; usedPlaces: number; remainingPlaces: number }[];
    }>(
      `query($a: ID!) { allQuotas(filter: { activityId: $a }, perPage: 50) { organizationCode allowedPlaces usedPlaces remainingPlaces } }`,
      { a: selection.id },
      "unit",
    );
    const own = allQuotas.find((row) => row.organizationCode === "JZ-GT");
    expect(own?.usedPlaces).toBe(1);
    expect(own?.remainingPlaces).toBeGreaterThan(0);
    const waiting = await graphql<{ allRegistrations: { id: string; state: string }[] }>(
      `{ allRegistrations(filter: { state: PENDING_UNIT }, perPage: 50) { id state } }`,
      {},
      "unit",
    );
    expect(waiting.allRegistrations.length).toBeGreaterThanOrEqual(1);
    const county = await graphql<{ allRegistrations: { id: string; state: string }[] }>(
      `{ allRegistrations(filter: { state: PENDING_COUNTY }, perPage: 50) { id state } }`,
      {},
      "unit",
    );
    expect(county.allRegistrations.length).toBeGreaterThanOrEqual(1);
    // Both reviews are the unit admin's to give: 单位审核 of the choir, 县区审核 of its own nomination.
    for (const entry of [...waiting.allRegistrations, ...county.allRegistrations]) {
      const { reviewRegistration } = await graphql<{ reviewRegistration: { state: string } }>(
        `mutation($id: ID!) { reviewRegistration(id: $id, action: APPROVE) { state } }`,
        { id: entry.id },
        "unit",
      );
      expect(reviewRegistration.state).toBe("PENDING_ORGANIZER");
    }
  });

  it("organizer (生产保护部): the model-worker quotas allocated and nominations waiting for its review", async () => {
    const selection = activity("-LM");
    const { allNominations } = await graphql<{ allNominations: { state: string }[] }>(
      `query($a: ID!) { allNominations(filter: { activityId: $a }, perPage: 50) { id state } }`,
      { a: selection.id },
      "organizer",
    );
    // 凌河区's three, and 古塔区's one once the `unit` account has passed it (the test above).
    expect(allNominations.filter((row) => row.state === "PENDING_ORGANIZER")).toHaveLength(4);
    const { allQuotas } = await graphql<{ allQuotas: { allowedPlaces: number }[] }>(
      `query($a: ID!) { allQuotas(filter: { activityId: $a }, perPage: 50) { allowedPlaces } }`,
      { a: selection.id },
      "organizer",
    );
    expect(allQuotas).toHaveLength(9);
    expect(allQuotas.reduce((sum, row) => sum + row.allowedPlaces, 0)).toBe(30);
  });

  it("publicity (宣教部): a public vote running, with a burst from one address flagged", async () => {
    const search = activity("-ZMLDZ");
    const publicRound = (await roundsOf(search.id, "publicity")).find((round) => round.key === "public");
    const { voteTally, suspiciousVoting } = await graphql<{
      voteTally: { validVotes: number }[];
      suspiciousVoting: { kind: string; ipAddress: string | null; ballotCount: number }[];
    }>(
      `query($r: ID!) { voteTally(roundId: $r) { validVotes } suspiciousVoting(roundId: $r) { kind ipAddress ballotCount } }`,
      { r: publicRound?.id },
      "publicity",
    );
    // Four ballots a day over the five days before, and the twelve of this morning.
    expect(voteTally.reduce((sum, row) => sum + row.validVotes, 0)).toBe(32);
    // Both prompts: many ballots from one address today, and a burst for one candidate within a minute.
    expect(suspiciousVoting.map((finding) => finding.kind).sort()).toEqual(["MANY_BALLOTS_FROM_ONE_IP", "VOTE_BURST"]);
    expect(suspiciousVoting.find((finding) => finding.kind === "MANY_BALLOTS_FROM_ONE_IP")).toMatchObject({
      ipAddress: demoSuspiciousAddress,
      ballotCount: 12,
    });
    const { publicVote } = await graphql<{ publicVote: { isOpen: boolean } }>(
      `query($r: ID!) { publicVote(roundId: $r) { isOpen } }`,
      { r: publicRound?.id },
    );
    expect(publicVote.isOpen).toBe(true);
  });

  it("results: a final activity with certificates", async () => {
    const speech = activity("-YJ");
    const { allCertificates, allResults } = await graphql<{ allCertificates: unknown[]; allResults: unknown[] }>(
      `query($a: ID!) {
        allCertificates(filter: { activityId: $a }, perPage: 50) { id number }
        allResults(filter: { activityId: $a }, perPage: 50) { id placeLabel }
      }`,
      { a: speech.id },
      "culture",
    );
    expect(allResults.length).toBeGreaterThanOrEqual(4);
    expect(allCertificates.length).toBeGreaterThanOrEqual(allResults.length);
  });

  it("worker: registered in the 状元杯, with notifications", async () => {
    const { allRegistrations } = await graphql<{ allRegistrations: { activityId: string; state: string }[] }>(
      `{ allRegistrations(perPage: 10) { id activityId state } }`,
      {},
      "worker",
    );
    expect(allRegistrations).toEqual([
      expect.objectContaining({ activityId: activity("-ZYB").id, state: "CONFIRMED" }),
    ]);
    const { myNotifications } = await graphql<{ myNotifications: { text: string }[] }>(
      `{ myNotifications(perPage: 10) { id text } }`,
      {},
      "worker",
    );
    expect(myNotifications.length).toBeGreaterThanOrEqual(1);
  });

  it("goes in only on the start that loads the demo data", async () => {
    await server.close();
    server = await start(true);
    expect(server.loadedDemoData).toBe(false);
    expect(await server.database.prisma.activity.count()).toBe(activities.size);
  });
});

describe("the demo's activities in a year whose holiday arrangement the demo does not know", () => {
  it("stop short of the public notice and say nothing is wrong", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-06-10T09:00:00+08:00"));
    const database = await createTestDatabase("sqlite");
    const storageDir = mkdtempSync(join(tmpdir(), "jinzhou-demo-files-"));
    const lines: string[] = [];
    const server = await startServer({
      databaseUrl: database.url,
      port: 0,
      host: "127.0.0.1",
      demoData: true,
      demoActivities: true,
      authSecret,
      storageDir,
      log: createLogger((line) => lines.push(line)),
    });
    try {
      const states = await server.database.prisma.activity.findMany({
        orderBy: { id: "asc" },
        select: { code: true, state: true },
      });
      // The two finished stories keep their computed results in 评审中; every other story is as usual.
      expect(states).toEqual([
        { code: "JZ-2031-YJ", state: "JUDGING" },
        { code: "JZ-2031-GRXFH", state: "JUDGING" },
        { code: "JZ-2031-ZYB", state: "JUDGING" },
        { code: "JZ-2031-YMQ", state: "REGISTRATION_CLOSED" },
        { code: "JZ-2031-ZMLDZ", state: "JUDGING" },
        { code: "JZ-2031-LM", state: "REGISTRATION_OPEN" },
        { code: "JZ-2031-HC", state: "REGISTRATION_OPEN" },
      ]);
      expect(await server.database.prisma.result.count()).toBeGreaterThan(0);
      expect(lines.filter((line) => JSON.parse(line).level === "error")).toEqual([]);
    } finally {
      await server.close();
      await database.drop();
      rmSync(storageDir, { recursive: true, force: true });
      vi.useRealTimers();
    }
  }, 120_000);
});

describe("startServer without demoActivities", () => {
  it("loads the demo data without activities, as the other tests expect", async () => {
    const database = await createTestDatabase("sqlite");
    const storageDir = mkdtempSync(join(tmpdir(), "jinzhou-demo-files-"));
    const server = await startServer({
      databaseUrl: database.url,
      port: 0,
      host: "127.0.0.1",
      demoData: true,
      authSecret,
      storageDir,
      log: createLogger(() => {}),
    });
    try {
      expect(server.loadedDemoData).toBe(true);
      expect(await server.database.prisma.activity.count()).toBe(0);
    } finally {
      await server.close();
      await database.drop();
      rmSync(storageDir, { recursive: true, force: true });
    }
  }, 60_000);
});
