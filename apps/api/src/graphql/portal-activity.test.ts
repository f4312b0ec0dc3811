import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createJudgedRound } from "../test/live-fixtures.ts";
import { createOpenActivity, createWorkers, type TestWorker } from "../test/registration-fixtures.ts";
import { installSqlCounter } from "../test/sql-counter.ts";
import { createTournament } from "../test/tournament-fixtures.ts";
import { createVoteActivity } from "../test/voting-fixtures.ts";

const roundFields = "id name kind opensAt closesAt isOpen";
const activityFields = `id code name kind kindLabel state stateLabel departmentName year
  registrationOpensOn registrationClosesOn judgingEndsOn completedBy deadlinePhrase
  selfRegistrationOpen publicRecommendationOpen projectDeclarationOpen resultsPublished
  categories { id key name entrantType capacity placesLeft waitingCount selfRegistration minMembers maxMembers }
  liveRounds { ${roundFields} } publicVoteRounds { ${roundFields} } tournamentRounds { ${roundFields} }`;
const listQuery = `query($year: Int) { publicActivities(year: $year) { ${activityFields} } }`;
const oneQuery = `query($id: ID!) { publicActivity(id: $id) { ${activityFields} } }`;

interface PortalRound {
  id: string;
  name: string;
  kind: string;
  opensAt: string | null;
  closesAt: string | null;
  isOpen: boolean;
}
interface PortalCategory {
  key: string;
  entrantType: string;
  capacity: number | null;
  placesLeft: number | null;
  waitingCount: number;
  selfRegistration: boolean;
  minMembers: number | null;
  maxMembers: number | null;
}
interface PortalActivity {
  id: string;
  code: string;
  kind: string;
  kindLabel: string;
  state: string;
  stateLabel: string;
  departmentName: string;
  selfRegistrationOpen: boolean;
  publicRecommendationOpen: boolean;
  projectDeclarationOpen: boolean;
  resultsPublished: boolean;
  categories: PortalCategory[];
  liveRounds: PortalRound[];
  publicVoteRounds: PortalRound[];
  tournamentRounds: PortalRound[];
}

const registerMutation = `mutation($activityId: ID!, $key: String!) {
  register(activityId: $activityId, categoryKey: "A", idempotencyKey: $key) { id state waitingPosition } }`;

const hour = 60 * 60 * 1000;

