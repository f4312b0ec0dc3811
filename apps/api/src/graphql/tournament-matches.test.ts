import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createTournament, type TournamentFixture } from "../test/tournament-fixtures.ts";
import { tournamentStandingsOf } from "../tournaments/tournament-standings.ts";

const matchFields = `id slot stage stageName matchNumber version court scheduledAt scoreText bye
  entrantA { registrationId name unitName } entrantB { registrationId name unitName } winner { registrationId name }`;
const drawMutation = `mutation($roundId: ID!, $categoryId: ID!, $seeds: [ID!], $lot: Int) {
  drawTournament(roundId: $roundId, categoryId: $categoryId, seedRegistrationIds: $seeds, lotNumber: $lot) { id } }`;
const scoreMutation = `mutation($id: ID!, $games: [GameScoreInput!]!, $version: Int!, $reason: String) {
  recordMatchScore(id: $id, games: $games, version: $version, reason: $reason) { ${matchFields} } }`;
const scheduleMutation = `mutation($id: ID!, $court: String!, $at: DateTime!, $version: Int!) {
  scheduleMatch(id: $id, court: $court, scheduledAt: $at, version: $version) { ${matchFields} } }`;
const matchesQuery = `query($categoryId: ID!) {
  allMatches(filter: { categoryId: $categoryId }, sortField: "id") { ${matchFields} } }`;
const viewQuery = `query($roundId: ID!, $categoryId: ID!) {
  tournamentDraw(roundId: $roundId, categoryId: $categoryId) {
    groups { name members { registrationId name unitName } }
    knockoutLines { line source entrant { name } }
    groupTables { group complete note standings { place won gameDifference pointDifference decidedBy explanation
      entrant { registrationId name unitName players { name unitName } } } }
    bracket { rounds { name matches { slot entrantA { name } entrantB { name } winner { name } scoreText } } }
    standings { place sharedPlace stageReached explanation entrant { registrationId name } }
  } }`;

interface Side {
  registrationId: string;
  name: string;
  unitName: string;
}
interface MatchView {
  id: string;
  slot: string;
  stage: string;
  stageName: string;
  matchNumber: number;
  version: number;
  court: string | null;
  scheduledAt: string | null;
  scoreText: string | null;
  bye: boolean;
  entrantA: Side | null;
  entrantB: Side | null;
  winner: { registrationId: string; name: string } | null;
}
interface View {
  groups: { name: string; members: Side[] }[];
  knockoutLines: { line: number; source: string; entrant: { name: string } | null }[];
  groupTables: {
    group: string;
    complete: boolean;
    note: string | null;
    standings: {
      place: number;
      won: number;
      gameDifference: number;
      pointDifference: number;
      decidedBy: string;
      explanation: string;
      entrant: Side & { players: { name: string; unitName: string }[] };
    }[];
  }[];
  bracket: {
    rounds: {
      name: string;
      matches: {
        slot: string;
        entrantA: { name: string } | null;
        entrantB: { name: string } | null;
        winner: { name: string } | null;
        scoreText: string | null;
      }[];
    }[];
  };
  standings: {
    place: number | null;
    sharedPlace: boolean;
    stageReached: string;
    explanation: string;
    entrant: { registrationId: string; name: string };
  }[];
}

type Games = [number, number][];

