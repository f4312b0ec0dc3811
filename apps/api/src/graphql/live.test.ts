import { createConnection } from "node:net";
import { createTestDatabase, testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenIssuer } from "../auth/tokens.ts";
import { createLogger } from "../logger.ts";
import { type RunningServer, startServer } from "../server.ts";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createJudgedRound, type JudgedRound, writeScore } from "../test/live-fixtures.ts";
import { subscribe, wsClient } from "../test/ws-client.ts";

const boardSubscription = `subscription($roundId: ID!) {
  roundScoreboard(roundId: $roundId) {
    roundName activityState
    entries { registrationId name unitName categoryName score exactScore judgesSubmitted judgesAssigned place placeLabel }
  }
}`;

interface Board {
  roundScoreboard: {
    roundName: string;
    activityState: string;
    entries: {
      registrationId: string;
      name: string;
      score: string | null;
      exactScore: string | null;
      judgesSubmitted: number;
      judgesAssigned: number;
      place: number | null;
      placeLabel: string | null;
    }[];
  };
}

/** name → [score, judges submitted, place] for compact comparisons. */
function summary(board: Board | null | undefined) {
  return Object.fromEntries(
    (board?.roundScoreboard.entries ?? []).map((entry) => [
      entry.name.split(" ")[1],
      [entry.score, entry.judgesSubmitted, entry.place],
    ]),
  );
}