describe.each(testProviders())("the portal's public activities (%s)", (provider) => {
  let api: ApiHarness;
  let workers: TestWorker[];
  const counter = installSqlCounter();

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const unit = await api.server.database.prisma.organization.findFirstOrThrow({
      where: { kind: "GRASSROOTS_UNION" },
      orderBy: { id: "asc" },
    });
    workers = await createWorkers(api, { count: 4, organizationId: unit.id, prefix: "门户职工", firstSequence: 700 });
  });
  afterAll(() => api?.close());

  /** Anonymous (no token) unless one is given. */
  const list = async (token?: string) => {
    const answer = await api.graphql<{ publicActivities: PortalActivity[] }>(listQuery, { year: 2099 }, token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.publicActivities ?? [];
  };
  const one = async (id: number | string) => {
    const answer = await api.graphql<{ publicActivity: PortalActivity | null }>(oneQuery, { id: String(id) });
    expect(answer.errors).toBeUndefined();
    return answer.data?.publicActivity ?? null;
  };
  const register = async (activityId: number, worker: TestWorker) => {
    const answer = await api.graphql<{ register: { id: string; state: string; waitingPosition: number | null } }>(
      registerMutation,
      { activityId, key: `portal-${worker.workerId}-${activityId}` },
      worker.token,
    );
    if (!answer.data) throw new Error(`register failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.register;
  };

  it("counts places left and the waiting list as registrations fill a category of 2 places", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: "PORTAL-FILL", capacity: 2 });
    const categoryOf = async () => (await one(activity.id))?.categories[0];

    expect(await categoryOf()).toMatchObject({ capacity: 2, placesLeft: 2, waitingCount: 0 });
    // No approval chain: each registration is placed at once, 已确认 while places are free, then 候补.
    const [w1, w2, w3, w4] = workers as [TestWorker, TestWorker, TestWorker, TestWorker];
    expect((await register(activity.id, w1)).state).toBe("CONFIRMED");
    expect(await categoryOf()).toMatchObject({ placesLeft: 1, waitingCount: 0 });
    expect((await register(activity.id, w2)).state).toBe("CONFIRMED");
    expect(await register(activity.id, w3)).toMatchObject({ state: "WAITLISTED", waitingPosition: 1 });
    expect(await register(activity.id, w4)).toMatchObject({ state: "WAITLISTED", waitingPosition: 2 });
    // 2 places − 2 confirmed = 0 left; 2 waiting.
    expect(await categoryOf()).toMatchObject({ capacity: 2, placesLeft: 0, waitingCount: 2 });

    // The first withdraws: 候补第 1 位 moves up, so still 0 left and now 1 waiting.
    const first = await prisma.registration.findFirstOrThrow({
      where: { activityId: activity.id, members: { some: { workerId: w1.workerId } } },
    });
    const withdrawn = await api.graphql(
      `mutation($id: ID!) { withdrawRegistration(id: $id) { state } }`,
      { id: first.id },
      w1.token,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(await categoryOf()).toMatchObject({ placesLeft: 0, waitingCount: 1 });

    const view = await one(activity.id);
    expect(view).toMatchObject({
      code: "PORTAL-FILL",
      kind: "TOURNAMENT",
      kindLabel: "体育赛事",
      state: "REGISTRATION_OPEN",
      stateLabel: "报名中",
      departmentName: "生产保护部",
      selfRegistrationOpen: true,
      publicRecommendationOpen: false,
      projectDeclarationOpen: false,
      resultsPublished: false,
    });
    expect(view?.categories).toEqual([
      expect.objectContaining({
        key: "A",
        entrantType: "INDIVIDUAL",
        selfRegistration: true,
        minMembers: null,
        maxMembers: null,
      }),
    ]);
    // Counts only: no entrant's name, ID number or phone anywhere in the answer.
    const text = JSON.stringify(await list());
    expect(text).not.toContain("门户职工");
    expect(text).not.toMatch(/139\d{8}/);
  });

  it("leaves drafts out of the list and answers null for a draft or an unknown id", async () => {
    const prisma = api.server.database.prisma;
    const draft = await createOpenActivity(prisma, { code: "PORTAL-DRAFT", capacity: null });
    await prisma.activity.update({ where: { id: draft.id }, data: { state: "DRAFT" } });
    expect((await list()).map((activity) => activity.code)).not.toContain("PORTAL-DRAFT");
    expect(await one(draft.id)).toBeNull();
    expect(await one(999_999)).toBeNull();
    expect(await one("not-an-id")).toBeNull();
  });

  it("tells a category workers register for themselves from one only their union enters, and a passed deadline", async () => {
    const prisma = api.server.database.prisma;
    const unitOnly = await createJudgedRound(prisma, { code: "PORTAL-UNIT", state: "REGISTRATION_OPEN" });
    const view = await one(unitOnly.activityId);
    // The choir contest takes unit nominations only; a choir is a team of at least 2, no upper limit.
    expect(view).toMatchObject({ selfRegistrationOpen: false, kindLabel: "文艺比赛", stateLabel: "报名中" });
    expect(view?.categories).toEqual([
      expect.objectContaining({
        entrantType: "TEAM",
        selfRegistration: false,
        capacity: null,
        placesLeft: null,
        waitingCount: 0,
        minMembers: 2,
        maxMembers: null,
      }),
    ]);

    const late = await createOpenActivity(prisma, {
      code: "PORTAL-LATE",
      capacity: 5,
      registrationClosesOn: "2000-02-01",
    });
    const lateView = await one(late.id);
    // The category still takes self-registration, but the deadline has passed.
    expect(lateView?.categories[0]).toMatchObject({ selfRegistration: true, placesLeft: 5 });
    expect(lateView?.selfRegistrationOpen).toBe(false);
  });

  it("lists a judged round as live only once judging has begun, open while judging and final afterwards", async () => {
    const prisma = api.server.database.prisma;
    const choir = await createJudgedRound(prisma, { code: "PORTAL-LIVE", state: "REGISTRATION_CLOSED" });
    expect((await one(choir.activityId))?.liveRounds).toEqual([]);

    await prisma.activity.update({ where: { id: choir.activityId }, data: { state: "JUDGING" } });
    const judging = await one(choir.activityId);
    expect(judging?.liveRounds).toEqual([
      {
        id: String(choir.roundId),
        name: "现场演唱",
        kind: "CRITERIA_SCORING",
        opensAt: null,
        closesAt: null,
        isOpen: true,
      },
    ]);
    expect(judging?.resultsPublished).toBe(false);

    await prisma.activity.update({ where: { id: choir.activityId }, data: { state: "PUBLIC_NOTICE" } });
    const notice = await one(choir.activityId);
    expect(notice?.liveRounds.map((round) => round.isOpen)).toEqual([false]);
    expect(notice).toMatchObject({ resultsPublished: true, stateLabel: "结果公示" });
  });

  it("shows a public vote round with its schedule, open now or closed", async () => {
    const prisma = api.server.database.prisma;
    const now = Date.now();
    const open = await createVoteActivity(prisma, { code: "PORTAL-VOTE-OPEN", candidateNames: ["甲", "乙"] });
    const closed = await createVoteActivity(prisma, {
      code: "PORTAL-VOTE-DONE",
      candidateNames: ["丙"],
      opensAt: new Date(now - 10 * 24 * hour),
      closesAt: new Date(now - hour),
    });
    const openView = await one(open.activityId);
    expect(openView?.publicVoteRounds).toHaveLength(1);
    expect(openView?.publicVoteRounds[0]).toMatchObject({
      id: String(open.roundId),
      kind: "PUBLIC_VOTE",
      isOpen: true,
    });
    expect(Date.parse(openView?.publicVoteRounds[0]?.closesAt ?? "")).toBeGreaterThan(now);
    // The jury round of the vote activity is being judged: its scoreboard is public too.
    expect(openView?.liveRounds.map((round) => round.id)).toEqual([String(open.juryRoundId)]);
    const closedView = await one(closed.activityId);
    expect(closedView?.publicVoteRounds).toEqual([
      expect.objectContaining({
        id: String(closed.roundId),
        isOpen: false,
        closesAt: new Date(now - hour).toISOString(),
      }),
    ]);

    // Counted early (closedAt): no longer open, though the window has not ended.
    await prisma.round.update({ where: { id: open.roundId }, data: { closedAt: new Date() } });
    expect((await one(open.activityId))?.publicVoteRounds[0]?.isOpen).toBe(false);
  });

  it("says when the public may recommend a candidate (最美劳动者)", async () => {
    const prisma = api.server.database.prisma;
    const recommending = await createVoteActivity(prisma, {
      code: "PORTAL-RECOMMEND",
      candidateNames: [],
      state: "REGISTRATION_OPEN",
    });
    expect(await one(recommending.activityId)).toMatchObject({
      kindLabel: "最美劳动者",
      publicRecommendationOpen: true,
      selfRegistrationOpen: false,
      projectDeclarationOpen: false,
    });
  });

  it("lists a match round once something is drawn", async () => {
    const prisma = api.server.database.prisma;
    const tournament = await createTournament(prisma, {
      code: "PORTAL-MATCHES",
      state: "JUDGING",
      entrants: 2,
      firstSequence: 400,
    });
    expect((await one(tournament.activityId))?.tournamentRounds).toEqual([]);
    const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
    await prisma.tournamentDraw.create({
      data: { roundId: tournament.roundId, categoryId: tournament.categoryId, draw: {}, drawnById: admin.id },
    });
    expect((await one(tournament.activityId))?.tournamentRounds).toEqual([
      { id: String(tournament.roundId), name: "比赛", kind: "MATCHES", opensAt: null, closesAt: null, isOpen: true },
    ]);
  });

  it("lists what takes entries first, then judging, notice, closed registration and the archive", async () => {
    const prisma = api.server.database.prisma;
    await createJudgedRound(prisma, { code: "PORTAL-FINAL", state: "FINAL" });
    await createJudgedRound(prisma, { code: "PORTAL-CLOSED", state: "REGISTRATION_CLOSED" });
    const states = (await list()).map((activity) => activity.state);
    const order = ["REGISTRATION_OPEN", "JUDGING", "PUBLIC_NOTICE", "REGISTRATION_CLOSED", "FINAL"];
    expect(states.length).toBeGreaterThan(8);
    expect(states.map((state) => order.indexOf(state))).toEqual(
      [...states].map((state) => order.indexOf(state)).sort((one, other) => one - other),
    );
    expect(new Set(states)).toEqual(new Set(order));
  });

  it("answers anyone: the public without signing in, a worker and the admin alike", async () => {
    const anonymous = await list();
    expect(anonymous.length).toBeGreaterThan(0);
    expect(await list((workers[0] as TestWorker).token)).toEqual(anonymous);
    expect(await list(await api.tokenFor("admin"))).toEqual(anonymous);
  });

  it("reads the whole list in a fixed handful of SQL statements, however many activities", async () => {
    const measure = async () => {
      counter.reset();
      await list();
      return counter.count;
    };
    const before = await measure();
    const prisma = api.server.database.prisma;
    for (let index = 0; index < 5; index++) {
      await createOpenActivity(prisma, { code: `PORTAL-MANY-${index}`, capacity: 3 });
      await createJudgedRound(prisma, { code: `PORTAL-MANY-LIVE-${index}` });
    }
    const after = await measure();
    // Activities, departments, categories, rounds, and the place counts: 5.
    expect(before).toBeLessThanOrEqual(5);
    expect(after).toBe(before);
  });
});