describe.each(testProviders())("tournament matches (%s)", (provider) => {
  let api: ApiHarness;
  let organizer: string;
  let fixture: TournamentFixture;
  let groups: View["groups"];

  beforeAll(async () => {
    api = await startApiHarness(provider);
    organizer = await api.tokenFor("organizer");
    const prisma = api.server.database.prisma;
    const worker = await prisma.user.findUniqueOrThrow({ where: { username: "worker" } });
    // 7 made-up players and the demo worker: 8 entrants, two groups of 4, the top two of each advance.
    fixture = await createTournament(prisma, {
      code: "MATCHES",
      state: "JUDGING",
      entrants: 7,
      firstSequence: 100,
      extraWorkerIds: [worker.workerId as number],
    });
    const [s1, s2] = fixture.registrationIds;
    const drawn = await api.graphql(
      drawMutation,
      { roundId: fixture.roundId, categoryId: fixture.categoryId, seeds: [s1, s2], lot: 42 },
      organizer,
    );
    expect(drawn.errors).toBeUndefined();
    groups = (await view()).groups;
  });
  afterAll(() => api?.close());

  async function view(token?: string): Promise<View> {
    const answer = await api.graphql<{ tournamentDraw: View }>(
      viewQuery,
      { roundId: fixture.roundId, categoryId: fixture.categoryId },
      token === undefined ? organizer : token || undefined,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.tournamentDraw as View;
  }
  async function matches(): Promise<MatchView[]> {
    const answer = await api.graphql<{ allMatches: MatchView[] }>(
      matchesQuery,
      { categoryId: fixture.categoryId },
      organizer,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.allMatches ?? [];
  }
  const member = (group: number, place: number) => groups[group]?.members[place - 1] as Side;
  async function matchOf(one: Side, other: Side): Promise<MatchView> {
    const found = (await matches()).find((match) => {
      const sides = [match.entrantA?.registrationId, match.entrantB?.registrationId];
      return sides.includes(one.registrationId) && sides.includes(other.registrationId);
    });
    if (!found) throw new Error(`no match ${one.name} v ${other.name}`);
    return found;
  }
  const score = (match: MatchView, games: Games, reason?: string, version = match.version) =>
    api.graphql<{ recordMatchScore: MatchView }>(
      scoreMutation,
      { id: match.id, games: games.map(([a, b]) => ({ a, b })), version, reason },
      organizer,
    );
  /** The winner's points first in `games`; turned round when the winner is side B. */
  async function play(winner: Side, loser: Side, games: Games) {
    const match = await matchOf(winner, loser);
    const flipped = match.entrantA?.registrationId !== winner.registrationId;
    const answer = await score(match, flipped ? games.map(([w, l]) => [l, w]) : games);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.recordMatchScore.winner?.registrationId).toBe(winner.registrationId);
    return answer.data?.recordMatchScore as MatchView;
  }

  it("refuses impossible game scores with every reason, and writes nothing", async () => {
    const match = await matchOf(member(0, 1), member(0, 2));
    // 21:20 is not over (a 2-point lead is needed), 31:29 cannot happen (30 is the cap), 30:28 is a
    // finished game (from 28-all, 29:28, 30:28). Counting by points the match was 2:0 after two
    // games, so a third game should not have been played.
    const answer = await score(match, [
      [21, 20],
      [31, 29],
      [30, 28],
    ]);
    expect(answer.errors?.[0]?.extensions?.code).toBe("MATCH_SCORE_REFUSED");
    expect(answer.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "GAME_SCORE_UNFINISHED",
      "GAME_SCORE_ABOVE_CAP",
      "MATCH_SCORE_GAME_AFTER_DECIDED",
    ]);
    expect(answer.errors?.[0]?.message).toBe(
      "比分不能录入：第 1 局 21:20：须领先 2 分（或先到 30 分）才能赢得一局，本局尚未结束；" +
        "第 2 局 31:29 不可能出现：一局最多打到 30 分；" +
        "比赛在第 2 局后已以 2:0 决出胜负，其后的 1 局不应录入",
    );
    const after = await matchOf(member(0, 1), member(0, 2));
    expect(after).toMatchObject({ version: match.version, scoreText: null, winner: null });
    // 30:28 is accepted as a game: P1 (side A, listed first in the group) beats P2 30:28, 21:19,
    // the result the group scenario below counts on.
    const valid = await score(match, [
      [30, 28],
      [21, 19],
    ]);
    expect(valid.errors).toBeUndefined();
    expect(valid.data?.recordMatchScore.scoreText).toBe("30:28, 21:19");
    expect(valid.data?.recordMatchScore.winner?.registrationId).toBe(member(0, 1).registrationId);
  });

  it("two people entering the same match at once: one entry wins, the other gets STALE_VERSION", async () => {
    const match = await matchOf(member(1, 1), member(1, 2));
    const games: Games = [
      [21, 19],
      [18, 21],
      [21, 19],
    ];
    const flipped = match.entrantA?.registrationId !== member(1, 1).registrationId;
    const sheet: Games = flipped ? games.map(([w, l]) => [l, w]) : games;
    const answers = await Promise.all([score(match, sheet), score(match, sheet)]);
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["OK", "STALE_VERSION"]);
    const audit = await api.server.database.prisma.auditEntry.count({
      where: { entityType: "Match", entityId: Number(match.id), action: "MATCH_SCORE" },
    });
    expect(audit).toBe(1);
  });

  it("schedules on courts and refuses a court double-booked or a player in two matches at once", async () => {
    const [p1, p2, p3, p4] = [1, 2, 3, 4].map((place) => member(0, place)) as Side[];
    const q = [1, 2, 3, 4].map((place) => member(1, place)) as Side[];
    const nine = "2099-05-20T01:00:00.000Z"; // 09:00 China time
    const first = await matchOf(p1 as Side, p4 as Side);
    const put = await api.graphql<{ scheduleMatch: MatchView }>(
      scheduleMutation,
      { id: first.id, court: "1号场", at: nine, version: first.version },
      organizer,
    );
    expect(put.errors).toBeUndefined();
    expect(put.data?.scheduleMatch).toMatchObject({ court: "1号场", scheduledAt: nine });

    // Another group's match on 1号场 ten minutes later: the court is taken.
    const other = await matchOf(q[2] as Side, q[3] as Side);
    const clash = await api.graphql(
      scheduleMutation,
      { id: other.id, court: "1号场", at: "2099-05-20T01:10:00.000Z", version: other.version },
      organizer,
    );
    expect(clash.errors?.[0]?.extensions?.code).toBe("MATCH_SCHEDULE_REFUSED");
    expect(clash.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "MATCH_COURT_DOUBLE_BOOKED",
    ]);
    expect(clash.errors?.[0]?.message).toContain("1号场 在 5月20日 09:00 已安排男单 A 组第 1 场");

    // P1 again at 09:15 on another court: P1 is playing then.
    const again = await matchOf(p1 as Side, p3 as Side);
    const busy = await api.graphql(
      scheduleMutation,
      { id: again.id, court: "2号场", at: "2099-05-20T01:15:00.000Z", version: again.version },
      organizer,
    );
    expect(busy.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        field: "scheduledAt",
        code: "MATCH_PLAYER_DOUBLE_BOOKED",
        message: `${p1?.name} 在 5月20日 09:00 已有比赛（男单 A 组第 1 场（${p1?.name} 对 ${p4?.name}）），同一选手 30 分钟内不能安排两场比赛`,
      },
    ]);
    // P2 v P3 on 2号场 at 09:00 is fine; a stale version is refused.
    const free = await matchOf(p2 as Side, p3 as Side);
    const ok = await api.graphql(
      scheduleMutation,
      { id: free.id, court: "2号场", at: nine, version: free.version },
      organizer,
    );
    expect(ok.errors).toBeUndefined();
    const stale = await api.graphql(
      scheduleMutation,
      { id: free.id, court: "3号场", at: nine, version: free.version },
      organizer,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("STALE_VERSION");
    const audit = await api.server.database.prisma.auditEntry.findMany({
      where: { action: "MATCH_SCHEDULE", activityId: fixture.activityId },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]?.after).toEqual({ court: "1号场", scheduledAt: nine });
  });

  it("ranks the groups by the rules, fills the knockout, and advances the winners to the final", async () => {
    const [p1, p2, p3, p4] = [1, 2, 3, 4].map((place) => member(0, place)) as [Side, Side, Side, Side];
    const [q1, q2, q3, q4] = [1, 2, 3, 4].map((place) => member(1, place)) as [Side, Side, Side, Side];

    // Group A: P1, P2 and P3 beat each other in a circle and all beat P4, so three share 2 wins.
    // Game difference over ALL their group matches decides:
    //   P1: beat P2 2-0, lost to P3 1-2, beat P4 2-0 → games 5-2 = +3
    //   P2: lost to P1 0-2, beat P3 2-1, beat P4 2-0 → games 4-3 = +1
    //   P3: lost to P2 1-2, beat P1 2-1, beat P4 2-0 → games 5-3 = +2
    // so P1 first, P3 second, P2 third, P4 (no win) fourth.
    // (P1 beat P2 30:28, 21:19 in the first test.)
    await play(p2, p3, [
      [21, 18],
      [19, 21],
      [21, 16],
    ]);
    await play(p3, p1, [
      [21, 19],
      [17, 21],
      [21, 19],
    ]);
    await play(p1, p4, [
      [21, 10],
      [21, 12],
    ]);
    await play(p2, p4, [
      [21, 11],
      [21, 13],
    ]);
    // Not complete yet: the table is provisional and no one has taken a knockout line.
    const midway = await view();
    expect(midway.groupTables[0]?.complete).toBe(false);
    expect(midway.knockoutLines.every((line) => line.entrant === null)).toBe(true);
    await play(p3, p4, [
      [21, 14],
      [21, 9],
    ]);

    // Group B (Q1 v Q2 was entered in the concurrency test: Q1 won 2-1). Q1 and Q2 end on 2 wins
    // and exactly two are level, so their match decides: Q1 first, though Q2's game difference
    // is better (Q1: 2-1, 2-1, 0-2 → 0; Q2: 1-2, 2-0, 2-0 → +3). Q3 and Q4 end on 1 win each;
    // Q3 beat Q4, so Q3 is third.
    await play(q1, q3, [
      [21, 17],
      [19, 21],
      [21, 18],
    ]);
    await play(q4, q1, [
      [21, 12],
      [21, 14],
    ]);
    await play(q2, q3, [
      [21, 5],
      [21, 6],
    ]);
    await play(q2, q4, [
      [21, 7],
      [21, 8],
    ]);
    await play(q3, q4, [
      [21, 16],
      [21, 17],
    ]);

    const settled = await view();
    const table = (index: number) =>
      settled.groupTables[index]?.standings.map((row) => [
        row.entrant.name,
        row.won,
        row.gameDifference,
        row.explanation,
      ]);
    expect(settled.groupTables.map((each) => each.complete)).toEqual([true, true]);
    expect(table(0)).toEqual([
      [p1.name, 2, 3, "三人同积 2 胜，局数差 +3，按局数差列第 1"],
      [p3.name, 2, 2, "三人同积 2 胜，局数差 +2，按局数差列第 2"],
      [p2.name, 2, 1, "三人同积 2 胜，局数差 +1，按局数差列第 3"],
      [p4.name, 0, -6, "胜 0 场，列第 4"],
    ]);
    expect(table(1)).toEqual([
      [q1.name, 2, 0, "两人同积 2 胜，相互间比赛获胜，列第 1"],
      [q2.name, 2, 3, "两人同积 2 胜，相互间比赛告负，列第 2"],
      [q3.name, 1, -1, "两人同积 1 胜，相互间比赛获胜，列第 3"],
      [q4.name, 1, -2, "两人同积 1 胜，相互间比赛告负，列第 4"],
    ]);
    expect(settled.groupTables[1]?.standings.map((row) => row.decidedBy)).toEqual([
      "HEAD_TO_HEAD",
      "HEAD_TO_HEAD",
      "HEAD_TO_HEAD",
      "HEAD_TO_HEAD",
    ]);

    // The qualifiers take their lines: 4 lines, A 组第 1 名 seed 1 on line 1, B 组第 1 名 seed 2 on
    // line 4; each runner-up in the half away from its own winner: B2 on line 2, A2 on line 3.
    expect(settled.knockoutLines.map((line) => [line.line, line.source, line.entrant?.name])).toEqual([
      [1, "A 组第 1 名", p1.name],
      [2, "B 组第 2 名", q2.name],
      [3, "A 组第 2 名", p3.name],
      [4, "B 组第 1 名", q1.name],
    ]);

    // Semi-finals: P1 beats Q2, Q1 beats P3; the winners meet in the final, which Q1 wins.
    await play(p1, q2, [
      [21, 18],
      [21, 16],
    ]);
    await play(q1, p3, [
      [22, 20],
      [21, 17],
    ]);
    const final = (await view()).bracket.rounds[1]?.matches[0];
    expect(final).toMatchObject({
      slot: "R2-1",
      entrantA: { name: p1.name },
      entrantB: { name: q1.name },
      winner: null,
    });
    await play(q1, p1, [
      [21, 19],
      [15, 21],
      [21, 18],
    ]);

    // Final placings: champion Q1, runner-up P1, both losing semi-finalists share third, then the
    // group thirds share fifth and the group fourths share seventh.
    const done = await view();
    expect(done.bracket.rounds[1]?.matches[0]).toMatchObject({
      winner: { name: q1.name },
      scoreText: "19:21, 21:15, 18:21",
    });
    expect(done.standings.map((row) => [row.entrant.name, row.place, row.sharedPlace, row.stageReached])).toEqual([
      [q1.name, 1, false, "冠军"],
      [p1.name, 2, false, "决赛"],
      ...[
        [q2.name, 3, true, "半决赛"],
        [p3.name, 3, true, "半决赛"],
      ].sort((one, other) => Number(nameId(one[0])) - Number(nameId(other[0]))),
      ...[
        [p2.name, 5, true, "小组赛"],
        [q3.name, 5, true, "小组赛"],
      ].sort((one, other) => Number(nameId(one[0])) - Number(nameId(other[0]))),
      ...[
        [p4.name, 7, true, "小组赛"],
        [q4.name, 7, true, "小组赛"],
      ].sort((one, other) => Number(nameId(one[0])) - Number(nameId(other[0]))),
    ]);
    expect(done.standings[0]?.explanation).toBe(`冠军：决赛战胜 ${p1.name}`);
    expect(done.standings[1]?.explanation).toBe(`亚军：决赛负于 ${q1.name}`);

    // A correction needs a reason, and is audited before and after.
    const finalMatch = (await matches()).find((match) => match.slot === "R2-1") as MatchView;
    const games: Games = [
      [19, 21],
      [21, 15],
      [18, 21],
    ];
    const noReason = await score(finalMatch, [...games.slice(0, 2), [17, 21]]);
    expect(noReason.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "CORRECTION_REASON_REQUIRED",
    ]);
    const corrected = await score(finalMatch, [...games.slice(0, 2), [17, 21]], "第三局记分员记错");
    expect(corrected.errors).toBeUndefined();
    const audit = await api.server.database.prisma.auditEntry.findFirstOrThrow({
      where: { action: "MATCH_SCORE_CORRECT", entityId: Number(finalMatch.id) },
    });
    expect(audit.reason).toBe("第三局记分员记错");
    expect(audit.before).toMatchObject({ games: games.map(([a, b]) => ({ a, b })) });
    expect(audit.after).toMatchObject({ games: [...games.slice(0, 2), [17, 21]].map(([a, b]) => ({ a, b })) });

    // A group score that would change who qualified is refused now that the knockout has begun.
    const groupMatch = await matchOf(p1, p2);
    const flipped = groupMatch.entrantA?.registrationId !== p1.registrationId;
    const lose: Games = [
      [10, 21],
      [10, 21],
    ];
    const changed = await score(groupMatch, flipped ? lose.map(([a, b]) => [b, a]) : lose, "录错");
    expect(changed.errors?.[0]?.extensions?.code).toBe("MATCH_SCORE_REFUSED");
    expect(changed.errors?.[0]?.message).toContain("淘汰赛已经开始");

    // The function the results are computed from gives the same placings.
    const direct = await tournamentStandingsOf(api.server.database.prisma, fixture.roundId, fixture.categoryId);
    expect(direct.map((row) => [String(row.registrationId), row.place, row.sharedPlace])).toEqual(
      (await view()).standings.map((row) => [row.entrant.registrationId, row.place, row.sharedPlace]),
    );

    // Computing the results turns the bracket into places and awards (1 冠军, 1 亚军, 2 季军 by count
    // over the eight placed): both losing semi-finalists are 季军, the group-stage exits get no tier.
    const computed = await api.graphql<{ computeResults: { resultCount: number } }>(
      "mutation($id: ID!) { computeResults(activityId: $id) { resultCount } }",
      { id: fixture.activityId },
      organizer,
    );
    expect(computed.errors).toBeUndefined();
    expect(computed.data?.computeResults.resultCount).toBe(8);
    const results = await api.graphql<{
      allResults: { registrationId: number; place: number; award: { tierName: string | null } }[];
    }>(
      `query($categoryId: ID!) { allResults(perPage: 20, sortField: "place", sortOrder: "ASC", filter: { categoryId: $categoryId }) {
         registrationId place award { tierName } } }`,
      { categoryId: fixture.categoryId },
      organizer,
    );
    expect(results.errors).toBeUndefined();
    const tierOf = new Map(
      results.data?.allResults.map((row) => [String(row.registrationId), [row.place, row.award.tierName]]),
    );
    expect(tierOf.get(q1.registrationId)).toEqual([1, "冠军"]);
    expect(tierOf.get(p1.registrationId)).toEqual([2, "亚军"]);
    expect(tierOf.get(q2.registrationId)).toEqual([3, "季军"]);
    expect(tierOf.get(p3.registrationId)).toEqual([3, "季军"]);
    expect(tierOf.get(p2.registrationId)).toEqual([5, null]);
    expect(tierOf.get(q4.registrationId)).toEqual([7, null]);

    function nameId(name: unknown) {
      return done.standings.find((row) => row.entrant.name === name)?.entrant.registrationId;
    }
  });

  it("the public sees names and units, never ID numbers; a worker sees their own matches", async () => {
    const publicView = await api.graphql<{ tournamentDraw: View }>(viewQuery, {
      roundId: fixture.roundId,
      categoryId: fixture.categoryId,
    });
    expect(publicView.errors).toBeUndefined();
    const publicMatches = await api.graphql<{ allMatches: MatchView[] }>(matchesQuery, {
      categoryId: fixture.categoryId,
    });
    expect(publicMatches.errors).toBeUndefined();
    const shown = JSON.stringify([publicView.data, publicMatches.data]);
    for (const [id, name] of fixture.names) {
      expect(shown).toContain(name);
      expect(publicView.data?.tournamentDraw.standings.some((row) => row.entrant.registrationId === String(id))).toBe(
        true,
      );
    }
    for (const idNumber of fixture.idNumbers) {
      expect(shown).not.toContain(idNumber);
    }
    // Neither whole nor masked (210798********1234).
    expect(shown).not.toMatch(/\d{17}[\dX]/);
    expect(shown).not.toMatch(/\d{6}\*+\d{3}[\dX]/);
    expect(publicView.data?.tournamentDraw.groupTables[0]?.standings[0]?.entrant.unitName).toBeTruthy();

    const worker = await api.tokenFor("worker");
    const mine = await api.graphql<{ myMatches: MatchView[] }>(`{ myMatches { ${matchFields} } }`, {}, worker);
    expect(mine.errors).toBeUndefined();
    const own = fixture.registrationIds[7];
    expect(mine.data?.myMatches.length).toBeGreaterThanOrEqual(3);
    for (const match of mine.data?.myMatches ?? []) {
      expect([match.entrantA?.registrationId, match.entrantB?.registrationId]).toContain(String(own));
    }
    const notWorker = await api.graphql(`{ myMatches { id } }`, {}, organizer);
    expect(notWorker.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Scores and schedules are the organizer's: other roles are refused, and nothing is written.
    const some = (await matches())[0] as MatchView;
    for (const username of ["worker", "unit", "judge", "culture"]) {
      const answer = await api.graphql(
        scoreMutation,
        { id: some.id, games: [{ a: 21, b: 0 }], version: some.version },
        await api.tokenFor(username),
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const anonymous = await api.graphql(scheduleMutation, {
      id: some.id,
      court: "1号场",
      at: "2099-05-20T01:00:00.000Z",
      version: some.version,
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("hides the draw of an activity still open for registration from the public", async () => {
    const prisma = api.server.database.prisma;
    const open = await createTournament(prisma, {
      code: "MATCHES-OPEN",
      state: "REGISTRATION_OPEN",
      entrants: 2,
      firstSequence: 200,
    });
    const variables = { roundId: open.roundId, categoryId: open.categoryId };
    const anonymous = await api.graphql(viewQuery, variables);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const signedIn = await api.graphql<{ tournamentDraw: View | null }>(viewQuery, variables, organizer);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.tournamentDraw).toBeNull();
  });

  it("draws lots, and records them, when a group is level on everything", async () => {
    const prisma = api.server.database.prisma;
    const event = await createTournament(prisma, {
      code: "MATCHES-LOTS",
      state: "JUDGING",
      entrants: 3,
      firstSequence: 300,
    });
    const drawn = await api.graphql(drawMutation, { roundId: event.roundId, categoryId: event.categoryId }, organizer);
    expect(drawn.errors).toBeUndefined();
    const rows = await prisma.match.findMany({
      where: { categoryId: event.categoryId, stage: "GROUP" },
      orderBy: { id: "asc" },
    });
    // Three players in one group; each wins once 21:10, 21:10 (side A wins, side B
    // wins A-2, making a circle), so all three have 1 win, game difference 2 − 2 = 0 and point
    // difference 84 − 84 = 0: only lots can separate them.
    expect(rows.map((row) => row.slot)).toEqual(["A-1", "A-2", "A-3"]);
    const sheets = [
      [
        { a: 21, b: 10 },
        { a: 21, b: 10 },
      ],
      [
        { a: 10, b: 21 },
        { a: 10, b: 21 },
      ],
      [
        { a: 21, b: 10 },
        { a: 21, b: 10 },
      ],
    ];
    for (const [index, row] of rows.entries()) {
      const answer = await api.graphql(
        scoreMutation,
        { id: row.id, games: sheets[index], version: row.version },
        organizer,
      );
      expect(answer.errors).toBeUndefined();
    }
    const answer = await api.graphql<{
      tournamentDraw: {
        groupTables: (View["groupTables"][number] & {
          lots: { lotNumber: number; order: { registrationId: string }[] }[];
        })[];
        knockoutLines: { line: number; source: string; entrant: { registrationId: string } | null }[];
      };
    }>(
      `query($roundId: ID!, $categoryId: ID!) { tournamentDraw(roundId: $roundId, categoryId: $categoryId) {
        groupTables { complete standings { place decidedBy explanation entrant { registrationId } }
          lots { lotNumber order { registrationId } } }
        knockoutLines { line source entrant { registrationId } } } }`,
      { roundId: event.roundId, categoryId: event.categoryId },
    );
    expect(answer.errors).toBeUndefined();
    const table = answer.data?.tournamentDraw.groupTables[0];
    const lots = table?.lots ?? [];
    expect(lots).toHaveLength(1);
    const order = lots[0]?.order.map((entrant) => entrant.registrationId) ?? [];
    expect([...order].sort()).toEqual(event.registrationIds.map(String).sort());
    expect(table?.standings.map((row) => [row.entrant.registrationId, row.decidedBy, row.explanation])).toEqual(
      order.map((id, index) => [id, "LOTS", `三人同积 1 胜，局数差同为 0，得失分差同为 0，抽签列第 ${index + 1}`]),
    );
    // The first two of the lots go to the final (2 lines: A 组第 1 名, A 组第 2 名).
    expect(answer.data?.tournamentDraw.knockoutLines.map((line) => line.entrant?.registrationId)).toEqual(
      order.slice(0, 2),
    );
    const audit = await prisma.auditEntry.findFirstOrThrow({
      where: { action: "MATCH_SCORE", entityId: rows[2]?.id },
    });
    expect(audit.after).toMatchObject({ groupLots: [{ group: "A", lotNumber: lots[0]?.lotNumber }] });
  });
});
