import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawTournamentGroups, type TournamentGroupDraw, tournamentGroupName } from "./group-draw.ts";

function drawn(...args: Parameters<typeof drawTournamentGroups>): TournamentGroupDraw {
  const outcome = drawTournamentGroups(...args);
  if (!outcome.ok) throw new Error(outcome.reasons.map((reason) => reason.message).join("; "));
  return outcome.value;
}

describe("group draw", () => {
  it("10 entrants in groups of 4: A 4, B 3, C 3; seeds head the groups, the rest dealt in drawn order", () => {
    // ⌈10 ÷ 4⌉ = 3 groups; 10 = 3 × 3 + 1, so the first group gets one more: 4, 3, 3.
    // Seeds 1–3 → A, B, C. Drawn order U1 … U7 dealt A, B, C, A, B, C, A.
    const unseeded = ["U1", "U2", "U3", "U4", "U5", "U6", "U7"];
    const draw = drawn({ entrants: ["S1", "S2", "S3", ...unseeded], seeds: ["S1", "S2", "S3"], drawnOrder: unseeded });
    expect(draw.groups).toEqual([
      { name: "A", members: ["S1", "U1", "U4", "U7"] },
      { name: "B", members: ["S2", "U2", "U5"] },
      { name: "C", members: ["S3", "U3", "U6"] },
    ]);
    expect(draw.record).toEqual([
      "共 10 名参赛，分为 3 个小组：A 组 4 名，B 组 3 名，C 组 3 名",
      "1 号种子进入 A 组",
      "2 号种子进入 B 组",
      "3 号种子进入 C 组",
      "非种子按抽签顺序依次进入 A、B、C 组（已满的组跳过）",
    ]);
    expect(draw.drawnOrder).toEqual(unseeded);
  });

  it("more seeds than groups go back the other way (snake), and doubles are counted in pairs", () => {
    // 8 pairs in groups of 4: 2 groups. Seeds 1 → A, 2 → B, 3 → B, 4 → A.
    const draw = drawn(
      {
        entrants: ["S1", "S2", "S3", "S4", "U1", "U2", "U3", "U4"],
        seeds: ["S1", "S2", "S3", "S4"],
        drawnOrder: ["U1", "U2", "U3", "U4"],
        doubles: true,
      },
      { groupSize: 4, seedCount: 4 },
    );
    expect(draw.groups.map((group) => group.members)).toEqual([
      ["S1", "S4", "U1", "U3"],
      ["S2", "S3", "U2", "U4"],
    ]);
    expect(draw.record[0]).toBe("共 8 对参赛，分为 2 个小组：A 组 4 对，B 组 4 对");
  });

  it("a seed whose snake group is full goes to the next group with room", () => {
    // 3 entrants in groups of 2: groups of 2 and 1. Seed 1 → A, seed 2 → B (now full),
    // seed 3 would go to B again (the snake turns) but B is full → A.
    const draw = drawn(
      { entrants: ["S1", "S2", "S3"], seeds: ["S1", "S2", "S3"], drawnOrder: [] },
      { groupSize: 2, seedCount: 3 },
    );
    expect(draw.groups.map((group) => group.members)).toEqual([["S1", "S3"], ["S2"]]);
  });

  it("refuses a draw sheet with mistakes, every one at once", () => {
    const outcome = drawTournamentGroups(
      { entrants: ["A", "A"], seeds: ["A", "Z", "B", "C", "D", "E"], drawnOrder: ["B"] },
      { groupSize: 4, seedCount: 4 },
    );
    expect(outcome.ok ? [] : outcome.reasons).toEqual([
      { code: "GROUP_DRAW_DUPLICATE_ENTRANT", message: "参赛名单中有重复的选手" },
      { code: "GROUP_DRAW_TOO_MANY_SEEDS", message: "种子数（6）超过本项目设定的 4 名" },
      { code: "GROUP_DRAW_SEEDS_INVALID", message: "种子名单应为参赛选手，且不能重复" },
      { code: "GROUP_DRAW_LOTS_INVALID", message: "抽签顺序应恰好包含全部非种子选手各一次" },
    ]);
    const alone = drawTournamentGroups({ entrants: ["A"], seeds: [], drawnOrder: ["A"] });
    expect(alone.ok ? [] : alone.reasons.map((reason) => reason.code)).toEqual(["GROUP_DRAW_TOO_FEW"]);
    expect(() =>
      drawTournamentGroups({ entrants: ["A", "B"], seeds: [], drawnOrder: ["A", "B"] }, { groupSize: 1, seedCount: 0 }),
    ).toThrow(RangeError);
  });

  it("names groups A … Z, then AA, AB …", () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(tournamentGroupName)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA"]);
  });

  it("everyone is in exactly one group, sizes differ by at most one, seeds in different groups while they can be", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 0, max: 1000 }),
        (count, groupSize, wantedSeeds, shift) => {
          const entrants = Array.from({ length: count }, (_, index) => `E${index}`);
          const seeds = entrants.slice(0, Math.min(wantedSeeds, count));
          const rest = entrants.slice(seeds.length);
          const drawnOrder = rest.map((_, index) => rest[(index + shift) % rest.length] as string);
          const draw = drawn({ entrants, seeds, drawnOrder }, { groupSize, seedCount: 16 });
          const members = draw.groups.flatMap((group) => group.members);
          expect([...members].sort()).toEqual([...entrants].sort());
          const sizes = draw.groups.map((group) => group.members.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          expect(Math.max(...sizes)).toBeLessThanOrEqual(groupSize);
          const topSeeds = seeds.slice(0, draw.groups.length);
          const homes = topSeeds.map((seed) => draw.groups.findIndex((group) => group.members.includes(seed)));
          expect(new Set(homes).size).toBe(topSeeds.length);
        },
      ),
    );
  });
});