describe.each(testProviders())("live results over graphql-ws (%s)", (provider) => {
  let api: ApiHarness;
  let round: JudgedRound;
  beforeAll(async () => {
    api = await startApiHarness(provider);
    round = await createJudgedRound(api.server.database.prisma, { code: "LIVE-1" });
  });
  afterAll(() => api?.close());

  it("pushes the board at once, then after each change, to an anonymous screen of a round being judged", async () => {
    const prisma = api.server.database.prisma;
    // Sheets so far (LOCKED unless said): 甲 90 and 92; 乙 91 and 91; 丙 88.5, and a DRAFT of 50 for
    // 甲 from the third judge, which does not count. Plain means (the template's trimmed mean trims
    // nothing below five judges): 甲 (90+92)/2 = 91, 乙 (91+91)/2 = 91, 丙 88.5.
    // Places: 甲 and 乙 share 1st, 丙 is 3rd (1, 1, 3).
    await writeScore(prisma, round.assignmentOf(0, 0), "90");
    await writeScore(prisma, round.assignmentOf(0, 1), "92");
    await writeScore(prisma, round.assignmentOf(0, 2), "50", "DRAFT");
    await writeScore(prisma, round.assignmentOf(1, 0), "91");
    await writeScore(prisma, round.assignmentOf(1, 1), "91");
    await writeScore(prisma, round.assignmentOf(2, 0), "88.5");

    const screen = subscribe<Board>(wsClient(api.server.url), boardSubscription, { roundId: String(round.roundId) });
    try {
      const first = await screen.next();
      expect(first.errors).toBeUndefined();
      expect(first.data?.roundScoreboard).toMatchObject({ roundName: "现场演唱", activityState: "JUDGING" });
      expect(summary(first.data)).toEqual({
        甲队: ["91.00", 2, 1],
        乙队: ["91.00", 2, 1],
        丙队: ["88.50", 1, 3],
      });
      const shared = first.data?.roundScoreboard.entries.find((entry) => entry.name.endsWith("甲队"));
      expect(shared).toMatchObject({ judgesAssigned: 3, placeLabel: "并列第 1 名", exactScore: "91" });
      // Never a judge's own score, never an ID number: the type has no such field.
      expect(JSON.stringify(first.data)).not.toMatch(/judgeId|idNumber|"50"/);

      // The third judge submits 95 for 丙: (88.5 + 95) / 2 = 91.75, first; 甲 and 乙 share 2nd (1, 2, 2).
      await writeScore(prisma, round.assignmentOf(2, 2), "95");
      await api.server.live.roundChanged(round.roundId);
      const second = await screen.next();
      expect(summary(second.data)).toEqual({
        丙队: ["91.75", 2, 1],
        甲队: ["91.00", 2, 2],
        乙队: ["91.00", 2, 2],
      });
      expect(second.data?.roundScoreboard.entries.map((entry) => entry.placeLabel)).toEqual([
        "第 1 名",
        "并列第 2 名",
        "并列第 2 名",
      ]);

      // A burst of changes within the debounce recomputes once.
      for (let change = 0; change < 5; change++) await api.server.live.roundChanged(round.roundId);
      expect(await screen.countFor(600)).toBe(1);
      // A change to another round is not this screen's business.
      await api.server.live.roundChanged(round.roundId + 1000);
      expect(await screen.countFor(300)).toBe(0);
    } finally {
      await screen.close();
    }
  });

  it("pushes a fresh board when a judge submits a score sheet through the API", async () => {
    const prisma = api.server.database.prisma;
    const round = await createJudgedRound(prisma, { code: "LIVE-E2E" });
    const screen = subscribe<Board>(wsClient(api.server.url), boardSubscription, { roundId: String(round.roundId) });
    try {
      expect(summary((await screen.next()).data)).toEqual({
        甲队: [null, 0, null],
        乙队: [null, 0, null],
        丙队: [null, 0, null],
      });
      // The first judge scores 乙: 45.5 + 18 + 14 + 9 + 5 = 91.5, its only sheet so far.
      const judge = await api.tokenForUserId(round.judges[0]);
      const submitted = await api.graphql(
        `mutation($id: ID!, $scores: [CriterionScoreInput!]!) {
          submitScore(assignmentId: $id, idempotencyKey: "live-e2e-1", scores: $scores) { id }
        }`,
        {
          id: String(round.assignmentOf(1, 0)),
          scores: [
            { criterionKey: "pitch", score: "45.5" },
            { criterionKey: "stage", score: "18" },
            { criterionKey: "appearance", score: "14" },
            { criterionKey: "entrance", score: "9" },
            { criterionKey: "song", score: "5" },
          ],
        },
        judge,
      );
      expect(submitted.errors).toBeUndefined();
      expect(summary((await screen.next()).data)).toEqual({
        乙队: ["91.50", 1, 1],
        甲队: [null, 0, null],
        丙队: [null, 0, null],
      });
    } finally {
      await screen.close();
    }
  });

  it("keeps the board of a round whose activity is not yet judged for its organizers and the admin", async () => {
    const prisma = api.server.database.prisma;
    const hidden = await createJudgedRound(prisma, { code: "LIVE-2", state: "REGISTRATION_CLOSED" });
    const variables = { roundId: String(hidden.roundId) };

    const anonymous = subscribe<Board>(wsClient(api.server.url), boardSubscription, variables);
    const refused = await anonymous.next();
    await anonymous.close();
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({ message: "请先登录", extensions: { code: "UNAUTHENTICATED" } });

    const worker = subscribe<Board>(
      wsClient(api.server.url, await api.tokenFor("worker")),
      boardSubscription,
      variables,
    );
    const forbidden = await worker.next();
    await worker.close();
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const organizer = subscribe<Board>(
      wsClient(api.server.url, await api.tokenFor("organizer")),
      boardSubscription,
      variables,
    );
    const allowed = await organizer.next();
    await organizer.close();
    expect(allowed.errors).toBeUndefined();
    expect(summary(allowed.data)).toEqual({ 甲队: [null, 0, null], 乙队: [null, 0, null], 丙队: [null, 0, null] });

    // The same rule over HTTP for the one-off query.
    const overHttp = await api.graphql(
      "query($roundId: ID!) { roundScoreboard(roundId: $roundId) { roundName } }",
      variables,
    );
    expect(overHttp.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const missing = subscribe<Board>(wsClient(api.server.url), boardSubscription, { roundId: "999999" });
    expect((await missing.next()).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await missing.close();
  });

  it("applies the depth, alias and cost limits to operations over WebSocket too", async () => {
    const roundId = String(round.roundId);
    const tooDeep = subscribe<Board>(
      wsClient(api.server.url),
      "subscription($roundId: ID!) { roundScoreboard(roundId: $roundId) { entries { name { a { b { c { d { e { f { g } } } } } } } } } }",
      { roundId },
    );
    const deep = await tooDeep.next();
    await tooDeep.close();
    expect(deep.data ?? null).toBeNull();
    expect(deep.errors?.map((error) => error.message)).toContain("请求格式不正确：查询嵌套 10 层，最多允许 8 层");
    expect(deep.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    const aliases = Array.from({ length: 31 }, (_, index) => `n${index}: name`).join(" ");
    const tooManyAliases = subscribe<Board>(
      wsClient(api.server.url),
      `subscription($roundId: ID!) { roundScoreboard(roundId: $roundId) { entries { ${aliases} } } }`,
      { roundId },
    );
    const aliased = await tooManyAliases.next();
    await tooManyAliases.close();
    expect(aliased.errors?.[0]?.message).toBe("请求格式不正确：查询使用了 31 个别名，最多允许 30 个");

    // A query sent over the socket is priced like one over HTTP: 12 fields and `parent` with 12
    // more make 25 per row, so 1 + 1000 × 25 = 25,001 > 25,000.
    const organizationFields =
      "id code name kind path depth parentId pathName childCount workerCount grassrootsClass ownership";
    const costly = subscribe(
      wsClient(api.server.url, await api.tokenFor("admin")),
      `query($perPage: Int) { allOrganizations(perPage: $perPage) { ${organizationFields} parent { ${organizationFields} } } }`,
      { perPage: 1000 },
    );
    const refusal = await costly.next();
    await costly.close();
    expect(refusal.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(refusal.errors?.[0]?.message).toMatch(
      /^查询过于复杂，请减少字段、嵌套层数或每页条数后再试（本次查询计算量 25001，最多允许 25000）$/,
    );
  });
});

async function redisReachable(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port: 6379 });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const canUsePostgres = testProviders().includes("postgresql");
const redisUp = await redisReachable();
if (!redisUp && process.env.CI !== "true") {
  console.warn(`Live results across instances skipped: Redis is not reachable at ${redisUrl} (CI is not set).`);
}
if (!canUsePostgres) {
  console.warn("Live results across instances skipped: they need PostgreSQL (set TEST_DATABASE_URL).");
}

describe.runIf(canUsePostgres && (redisUp || process.env.CI === "true"))(
  "live results across two API instances through Redis (postgresql)",
  () => {
    const servers: RunningServer[] = [];
    let dropDatabase: () => Promise<void> = async () => {};
    const authSecret = "test-secret-test-secret-test-secret-0123";
    beforeAll(async () => {
      if (!redisUp) throw new Error(`CI=true but Redis is not reachable at ${redisUrl}`);
      const database = await createTestDatabase("postgresql");
      dropDatabase = database.drop;
      for (const demoData of [true, false]) {
        servers.push(
          await startServer({
            databaseUrl: database.url,
            port: 0,
            host: "127.0.0.1",
            production: false,
            demoData,
            authSecret,
            redisUrl,
            log: createLogger(() => {}),
          }),
        );
      }
    });
    afterAll(async () => {
      for (const server of servers) await server.close();
      await dropDatabase();
    });

    it("a score published on instance A reaches a screen on instance B", async () => {
      const [a, b] = servers;
      if (!a || !b) throw new Error("servers not started");
      const round = await createJudgedRound(a.database.prisma, { code: "LIVE-AB" });
      const token = await createTokenIssuer(authSecret).issue(
        (await a.database.prisma.user.findUniqueOrThrow({ where: { username: "admin" } })).id,
      );
      const screen = subscribe<Board>(wsClient(b.url, token), boardSubscription, { roundId: String(round.roundId) });
      try {
        expect(summary((await screen.next()).data)).toEqual({
          甲队: [null, 0, null],
          乙队: [null, 0, null],
          丙队: [null, 0, null],
        });
        // Instance A writes 甲's first sheet (86) and publishes; B recomputes from the shared database.
        await writeScore(a.database.prisma, round.assignmentOf(0, 0), "86");
        await a.live.roundChanged(round.roundId);
        expect(summary((await screen.next()).data)).toEqual({
          甲队: ["86.00", 1, 1],
          乙队: [null, 0, null],
          丙队: [null, 0, null],
        });
      } finally {
        await screen.close();
      }
    });
  },
);
