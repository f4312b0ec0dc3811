// The 1st worker badminton tournament (第一届职工羽毛球比赛), run by the culture palace (文化宫, account
// `culture`) in late September 2015, driven only through the documented API (docs/api/*.md): men's
// singles by self-registration (groups, then a knockout) and men's doubles by pairs (a straight
// knockout with a bye), the draws with their lots, courts and times, scores game by game, group
// tables, the brackets, results, the public notice over the National Day holiday, certificates.
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Scenario, type SignedInClient, startScenario } from "./scenario-client.ts";

const at = (chinaTime: string) => vi.setSystemTime(new Date(`${chinaTime}+08:00`));
let keySequence = 0;
const key = (label: string) => `badminton-${label}-${++keySequence}`;

/** Six men with worker accounts the admin makes for the story (password as the demo's). */
const players = ["bm1", "bm2", "bm3", "bm4", "bm5", "bm6"] as const;

interface WorkerRow {
  id: string;
  name: string;
  idNumber: string;
  phone: string;
  memberCardNumber: string | null;
  organizationId: string;
}
interface Entrant {
  registrationId: string;
  name: string;
}
interface MatchRow {
  id: string;
  slot: string;
  stage: string;
  version: number;
  bye: boolean;
  entrantA: Entrant | null;
  entrantB: Entrant | null;
  winner: Entrant | null;
  scoreText: string | null;
}
type Games = [winner: number, loser: number][];

const matchFields =
  "id slot stage version bye scoreText entrantA { registrationId name } entrantB { registrationId name } winner { registrationId name }";