describe("same-unit separation (同单位分组回避)", () => {
  it("deals an entrant past a group that already holds someone of its unit", () => {
    // Groups of 3: A and B. Seeds S1 (unit 1) → A, S2 (unit 2) → B. Drawn a (1), b (2), c (3), d (3).
    // Without units: a → A, b → B, c → A, d → B (a beside S1, b beside S2).
    // With units: a skips A (S1) → B; b: A holds no unit 2 → A; c: B → B (now full); d: A.
    const input = {
      entrants: ["S1", "S2", "a", "b", "c", "d"],
      seeds: ["S1", "S2"],
      drawnOrder: ["a", "b", "c", "d"],
    };
    const units = { S1: "1", S2: "2", a: "1", b: "2", c: "3", d: "3" };
    const format = { groupSize: 3, seedCount: 2 };
    expect(drawn(input, format).groups.map((group) => group.members)).toEqual([
      ["S1", "a", "c"],
      ["S2", "b", "d"],
    ]);
    const apart = drawn({ ...input, units }, format);
    expect(apart.groups.map((group) => group.members)).toEqual([
      ["S1", "b", "d"],
      ["S2", "a", "c"],
    ]);
    expect(apart.record.at(-1)).toBe("非种子按抽签顺序依次进入 A、B 组（已满的组跳过，已有同单位选手的组也跳过）");
  });

  it("puts unit-mates together only when every group with room already holds one, and says so", () => {
    // Four of one unit in two groups of 2: w → A, x → B; y and z find a unit-mate everywhere.
    const draw = drawn(
      {
        entrants: ["w", "x", "y", "z"],
        seeds: [],
        drawnOrder: ["w", "x", "y", "z"],
        units: { w: "1", x: "1", y: "1", z: "1" },
      },
      { groupSize: 2, seedCount: 0 },
    );
    expect(draw.groups.map((group) => group.members)).toEqual([
      ["w", "y"],
      ["x", "z"],
    ]);
    expect(draw.record.slice(-2)).toEqual([
      "抽签第 3 位：有空位的组都已有同单位选手，进入 A 组",
      "抽签第 4 位：有空位的组都已有同单位选手，进入 B 组",
    ]);
  });
});
