import { testProviders } from "@jinzhou/db/testing";
import { drawTournamentGroups, shuffleByLotNumber } from "@jinzhou/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { installSqlCounter } from "../test/sql-counter.ts";
import { createTournament, type TournamentFixture } from "../test/tournament-fixtures.ts";

const entrantFields = "registrationId name unitName";
const drawFields = `id mode lotNumber lotSource lots seeds { seed entrant { ${entrantFields} } }
  groups { name members { ${entrantFields} } } knockoutSize
  knockoutLines { line source seed bye entrant { ${entrantFields} } } record redraws drawnByName
  bracket { size rounds { round name matches { slot stage entrantA { name } entrantB { name } winner { name } bye } } }`;
const drawMutation = `mutation($roundId: ID!, $categoryId: ID!, $mode: TournamentDrawMode, $seeds: [ID!], $lot: Int, $reason: String, $separate: Boolean) {
  drawTournament(roundId: $roundId, categoryId: $categoryId, mode: $mode, seedRegistrationIds: $seeds, lotNumber: $lot, reason: $reason, separateUnits: $separate) { ${drawFields} } }`;

interface Entrant {
  registrationId: string;
  name: string;
  unitName: string;
}
interface Draw {
  id: string;
  mode: string;
  lotNumber: number;
  lotSource: string;
  lots: { lotNumber: number; unseededOrder: number[]; seedSections: number[][]; lineOrder: number[] | null };
  seeds: { seed: number; entrant: Entrant }[];
  groups: { name: string; members: Entrant[] }[];
  knockoutSize: number;
  knockoutLines: { line: number; source: string | null; seed: number | null; bye: boolean; entrant: Entrant | null }[];
  record: string[];
  redraws: number;
  drawnByName: string;
  bracket: {
    size: number;
    rounds: {
      round: number;
      name: string;
      matches: {
        slot: string;
        stage: string;
        entrantA: { name: string } | null;
        entrantB: { name: string } | null;
        winner: { name: string } | null;
        bye: boolean;
      }[];
    }[];
  };
}