describe.each(testProviders())("the 1st worker badminton tournament (%s)", (provider) => {
  let scenario: Scenario;
  let activityId: string;
  let roundId: string;
  const categories = new Map<string, string>();
  /** Registration ids: singles by player account, doubles by the registrant's account. */
  const singles = new Map<string, string>();
  const doubles = new Map<string, string>();
  const names = new Map<string, string>();
  const fullIdNumbers: string[] = [];

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("2015-08-20T09:00:00");
    scenario = await startScenario(provider);
  }, 120_000);
  afterAll(async () => {
    await scenario?.close();
    vi.useRealTimers();
  });

  async function matches(client: SignedInClient, categoryId: string, stage?: string): Promise<MatchRow[]> {
    const answer = await client.run<{ allMatches: MatchRow[] }>(
      `query($f: MatchFilter) { allMatches(page: 0, perPage: 50, sortField: "slot", sortOrder: "ASC", filter: $f) { ${matchFields} } }`,
      { f: { categoryId, ...(stage ? { stage } : {}) } },
    );
    return answer.allMatches;
  }

  /** Enters a match's games as the winner's and loser's points, turned to sides A and B. */
  async function play(client: SignedInClient, match: MatchRow, winnerId: string, games: Games) {
    const winnerIsA = match.entrantA?.registrationId === winnerId;
    expect(winnerIsA || match.entrantB?.registrationId === winnerId, `${match.slot} has ${winnerId}`).toBe(true);
    const answer = await client.run<{ recordMatchScore: MatchRow }>(
      `mutation($id: ID!, $v: Int!, $g: [GameScoreInput!]!) { recordMatchScore(id: $id, version: $v, games: $g) { ${matchFields} } }`,
      {
        id: match.id,
        v: match.version,
        g: games.map(([w, l]) => (winnerIsA ? { a: w, b: l } : { a: l, b: w })),
      },
    );
    expect(answer.recordMatchScore.winner?.registrationId).toBe(winnerId);
    return answer.recordMatchScore;
  }

  it("the culture palace sets the tournament up and opens registration; the admin makes six player accounts", async () => {
    const culture = await scenario.as("culture");
    const me = await culture.run<{ me: { departmentId: string } }>("{ me { departmentId } }");
    const created = await culture.run<{
      createActivity: { id: string; version: number; configuration: Record<string, unknown> };
    }>(
      `mutation($d: ID!) { createActivity(kind: TOURNAMENT, code: "JZ-2015-YMQ", name: "锦州市第一届职工羽毛球比赛", year: 2015,
        departmentId: $d, registrationOpensOn: "2015-08-24", registrationClosesOn: "2015-09-18", judgingEndsOn: "2015-09-27",
        completedBy: "2015-09-30", deadlinePhrase: "九月下旬") { id version configuration } }`,
      { d: me.me.departmentId },
    );
    activityId = created.createActivity.id;
    const configuration = created.createActivity.configuration as {
      awardTracks: { key: string }[];
      certificates: { numberPrefix: string };
      tournament: {
        groupSize: number;
        qualifiersPerGroup: number;
        seedCount: number;
        bestOf: number;
        pointsToWinGame: number;
        gamePointCap: number;
      };
    };
    // DOMAIN.md: games to 21 with a 2-point lead, capped at 30, best of three.
    expect(configuration.tournament).toMatchObject({ pointsToWinGame: 21, gamePointCap: 30 });
    configuration.awardTracks = configuration.awardTracks.filter((track) => track.key === "CITY");
    configuration.certificates.numberPrefix = "JZ-2015-YMQ";
    await culture.run(
      `mutation($id: ID!, $v: Int!, $c: JSON) { updateActivity(id: $id, version: $v, configuration: $c) { id version } }`,
      { id: activityId, v: created.createActivity.version, c: configuration },
    );
    const read = await culture.run<{
      Activity: { categories: { id: string; key: string; name: string }[] };
      allRounds: { id: string; kind: string }[];
    }>(
      `query($id: ID!) { Activity(id: $id) { categories { id key name } } allRounds(filter: { activityId: $id }) { id kind } }`,
      { id: activityId },
    );
    for (const category of read.Activity.categories) categories.set(category.key, category.id);
    expect(read.Activity.categories.map((category) => category.name)).toEqual(["男单", "女单", "男双", "女双", "混双"]);
    roundId = read.allRounds[0]?.id ?? "";
    expect(read.allRounds[0]?.kind).toBe("MATCHES");

    // The admin gives six male union members of 古塔区 worker accounts.
    const unit = await scenario.as("unit");
    const roster = await unit.run<{ allWorkers: WorkerRow[] }>(
      `{ allWorkers(page: 0, perPage: 100, sortField: "id", sortOrder: "ASC", filter: { gender: MALE }) { id name idNumber phone memberCardNumber organizationId } }`,
    );
    const demoWorker = await (await scenario.as("worker")).run<{ me: { workerId: string } }>("{ me { workerId } }");
    const men = roster.allWorkers.filter((row) => row.memberCardNumber !== null && row.id !== demoWorker.me.workerId);
    expect(men.length).toBeGreaterThanOrEqual(9);
    for (const row of men) fullIdNumbers.push(row.idNumber);
    const admin = await scenario.as("admin");
    for (const [index, username] of players.entries()) {
      const worker = men[index] as WorkerRow;
      await admin.run(
        `mutation($u: String!, $n: String!, $o: ID!, $w: ID!) { createUser(username: $u, displayName: $n, password: "jinzhou2015",
          role: WORKER, organizationId: $o, workerId: $w) { id } }`,
        { u: username, n: worker.name, o: worker.organizationId, w: worker.id },
      );
      names.set(username, worker.name);
    }
    // Three partners for the doubles, without accounts.
    names.set("partner1", men[6]?.name ?? "");
    names.set("partner2", men[7]?.name ?? "");
    names.set("partner3", men[8]?.name ?? "");
    partnerIds.push(men[6]?.id ?? "", men[7]?.id ?? "", men[8]?.id ?? "");

    at("2015-08-24T08:30:00");
    const opened = await (await scenario.as("culture")).run<{ transitionActivity: { state: string } }>(
      `mutation($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_OPEN) { state } }`,
      { id: activityId },
    );
    expect(opened.transitionActivity.state).toBe("REGISTRATION_OPEN");
  });
  const partnerIds: string[] = [];

  it("six men register for the singles, three pairs for the doubles; the unit confirms them", async () => {
    at("2015-09-01T12:00:00");
    const register = `mutation($a: ID!, $c: String!, $key: String!, $partner: ID) {
      register(activityId: $a, categoryKey: $c, idempotencyKey: $key, partnerWorkerId: $partner) {
        id state stateLabel entrantType name members { workerId name isLeader } } }`;
    for (const username of players) {
      const player = await scenario.as(username);
      const entry = await player.run<{ register: { id: string; state: string; stateLabel: string } }>(register, {
        a: activityId,
        c: "MENS_SINGLES",
        key: key("singles"),
      });
      // The unit only confirms its own worker (单位审核).
      expect(entry.register).toMatchObject({ state: "PENDING_UNIT", stateLabel: "待单位审核" });
      singles.set(username, entry.register.id);
    }
    // A man cannot enter the women's singles (every reason at once).
    const wrongEvent = await (await scenario.as("bm1")).refused(register, {
      a: activityId,
      c: "WOMENS_SINGLES",
      key: key("w"),
    });
    expect(wrongEvent.code).toBe("NOT_ELIGIBLE");
    expect(wrongEvent.message).toContain("性别");

    // Pairs: bm1, bm2 and bm3 find their partners by name and register the men's doubles.
    for (const [index, username] of ["bm1", "bm2", "bm3"].entries()) {
      const player = await scenario.as(username);
      const partnerName = names.get(`partner${index + 1}`) ?? "";
      const lookup = await player.run<{ partnerLookup: { workerId: string; maskedIdNumber: string }[] }>(
        `query($n: String!) { partnerLookup(name: $n) { workerId name maskedIdNumber organizationName } }`,
        { n: partnerName },
      );
      const partner = lookup.partnerLookup.find((row) => row.workerId === partnerIds[index]);
      expect(partner?.maskedIdNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      const pair = await player.run<{
        register: { id: string; entrantType: string; members: { name: string; isLeader: boolean }[] };
      }>(register, {
        a: activityId,
        c: "MENS_DOUBLES",
        key: key("doubles"),
        partner: partnerIds[index],
      });
      expect(pair.register.entrantType).toBe("TEAM");
      expect(pair.register.members.map((member) => [member.name, member.isLeader])).toEqual([
        [names.get(username), true],
        [partnerName, false],
      ]);
      doubles.set(username, pair.register.id);
    }
    // bm4 cannot take bm1's partner: a worker holds one live entry per event.
    const taken = await (await scenario.as("bm4")).refused(register, {
      a: activityId,
      c: "MENS_DOUBLES",
      key: key("doubles"),
      partner: partnerIds[0],
    });
    expect(taken.code).toBe("ALREADY_REGISTERED");

    const unit = await scenario.as("unit");
    const pending = await unit.run<{ allRegistrations: { id: string; version: number }[] }>(
      `query($f: RegistrationFilter) { allRegistrations(page: 0, perPage: 20, filter: $f) { id version } }`,
      { f: { activityId, state: "PENDING_UNIT" } },
    );
    expect(pending.allRegistrations).toHaveLength(9);
    for (const entry of pending.allRegistrations) {
      const decided = await unit.run<{ reviewRegistration: { state: string } }>(
        `mutation($id: ID!, $v: Int) { reviewRegistration(id: $id, action: APPROVE, version: $v) { state } }`,
        { id: entry.id, v: entry.version },
      );
      expect(decided.reviewRegistration.state).toBe("CONFIRMED");
    }
  });

  let groupA: string[] = [];
  let groupB: string[] = [];

  it("registration closes; the draws are made with their lots recorded, seeds placed and a bye given", async () => {
    at("2015-09-19T09:00:00");
    const culture = await scenario.as("culture");
    await culture.run(`mutation($id: ID!) { transitionActivity(id: $id, to: REGISTRATION_CLOSED) { state } }`, {
      id: activityId,
    });

    const draw = `mutation($r: ID!, $c: ID!, $mode: TournamentDrawMode, $seeds: [ID!], $lot: Int) {
      drawTournament(roundId: $r, categoryId: $c, mode: $mode, seedRegistrationIds: $seeds, lotNumber: $lot, separateUnits: false) {
        id mode lotNumber lotSource lots record seeds { seed entrant { registrationId name } }
        groups { name members { registrationId name } }
        knockoutSize knockoutLines { line source seed bye entrant { registrationId name } } } }`;
    // Men's singles: 6 players, groups of at most 4 → ⌈6 ÷ 4⌉ = 2 groups of 3; seeds bm1 (A) and bm2 (B).
    const seeds = [singles.get("bm1"), singles.get("bm2")];
    const single = await culture.run<{
      drawTournament: {
        lotNumber: number;
        lots: { unseededOrder: number[] };
        record: string[];
        groups: { name: string; members: Entrant[] }[];
        knockoutSize: number;
        knockoutLines: { line: number; source: string | null }[];
      };
    }>(draw, { r: roundId, c: categories.get("MENS_SINGLES"), mode: "GROUPS_KNOCKOUT", seeds, lot: 20150919 });
    const drawn = single.drawTournament;
    expect(drawn.lotNumber).toBe(20150919);
    // The four unseeded players' drawn order is kept.
    expect(drawn.lots.unseededOrder).toHaveLength(4);
    expect(drawn.record.length).toBeGreaterThan(0);
    expect(drawn.groups.map((group) => [group.name, group.members.length])).toEqual([
      ["A", 3],
      ["B", 3],
    ]);
    groupA = drawn.groups[0]?.members.map((member) => member.registrationId) ?? [];
    groupB = drawn.groups[1]?.members.map((member) => member.registrationId) ?? [];
    expect(groupA).toContain(seeds[0]);
    expect(groupB).toContain(seeds[1]);
    // The seed first, then the others in drawn order (A, B, A, B from the lots).
    groupA = [seeds[0] as string, ...groupA.filter((id) => id !== seeds[0])];
    groupB = [seeds[1] as string, ...groupB.filter((id) => id !== seeds[1])];
    const order = drawn.lots.unseededOrder.map(String);
    expect([groupA[1], groupB[1], groupA[2], groupB[2]]).toEqual(order);
    // Two groups, top two advance → a knockout of 4: A 组第 1 名 on line 1, B 组第 1 名 on line 4,
    // each runner-up in the half away from its own group winner (B2 on line 2, A2 on line 3).
    expect(drawn.knockoutSize).toBe(4);
    expect(drawn.knockoutLines.map((line) => line.source)).toEqual([
      "A 组第 1 名",
      "B 组第 2 名",
      "A 组第 2 名",
      "B 组第 1 名",
    ]);

    // A second draw needs a reason.
    const again = await culture.refused(draw, { r: roundId, c: categories.get("MENS_SINGLES"), seeds, lot: 1 });
    expect(again.code).toBe("TOURNAMENT_DRAW_REFUSED");

    // Men's doubles: 3 pairs, a straight knockout of 4 lines; seed 1 (bm1's pair) on line 1, the bye
    // (line 2) goes to the highest seed.
    const pairs = await culture.run<{
      drawTournament: {
        knockoutSize: number;
        knockoutLines: { line: number; seed: number | null; bye: boolean; entrant: Entrant | null }[];
      };
    }>(draw, { r: roundId, c: categories.get("MENS_DOUBLES"), mode: "KNOCKOUT", seeds: [doubles.get("bm1")], lot: 7 });
    expect(pairs.drawTournament.knockoutSize).toBe(4);
    const lines = pairs.drawTournament.knockoutLines;
    expect(lines[0]).toMatchObject({ line: 1, seed: 1, bye: false, entrant: { registrationId: doubles.get("bm1") } });
    expect(lines[1]).toMatchObject({ line: 2, bye: true });
    expect(
      lines
        .slice(2)
        .map((line) => line.entrant?.registrationId)
        .sort(),
    ).toEqual([doubles.get("bm2"), doubles.get("bm3")].sort());
  });

  it("matches are put on courts; a court cannot hold two matches at once", async () => {
    const culture = await scenario.as("culture");
    const schedule = `mutation($id: ID!, $court: String!, $at: DateTime!, $v: Int!) {
      scheduleMatch(id: $id, court: $court, scheduledAt: $at, version: $v) { id court scheduledAt version } }`;
    const groupMatches = await matches(culture, categories.get("MENS_SINGLES") ?? "", "GROUP");
    // Three matches in each group of three: 6 in all, on courts 1 and 2 from 09:00 on 26 September.
    expect(groupMatches).toHaveLength(6);
    const slotTimes = ["2015-09-26T01:00:00.000Z", "2015-09-26T01:30:00.000Z", "2015-09-26T02:00:00.000Z"];
    const inA = groupMatches.filter((match) => groupA.includes(match.entrantA?.registrationId ?? ""));
    const inB = groupMatches.filter((match) => groupB.includes(match.entrantA?.registrationId ?? ""));
    for (const [court, list] of [
      ["1号场", inA],
      ["2号场", inB],
    ] as const) {
      for (const [index, match] of list.entries()) {
        const done = await culture.run<{ scheduleMatch: { court: string } }>(schedule, {
          id: match.id,
          court,
          at: slotTimes[index],
          v: match.version,
        });
        expect(done.scheduleMatch.court).toBe(court);
      }
    }
    const doublesMatches = await matches(culture, categories.get("MENS_DOUBLES") ?? "");
    const semi = doublesMatches.find((match) => !match.bye && match.entrantA && match.entrantB) as MatchRow;
    // 1号场 at 09:00 is taken by a group A match.
    const clash = await culture.refused(schedule, { id: semi.id, court: "1号场", at: slotTimes[0], v: semi.version });
    expect(clash.code).toBe("MATCH_SCHEDULE_REFUSED");
    expect(clash.message).toContain("1号场");
    await culture.run(schedule, { id: semi.id, court: "3号场", at: "2015-09-26T03:00:00.000Z", v: semi.version });

    const judging = await culture.run<{ transitionActivity: { state: string } }>(
      `mutation($id: ID!) { transitionActivity(id: $id, to: JUDGING) { state } }`,
      { id: activityId },
    );
    expect(judging.transitionActivity.state).toBe("JUDGING");
  });

  it("group scores are entered game by game; a wrong score is refused with every reason; the tables settle", async () => {
    at("2015-09-26T09:00:00");
    const culture = await scenario.as("culture");
    const singlesId = categories.get("MENS_SINGLES") ?? "";
    const groupMatches = await matches(culture, singlesId, "GROUP");
    const between = (x: string, y: string) =>
      groupMatches.find(
        (match) =>
          [match.entrantA?.registrationId, match.entrantB?.registrationId].sort().join() === [x, y].sort().join(),
      ) as MatchRow;

    // 21:20 is unfinished, 31:29 is above the cap, and a third game after 2:0 cannot be.
    const wrong = await culture.refused(
      `mutation($id: ID!, $v: Int!) { recordMatchScore(id: $id, version: $v, games: [{ a: 21, b: 20 }, { a: 31, b: 29 }, { a: 30, b: 28 }]) { id } }`,
      { id: between(groupA[0] ?? "", groupA[1] ?? "").id, v: between(groupA[0] ?? "", groupA[1] ?? "").version },
    );
    expect(wrong.code).toBe("MATCH_SCORE_REFUSED");
    expect(wrong.message).toContain("须领先 2 分");
    expect(wrong.message).toContain("一局最多打到 30 分");
    expect(wrong.message).toContain("其后的 1 局不应录入");

    // Group A (a = seed bm1, b and c the others in drawn order): each wins once — a three-way tie.
    const [a, b, c] = groupA as [string, string, string];
    await play(culture, between(a, b), a, [
      [21, 15],
      [21, 15],
    ]);
    await play(culture, between(b, c), b, [
      [21, 10],
      [21, 10],
    ]);
    await play(culture, between(c, a), c, [
      [21, 19],
      [19, 21],
      [21, 19],
    ]);
    // Group B: the seed wins both, the second beats the third.
    const [d, e, f] = groupB as [string, string, string];
    await play(culture, between(d, e), d, [
      [21, 12],
      [21, 14],
    ]);
    await play(culture, between(d, f), d, [
      [21, 9],
      [21, 11],
    ]);
    await play(culture, between(e, f), e, [
      [22, 20],
      [18, 21],
      [30, 29],
    ]);

    const event = await culture.run<{
      tournamentDraw: {
        groupTables: {
          group: string;
          complete: boolean;
          standings: {
            place: number;
            won: number;
            lost: number;
            gameDifference: number;
            pointDifference: number;
            explanation: string;
            entrant: Entrant;
          }[];
        }[];
      };
    }>(
      `query($r: ID!, $c: ID!) { tournamentDraw(roundId: $r, categoryId: $c) { groupTables { group complete note
        standings { place won lost gamesWon gamesLost gameDifference pointsWon pointsLost pointDifference decidedBy explanation entrant { registrationId name } } } } }`,
      { r: roundId, c: singlesId },
    );
    const [tableA, tableB] = event.tournamentDraw.groupTables;
    // Group A by hand: all three 1 win 1 loss, so game difference, then point difference (all group matches):
    //  a: games 2:0 (vs b) + 1:2 (vs c) = 3:2 → +1; points 42:30 + 59:61 = 101:91 → +10
    //  b: games 0:2 (vs a) + 2:0 (vs c) = 2:2 →  0; points 30:42 + 42:20 = 72:62 → +10
    //  c: games 0:2 (vs b) + 2:1 (vs a) = 2:3 → −1; points 20:42 + 61:59 = 81:101 → −20
    // → a first (+1), b second (0), c third (−1), decided by game difference.
    expect(tableA?.complete).toBe(true);
    expect(
      tableA?.standings.map((row) => [
        row.entrant.registrationId,
        row.place,
        row.won,
        row.gameDifference,
        row.pointDifference,
      ]),
    ).toEqual([
      [a, 1, 1, 1, 10],
      [b, 2, 1, 0, 10],
      [c, 3, 1, -1, -20],
    ]);
    expect(tableA?.standings[0]?.explanation).toContain("局数差");
    // Group B: d 2 wins, e 1, f 0 — no tie.
    expect(tableB?.standings.map((row) => [row.entrant.registrationId, row.place, row.won])).toEqual([
      [d, 1, 2],
      [e, 2, 1],
      [f, 3, 0],
    ]);
  });

  it("the knockouts are played to the finals; standings and results follow the brackets", async () => {
    at("2015-09-27T09:00:00");
    const culture = await scenario.as("culture");
    const singlesId = categories.get("MENS_SINGLES") ?? "";
    const [a, b] = groupA as [string, string, string];
    const [d, e] = groupB as [string, string, string];
    // The qualifiers took their lines: R4-1 A1 (a) v B2 (e), R4-2 A2 (b) v B1 (d).
    let knockout = await matches(culture, singlesId, "KNOCKOUT");
    const slot = (name: string) => knockout.find((match) => match.slot === name) as MatchRow;
    expect([slot("R4-1").entrantA?.registrationId, slot("R4-1").entrantB?.registrationId]).toEqual([a, e]);
    expect([slot("R4-2").entrantA?.registrationId, slot("R4-2").entrantB?.registrationId]).toEqual([b, d]);
    // The final cannot be entered before its players are known.
    const early = await culture.refused(
      `mutation($id: ID!, $v: Int!) { recordMatchScore(id: $id, version: $v, games: [{ a: 21, b: 10 }, { a: 21, b: 10 }]) { id } }`,
      { id: slot("R2-1").id, v: slot("R2-1").version },
    );
    expect(early.code).toBe("MATCH_SCORE_REFUSED");
    await play(culture, slot("R4-1"), a, [
      [21, 17],
      [21, 18],
    ]);
    await play(culture, slot("R4-2"), d, [
      [21, 16],
      [19, 21],
      [21, 13],
    ]);
    knockout = await matches(culture, singlesId, "KNOCKOUT");
    // The matches round cannot close while matches are unplayed (here the singles final).
    const notYet = await culture.refused(`mutation($r: ID!) { closeRound(roundId: $r) { id } }`, { r: roundId });
    expect(notYet.code).toBe("ROUND_CLOSE_REFUSED");
    expect(notYet.message).toContain("「男单」还有 1 场比赛没有结果");
    // The organizer sees the same blockers before pressing the button: the singles final, and the
    // doubles semi-final and final.
    const blockers = await culture.run<{ roundClosingBlockers: { code: string; message: string }[] }>(
      `query($r: ID!) { roundClosingBlockers(roundId: $r) { code message } }`,
      { r: roundId },
    );
    expect(blockers.roundClosingBlockers).toEqual([
      { code: "MATCHES_NOT_PLAYED", message: "「男单」还有 1 场比赛没有结果" },
      { code: "MATCHES_NOT_PLAYED", message: "「男双」还有 2 场比赛没有结果" },
    ]);
    const final = await play(culture, slot("R2-1"), d, [
      [21, 18],
      [17, 21],
      [21, 19],
    ]);
    // Side A of the final is the top half's winner (a), so the games read from a's side.
    expect(final.scoreText).toBe("18:21, 21:17, 19:21");

    // Doubles: bm1's pair had the bye and waits in the final; the semi decides the other finalist.
    const doublesId = categories.get("MENS_DOUBLES") ?? "";
    let pairs = await matches(culture, doublesId);
    const semi = pairs.find((match) => match.slot === "R4-2") as MatchRow;
    await play(culture, semi, doubles.get("bm2") ?? "", [
      [21, 19],
      [21, 19],
    ]);
    pairs = await matches(culture, doublesId);
    await play(culture, pairs.find((match) => match.slot === "R2-1") as MatchRow, doubles.get("bm1") ?? "", [
      [21, 14],
      [21, 16],
    ]);

    const standings = await culture.run<{
      tournamentDraw: { standings: { place: number | null; sharedPlace: boolean; entrant: Entrant }[] };
    }>(
      `query($r: ID!, $c: ID!) { tournamentDraw(roundId: $r, categoryId: $c) { standings { place sharedPlace stageReached explanation entrant { registrationId name } } } }`,
      { r: roundId, c: singlesId },
    );
    // Champion d (B1), runner-up a (A1), both losing semi-finalists e and b share 3rd, the two
    // group thirds share 5th (places 4 and 6 are skipped).
    const [, , c] = groupA as [string, string, string];
    const [, , f] = groupB as [string, string, string];
    const placeOf = new Map(standings.tournamentDraw.standings.map((row) => [row.entrant.registrationId, row.place]));
    expect([d, a, e, b, c, f].map((id) => placeOf.get(id))).toEqual([1, 2, 3, 3, 5, 5]);

    // Every match is played: the matches round closes.
    const closed = await culture.run<{ closeRound: { closed: boolean } }>(
      `mutation($r: ID!) { closeRound(roundId: $r) { id closed } }`,
      { r: roundId },
    );
    expect(closed.closeRound.closed).toBe(true);
    const computed = await culture.run<{ computeResults: { resultCount: number; blockingTies: unknown[] } }>(
      `mutation($a: ID!) { computeResults(activityId: $a) { resultCount blockingTies { code message } } }`,
      { a: activityId },
    );
    // Six singles players and three pairs, on the city track.
    expect(computed.computeResults).toMatchObject({ resultCount: 9, blockingTies: [] });
    const results = await culture.run<{
      allResults: {
        registrationId: number;
        categoryName: string;
        place: number | null;
        placeLabel: string | null;
        award: { names: string[] };
      }[];
    }>(
      `query($a: ID!) { allResults(filter: { activityId: $a, trackKey: "CITY" }, sortField: "place", sortOrder: "ASC", page: 0, perPage: 50) {
        registrationId categoryName place placeLabel award { names } } }`,
      { a: activityId },
    );
    const resultOf = new Map(results.allResults.map((row) => [String(row.registrationId), row]));
    // Awards 冠军 1, 亚军 1, 季军 2: places 1, 2, 3…4 — the two sharing 3rd both get 季军; 5th none.
    expect([d, a, e, b, c, f].map((id) => [resultOf.get(id)?.placeLabel, resultOf.get(id)?.award.names])).toEqual([
      ["第 1 名", ["冠军"]],
      ["第 2 名", ["亚军"]],
      ["并列第 3 名", ["季军"]],
      ["并列第 3 名", ["季军"]],
      ["并列第 5 名", []],
      ["并列第 5 名", []],
    ]);
    // Doubles: bm1's pair 1st, bm2's pair 2nd, bm3's pair (lost the semi) 3rd.
    expect(["bm1", "bm2", "bm3"].map((username) => resultOf.get(doubles.get(username) ?? "")?.award.names)).toEqual([
      ["冠军"],
      ["亚军"],
      ["季军"],
    ]);
  });

  it("a player sees their own matches; the public sees names but never ID numbers", async () => {
    const bm1 = await scenario.as("bm1");
    const mine = await bm1.run<{
      myMatches: {
        categoryName: string;
        stageName: string;
        court: string | null;
        entrantA: { name: string } | null;
        entrantB: { name: string } | null;
        scoreText: string | null;
      }[];
    }>("{ myMatches { categoryName stageName court scheduledAt entrantA { name } entrantB { name } scoreText } }");
    // bm1 in the singles: two group matches, the semi-final and the final.
    expect(mine.myMatches.filter((match) => match.categoryName === "男单")).toHaveLength(4);
    expect(mine.myMatches.some((match) => match.categoryName === "男双")).toBe(true);
    const organizerOnly = await (await scenario.as("culture")).refused("{ myMatches { id } }");
    expect(organizerOnly.code).toBe("FORBIDDEN");

    const seen = await scenario.public.run<{ tournamentDraw: { groups: { members: { name: string }[] }[] } }>(
      `query($r: ID!, $c: ID!) { tournamentDraw(roundId: $r, categoryId: $c) {
        groups { members { name unitName players { name unitName } } }
        bracket { rounds { matches { slot entrantA { name } entrantB { name } winner { name } scoreText } } }
        standings { place entrant { name unitName } } } }`,
      { r: roundId, c: categories.get("MENS_SINGLES") },
    );
    expect(seen.tournamentDraw.groups.flatMap((group) => group.members.map((member) => member.name))).toContain(
      names.get("bm1"),
    );
    const text = JSON.stringify(seen);
    for (const idNumber of fullIdNumbers) {
      expect(text).not.toContain(idNumber);
      expect(text).not.toContain(idNumber.slice(-4).padStart(18, "*").slice(-12));
    }
  });

  it("the notice runs over the National Day holiday; finalized; certificates issued and downloaded", async () => {
    at("2015-09-30T10:00:00");
    const culture = await scenario.as("culture");
    const notice = await culture.run<{
      publishResultsForNotice: { firstDay: string; endDate: string; workingDates: { date: string }[] };
    }>(
      `mutation($a: ID!) { publishResultsForNotice(activityId: $a) { publishedOn firstDay endDate workingDays description workingDates { date weekday } } }`,
      { a: activityId },
    );
    // Published Wednesday 30 September: 1–7 October is the National Day holiday; Thursday 8 and
    // Friday 9 count, Saturday 10 October is a 调休 working day, Sunday 11 is not; Monday 12 and
    // Tuesday 13 complete the five working days.
    expect(notice.publishResultsForNotice).toMatchObject({ firstDay: "2015-10-08", endDate: "2015-10-13" });
    expect(notice.publishResultsForNotice.workingDates.map((day) => day.date)).toEqual([
      "2015-10-08",
      "2015-10-09",
      "2015-10-10",
      "2015-10-12",
      "2015-10-13",
    ]);
    const publicResults = await scenario.public.run<{ allResults: { entrantName: string }[] }>(
      `query($a: ID!) { allResults(filter: { activityId: $a }, page: 0, perPage: 50) { entrantName organizationName placeLabel } }`,
      { a: activityId },
    );
    expect(publicResults.allResults).toHaveLength(9);
    const publicText = JSON.stringify(publicResults);
    for (const idNumber of fullIdNumbers) expect(publicText).not.toContain(idNumber);

    at("2015-10-14T09:00:00");
    const later = await scenario.as("culture");
    const final = await later.run<{ finalizeResults: { state: string } }>(
      `mutation($a: ID!) { finalizeResults(activityId: $a) { id state } }`,
      { a: activityId },
    );
    expect(final.finalizeResults.state).toBe("FINAL");
    const issued = await later.run<{
      issueCertificates: {
        id: string;
        number: string;
        kind: string;
        awardName: string | null;
        recipientName: string;
        downloadPath: string;
      }[];
    }>(
      `mutation($a: ID!) { issueCertificates(activityId: $a) { id number kind awardName recipientName downloadPath } }`,
      { a: activityId },
    );
    // Singles: 冠军, 亚军, 季军 × 2; doubles: 冠军, 亚军, 季军 → 7 award certificates; the two
    // group thirds get 参赛证书 → 9 in all.
    expect(issued.issueCertificates.filter((row) => row.kind === "AWARD")).toHaveLength(7);
    expect(issued.issueCertificates.filter((row) => row.kind === "PARTICIPATION")).toHaveLength(2);
    expect(issued.issueCertificates[0]?.number).toBe("JZ-2015-YMQ-0001");

    const bm1 = await scenario.as("bm1");
    const own = await bm1.run<{ myCertificates: { id: string; awardName: string | null; downloadPath: string }[] }>(
      "{ myCertificates { id number awardName downloadPath } }",
    );
    // bm1: 亚军 in the singles, 冠军 in the doubles.
    expect(own.myCertificates.map((row) => row.awardName).sort()).toEqual(["亚军", "冠军"].sort());
    const pdf = await bm1.download(own.myCertificates[0]?.downloadPath ?? "");
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .toString("latin1")
        .startsWith("%PDF-"),
    ).toBe(true);
    const whole = await later.download(`/files/activities/${activityId}/certificates.pdf`);
    expect(whole.status).toBe(200);
    const wholeText = Buffer.from(await whole.arrayBuffer()).toString("latin1");
    expect(wholeText.startsWith("%PDF-")).toBe(true);
    expect(wholeText.match(/\/Type \/Page\b/g)?.length).toBe(9);
    // A player cannot download the whole activity's certificates.
    expect((await bm1.download(`/files/activities/${activityId}/certificates.pdf`)).status).toBe(403);

    const admin = await scenario.as("admin");
    const log = await admin.run<{ allAuditEntries: { action: string }[] }>(
      `query($f: AuditEntryFilter) { allAuditEntries(page: 0, perPage: 200, filter: $f) { action } }`,
      { f: { activityId } },
    );
    const actions = new Set(log.allAuditEntries.map((row) => row.action));
    for (const action of [
      "REGISTRATION_CREATE",
      "REGISTRATION_APPROVE",
      "TOURNAMENT_DRAW",
      "MATCH_SCHEDULE",
      "MATCH_SCORE",
      "PUBLIC_NOTICE_PUBLISH",
      "ACTIVITY_TRANSITION",
    ]) {
      expect(actions, action).toContain(action);
    }
  });
});
