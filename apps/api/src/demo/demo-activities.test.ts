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
import { pngSignature } from "./png-encoder.ts";

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
        ["锦州市第一届职工羽毛球比赛", "JUDGING"],
        ["第二届“最美劳动者”寻找评选活动", "JUDGING"],
        ["2026年锦州市劳动模范评选", "REGISTRATION_OPEN"],
        ["锦州市职工合唱比赛", "REGISTRATION_OPEN"],
        ["锦州市职工创新工作奖", "REGISTRATION_OPEN"],
      ].sort(),
    );
    expect([...activities.keys()].every((code) => code.startsWith("JZ-2026-"))).toBe(true);
  });

  it("culture (文化宫): choir entries to review, and a badminton tournament in play", async () => {
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
    const confirmed = await graphql<{
      allRegistrations: { state: string; channel: string; category: { key: string }; members: unknown[] }[];
    }>(
      `query($a: ID!) { allRegistrations(filter: { activityId: $a }, perPage: 50) { state channel category { key } members { workerId } } }`,
      { a: badminton.id },
      "culture",
    );
    expect(new Set(confirmed.allRegistrations.map((row) => row.state))).toEqual(new Set(["CONFIRMED"]));
    const entries = (key: string) => confirmed.allRegistrations.filter((row) => row.category.key === key);
    expect(entries("MENS_SINGLES").length).toBeGreaterThanOrEqual(6);
    expect(entries("WOMENS_SINGLES").length).toBeGreaterThanOrEqual(6);
    // The doubles pairs registered themselves on the workers' pages, two players each.
    for (const key of ["MENS_DOUBLES", "MIXED_DOUBLES"]) {
      expect(entries(key)).toHaveLength(4);
      for (const pair of entries(key)) {
        expect(pair).toMatchObject({ channel: "SELF_REGISTRATION", members: [expect.anything(), expect.anything()] });
      }
    }
    // Every event with entrants is drawn, its matches on the venue's courts: yesterday's scored, the rest to come.
    const { allMatches } = await graphql<{
      allMatches: {
        id: string;
        categoryId: string;
        court: string | null;
        scheduledAt: string | null;
        games: unknown[] | null;
      }[];
    }>(
      `query($a: ID!) { allMatches(filter: { activityId: $a }, perPage: 100) { id categoryId court scheduledAt games { a b } } }`,
      { a: badminton.id },
      "culture",
    );
    const { Activity } = await graphql<{ Activity: { categories: { id: string; key: string }[] } }>(
      `query($id: ID!) { Activity(id: $id) { categories { id key } } }`,
      { id: badminton.id },
      "culture",
    );
    const categoryId = (key: string) => Activity.categories.find((category) => category.key === key)?.id;
    for (const key of ["MENS_SINGLES", "WOMENS_SINGLES", "MENS_DOUBLES", "MIXED_DOUBLES"]) {
      expect(allMatches.filter((match) => match.categoryId === categoryId(key)).length).toBeGreaterThan(0);
    }
    expect(allMatches.every((match) => match.court?.startsWith("锦州市体育馆") && match.scheduledAt !== null)).toBe(
      true,
    );
    const now = Date.now();
    const played = allMatches.filter((match) => match.games !== null);
    expect(played.length).toBeGreaterThanOrEqual(4);
    expect(played.every((match) => Date.parse(match.scheduledAt as string) < now)).toBe(true);
    expect(allMatches.some((match) => match.games === null && Date.parse(match.scheduledAt as string) > now)).toBe(
      true,
    );
    // With scores in, the organizer can no longer draw the men's singles again.
    const [matches] = await roundsOf(badminton.id, "culture");
    const redraw = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await tokenFor("culture")}` },
      body: JSON.stringify({
        query: `mutation($r: ID!, $c: ID!) { drawTournament(roundId: $r, categoryId: $c, reason: "重新抽签") { id } }`,
        variables: { r: matches?.id, c: categoryId("MENS_SINGLES") },
      }),
    });
    const refused = (await redraw.json()) as { errors?: { extensions?: { fieldErrors?: { code: string }[] } }[] };
    expect(refused.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toContain("MATCHES_PLAYED");
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
    const { publicVote } = await graphql<{
      publicVote: { isOpen: boolean; candidates: { name: string; photoUrl: string | null }[] };
    }>(`query($r: ID!) { publicVote(roundId: $r) { isOpen candidates { name photoUrl } } }`, { r: publicRound?.id });
    expect(publicVote.isOpen).toBe(true);
    // Every candidate has a photo of their own, which anyone may fetch from the vote page.
    expect(publicVote.candidates).toHaveLength(5);
    const photoUrls = publicVote.candidates.map((candidate) => candidate.photoUrl);
    for (const url of photoUrls) expect(url).toMatch(/^\/files\/attachments\/\d+$/);
    expect(new Set(photoUrls).size).toBe(photoUrls.length);
    const photo = await fetch(`${server.url}${photoUrls[0]}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await photo.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(pngSignature);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([240, 320]);
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

  it("orgdept (组织部): an innovation award open for declarations, with projects declared", async () => {
    const award = activity("-CXJ");
    expect(award.state).toBe("REGISTRATION_OPEN");
    const { Activity } = await graphql<{ Activity: { registrationClosesOn: string } }>(
      `query($id: ID!) { Activity(id: $id) { registrationClosesOn } }`,
      { id: award.id },
      "orgdept",
    );
    expect(Activity.registrationClosesOn > chinaDateOf(new Date())).toBe(true);
    const { allRegistrations } = await graphql<{
      allRegistrations: {
        id: string;
        state: string;
        channel: string;
        attachments: { kind: string; contentType: string }[];
      }[];
    }>(
      `query($a: ID!) { allRegistrations(filter: { activityId: $a }, perPage: 50) { id state channel attachments { kind contentType } } }`,
      { a: award.id },
      "orgdept",
    );
    expect(allRegistrations.map((row) => row.state).sort()).toEqual(["CONFIRMED", "PENDING_ORGANIZER", "PENDING_UNIT"]);
    for (const declaration of allRegistrations) {
      expect(declaration.channel).toBe("SELF_REGISTRATION");
      expect(declaration.attachments).toEqual([{ kind: "PROJECT_DOCUMENT", contentType: "application/pdf" }]);
    }
    // The one waiting for 组织部 is the `orgdept` account's to review.
    const waiting = allRegistrations.find((row) => row.state === "PENDING_ORGANIZER");
    const { reviewRegistration } = await graphql<{ reviewRegistration: { state: string } }>(
      `mutation($id: ID!) { reviewRegistration(id: $id, action: APPROVE) { state } }`,
      { id: waiting?.id },
      "orgdept",
    );
    expect(reviewRegistration.state).toBe("CONFIRMED");
  });

  it("worker: a speaker with a result and certificate, in the 状元杯, and playing badminton", async () => {
    const { allRegistrations } = await graphql<{ allRegistrations: { activityId: string; state: string }[] }>(
      `{ allRegistrations(perPage: 10) { id activityId state } }`,
      {},
      "worker",
    );
    expect(allRegistrations).toHaveLength(3);
    expect(allRegistrations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ activityId: activity("-ZYB").id, state: "CONFIRMED" }),
        expect.objectContaining({ activityId: activity("-YMQ").id, state: "CONFIRMED" }),
        expect.objectContaining({ activityId: activity("-YJ").id }),
      ]),
    );
    const { myResults, myCertificates } = await graphql<{
      myResults: { activityId: string; place: number | null }[];
      myCertificates: { activityId: string; downloadPath: string }[];
    }>(`{ myResults { activityId place } myCertificates { activityId downloadPath } }`, {}, "worker");
    expect(myResults).toEqual([expect.objectContaining({ activityId: activity("-YJ").id, place: expect.any(Number) })]);
    const certificate = myCertificates.find((row) => row.activityId === activity("-YJ").id);
    expect(certificate).toBeDefined();
    const pdf = await fetch(`${server.url}${certificate?.downloadPath}`, {
      headers: { authorization: `Bearer ${await tokenFor("worker")}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toContain("application/pdf");
    // The mixed doubles: yesterday's first group match played, the next ones on the coming days.
    const { myMatches } = await graphql<{
      myMatches: { court: string | null; scheduledAt: string | null; games: unknown[] | null; categoryName: string }[];
    }>(`{ myMatches { court scheduledAt games { a b } categoryName } }`, {}, "worker");
    expect(myMatches.length).toBeGreaterThanOrEqual(2);
    expect(myMatches.every((match) => match.court?.startsWith("锦州市体育馆") && match.scheduledAt !== null)).toBe(
      true,
    );
    const now = Date.now();
    expect(myMatches.some((match) => match.games !== null && Date.parse(match.scheduledAt as string) < now)).toBe(true);
    expect(myMatches.some((match) => match.games === null && Date.parse(match.scheduledAt as string) > now)).toBe(true);
    const { myNotifications } = await graphql<{ myNotifications: { kind: string; text: string }[] }>(
      `{ myNotifications(perPage: 20) { id kind text } }`,
      {},
      "worker",
    );
    expect(myNotifications.map((row) => row.kind)).toEqual(
      expect.arrayContaining(["REGISTRATION_APPROVED", "RESULTS_PUBLISHED"]),
    );
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
        { code: "JZ-2031-YMQ", state: "JUDGING" },
        { code: "JZ-2031-ZMLDZ", state: "JUDGING" },
        { code: "JZ-2031-LM", state: "REGISTRATION_OPEN" },
        { code: "JZ-2031-HC", state: "REGISTRATION_OPEN" },
        { code: "JZ-2031-CXJ", state: "REGISTRATION_OPEN" },
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