describe.each(testProviders())("tournament draw (%s)", (provider) => {
  let api: ApiHarness;
  let organizer: string;
  const counter = installSqlCounter();

  beforeAll(async () => {
    api = await startApiHarness(provider);
    organizer = await api.tokenFor("organizer");
  });
  afterAll(() => api?.close());

  const draw = (fixture: TournamentFixture, variables: Record<string, unknown>, token = organizer) =>
    api.graphql<{ drawTournament: Draw }>(
      drawMutation,
      { roundId: fixture.roundId, categoryId: fixture.categoryId, ...variables },
      token,
    );

  it("draws three groups with the seeds heading them and the knockout byes to the best group winners", async () => {
    const prisma = api.server.database.prisma;
    const fixture = await createTournament(prisma, {
      code: "DRAW-3G",
      state: "REGISTRATION_CLOSED",
      entrants: 9,
      firstSequence: 10,
      format: { groupSize: 3, seedCount: 4 },
    });
    const ids = fixture.registrationIds;
    const seeds = [ids[8], ids[7], ids[6], ids[5]] as number[];
    const answer = await draw(fixture, { seeds, lot: 20150926, separate: false });
    expect(answer.errors).toBeUndefined();
    const result = answer.data?.drawTournament as Draw;

    // Hand-worked: 9 entrants in groups of 3 → ⌈9 ÷ 3⌉ = 3 groups of 3. Seeds 1–3 head A, B, C; seed
    // 4 goes back the other way (snake) into C. The five unseeded, in the order drawn by the lot
    // number (d0 … d4), are dealt A, B, C, A, B; C is full after d2.
    const unseeded = ids.filter((id) => !seeds.includes(id)).map(String);
    const drawn = shuffleByLotNumber(unseeded, 20150926).map(Number);
    const [s1, s2, s3, s4] = seeds;
    const [d0, d1, d2, d3, d4] = drawn;
    const groupIds = result.groups.map((group) => group.members.map((member) => Number(member.registrationId)));
    expect(result.groups.map((group) => group.name)).toEqual(["A", "B", "C"]);
    expect(groupIds).toEqual([
      [s1, d0, d3],
      [s2, d1, d4],
      [s3, s4, d2],
    ]);
    expect(result.seeds.map((seed) => [seed.seed, Number(seed.entrant.registrationId)])).toEqual([
      [1, s1],
      [2, s2],
      [3, s3],
      [4, s4],
    ]);
    // The lots are recorded, and redoing the draw from them gives the same groups.
    expect(result).toMatchObject({ mode: "GROUPS_KNOCKOUT", lotNumber: 20150926, lotSource: "现场抽取" });
    expect(result.lots.unseededOrder).toEqual(drawn);
    const redone = drawTournamentGroups(
      { entrants: ids.map(String), seeds: seeds.map(String), drawnOrder: result.lots.unseededOrder.map(String) },
      { groupSize: 3, seedCount: 4 },
    );
    expect(redone.ok && redone.value.groups.map((group) => group.members.map(Number))).toEqual(groupIds);
    expect(result.record).toContain("4 号种子进入 C 组");

    // Knockout: 3 groups × 2 = 6 qualifiers → 8 lines, 2 byes. The group winners are the seeds in
    // group order: A 组第 1 名 on line 1, B 组第 1 名 on line 8; the byes stand beside them (lines 2
    // and 7); C 组第 1 名 is seed 3, drawn into a quarter that holds neither (line 3 or 6).
    expect(result.knockoutSize).toBe(8);
    const line = (n: number) => result.knockoutLines[n - 1];
    expect(line(1)).toMatchObject({ source: "A 组第 1 名", seed: 1, bye: false, entrant: null });
    expect(line(8)).toMatchObject({ source: "B 组第 1 名", seed: 2, bye: false });
    expect([line(2)?.bye, line(7)?.bye]).toEqual([true, true]);
    expect(result.knockoutLines.filter((each) => each.bye).map((each) => each.line)).toEqual([2, 7]);
    const c1 = result.knockoutLines.find((each) => each.source === "C 组第 1 名");
    expect(c1?.seed).toBe(3);
    expect([3, 6]).toContain(c1?.line);
    // Each runner-up in the half opposite its group winner: they can meet only in the final.
    const half = (source: string) =>
      (result.knockoutLines.find((each) => each.source === source)?.line ?? 0) <= 4 ? 1 : 2;
    for (const group of ["A", "B", "C"]) expect(half(`${group} 组第 2 名`)).not.toBe(half(`${group} 组第 1 名`));
    expect(result.record).toContain("轮空：第 2、7 签位（对应排名最前的种子）");

    // Matches: 3 per group of 3, and 4 + 2 + 1 knockout slots.
    const matches = await prisma.match.findMany({ where: { categoryId: fixture.categoryId } });
    expect(matches.filter((match) => match.stage === "GROUP")).toHaveLength(9);
    expect(
      matches
        .filter((match) => match.stage === "KNOCKOUT")
        .map((match) => match.slot)
        .sort(),
    ).toEqual(["R2-1", "R4-1", "R4-2", "R8-1", "R8-2", "R8-3", "R8-4"].sort());
    expect(result.bracket.rounds.map((round) => [round.name, round.matches.length])).toEqual([
      ["1/4 决赛", 4],
      ["半决赛", 2],
      ["决赛", 1],
    ]);

    // The byes show in the bracket before anyone has qualified: lines 1–2 (R8-1) and 7–8 (R8-4).
    expect(result.bracket.rounds[0]?.matches.map((match) => [match.slot, match.bye])).toEqual([
      ["R8-1", true],
      ["R8-2", false],
      ["R8-3", false],
      ["R8-4", true],
    ]);

    // Drawn once: a second draw needs a reason; with one it is redrawn and audited.
    const again = await draw(fixture, { seeds, lot: 7 });
    expect(again.errors?.[0]?.extensions?.code).toBe("TOURNAMENT_DRAW_REFUSED");
    expect(again.errors?.[0]?.message).toBe("不能抽签：本项目已经抽签；如需重新抽签，须填写原因");
    const redraw = await draw(fixture, { seeds, lot: 7, reason: "种子名单报错，重新抽签" });
    expect(redraw.errors).toBeUndefined();
    expect(redraw.data?.drawTournament).toMatchObject({ lotNumber: 7, redraws: 1 });
    // Redrawn with same-unit separation (the default): the same lots and units give the same groups.
    const redrawn = redraw.data?.drawTournament as Draw;
    expect(redrawn.record).toContain("非种子按抽签顺序依次进入 A、B、C 组（已满的组跳过，已有同单位选手的组也跳过）");
    const unitOf = new Map(
      (await prisma.registration.findMany({ where: { categoryId: fixture.categoryId } })).map((row) => [
        String(row.id),
        String(row.organizationId),
      ]),
    );
    const withUnits = drawTournamentGroups(
      {
        entrants: ids.map(String),
        seeds: seeds.map(String),
        drawnOrder: redrawn.lots.unseededOrder.map(String),
        units: Object.fromEntries(unitOf),
      },
      { groupSize: 3, seedCount: 4 },
    );
    expect(withUnits.ok && withUnits.value.groups.map((group) => group.members)).toEqual(
      redrawn.groups.map((group) => group.members.map((member) => member.registrationId)),
    );
    expect(await prisma.match.count({ where: { categoryId: fixture.categoryId } })).toBe(16);
    const audit = await prisma.auditEntry.findMany({
      where: { activityId: fixture.activityId, action: "TOURNAMENT_DRAW" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => entry.reason)).toEqual([null, "种子名单报错，重新抽签"]);
    expect(audit[1]?.before).toMatchObject({ lots: { lotNumber: 20150926 } });
    expect(audit[1]?.after).toMatchObject({ lots: { lotNumber: 7, source: "ORGANIZER" } });
  });

  it("a knockout of 6 gives the two byes to seeds 1 and 2, who go straight to the semi-finals", async () => {
    const prisma = api.server.database.prisma;
    const fixture = await createTournament(prisma, {
      code: "DRAW-KO6",
      state: "JUDGING",
      entrants: 6,
      firstSequence: 30,
    });
    const [a, b, c, d] = fixture.registrationIds as [number, number, number, number];
    const answer = await draw(fixture, { mode: "KNOCKOUT", seeds: [a, b, c, d] });
    expect(answer.errors).toBeUndefined();
    const result = answer.data?.drawTournament as Draw;
    // 6 entrants → 8 lines, 8 − 6 = 2 byes, to the highest seeds: seed 1 on line 1 with the bye on
    // line 2, seed 2 on line 8 with the bye on line 7. Seeds 3 and 4 are drawn into the two
    // quarters holding neither (lines 3 and 6), and the two unseeded fill lines 4 and 5.
    expect(result.mode).toBe("KNOCKOUT");
    expect(result.lotSource).toBe("计算机随机产生");
    const at = (n: number) => Number(result.knockoutLines[n - 1]?.entrant?.registrationId ?? 0);
    expect([at(1), at(8)]).toEqual([a, b]);
    expect(result.knockoutLines.filter((each) => each.bye).map((each) => each.line)).toEqual([2, 7]);
    expect([at(3), at(6)].sort()).toEqual([c, d].sort());
    expect(result.record).toContain("轮空给排名最前的种子：1 号种子（第 2 签位轮空），2 号种子（第 7 签位轮空）");
    // The byes are decided at once: seeds 1 and 2 already stand in the semi-finals.
    const name = (id: number) => fixture.names.get(id);
    const [firstRound, semis] = result.bracket.rounds;
    expect(firstRound?.matches[0]).toMatchObject({ slot: "R8-1", bye: true, winner: { name: name(a) } });
    expect(firstRound?.matches[3]).toMatchObject({ slot: "R8-4", bye: true, winner: { name: name(b) } });
    expect(semis?.matches.map((match) => [match.entrantA?.name ?? null, match.entrantB?.name ?? null])).toEqual([
      [name(a), null],
      [null, name(b)],
    ]);
  });

  it("refuses other roles, other departments, the public, bad seeds and a draw before registration closes", async () => {
    const prisma = api.server.database.prisma;
    const fixture = await createTournament(prisma, {
      code: "DRAW-ROLES",
      state: "REGISTRATION_CLOSED",
      entrants: 4,
      firstSequence: 40,
    });
    for (const username of ["worker", "unit", "judge"]) {
      const answer = await draw(fixture, {}, await api.tokenFor(username));
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const culture = await draw(fixture, {}, await api.tokenFor("culture"));
    expect(culture.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await api.graphql(drawMutation, { roundId: fixture.roundId, categoryId: fixture.categoryId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const stranger = await draw(fixture, { seeds: [999999] });
    expect(stranger.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "GROUP_DRAW_SEEDS_INVALID",
    ]);
    expect(await prisma.tournamentDraw.count({ where: { categoryId: fixture.categoryId } })).toBe(0);

    const open = await createTournament(prisma, {
      code: "DRAW-OPEN",
      state: "REGISTRATION_OPEN",
      entrants: 4,
      firstSequence: 50,
    });
    const early = await draw(open, {});
    expect(early.errors?.[0]?.extensions?.code).toBe("TOURNAMENT_DRAW_REFUSED");
    expect(early.errors?.[0]?.message).toBe("不能抽签：活动当前状态下不能抽签（报名截止后、比赛结束前才能抽签）");
    // The admin may draw.
    const admin = await draw(fixture, {}, await api.tokenFor("admin"));
    expect(admin.errors).toBeUndefined();
  });

  it("reads draws and schedules in a constant number of SQL statements, whatever the page size", async () => {
    // Runs after the tests above: several draws with group and knockout matches exist by now.
    const draws = `query($perPage: Int) { allTournamentDraws(perPage: $perPage) { ${drawFields}
      groupTables { group standings { place explanation entrant { name } } }
      standings { place explanation entrant { name } } } }`;
    const matches = `query($perPage: Int) { allMatches(perPage: $perPage) {
      id categoryName stageName court entrantA { name unitName } entrantB { name } winner { name } games { a b } } }`;
    const cost = async (query: string, perPage: number) => {
      counter.reset();
      const answer = await api.graphql<Record<string, unknown[]>>(query, { perPage }, organizer);
      expect(answer.errors).toBeUndefined();
      return { count: counter.count, rows: Object.values(answer.data ?? {})[0]?.length ?? 0 };
    };
    const oneDraw = await cost(draws, 1);
    const allDraws = await cost(draws, 10);
    expect(allDraws.rows).toBeGreaterThan(2);
    expect(allDraws.count).toBe(oneDraw.count);
    const fewMatches = await cost(matches, 2);
    const manyMatches = await cost(matches, 50);
    expect(manyMatches.rows).toBeGreaterThan(20);
    expect(manyMatches.count).toBe(fewMatches.count);
  });
});
