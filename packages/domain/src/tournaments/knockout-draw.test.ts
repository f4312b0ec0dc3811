import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  drawKnockout,
  type KnockoutDraw,
  knockoutDrawLotsByNumber,
  knockoutPartnerLine,
  seedSectionLotsByNumber,
} from "./knockout-draw.ts";
import { earliestMeetingRound } from "./knockout-lines.ts";
import { defaultTournamentFormat } from "./tournament-format.ts";

const seeds = ["S1", "S2", "S3", "S4"];
const unseeded = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8"];

function drawn(...args: Parameters<typeof drawKnockout>): KnockoutDraw {
  const outcome = drawKnockout(...args);
  if (!outcome.ok) throw new Error(outcome.reasons.map((reason) => reason.message).join("; "));
  return outcome.value;
}

describe("knockout draw: 12 entrants, 4 seeds, 4 byes", () => {
  // 12 entrants → 16 lines (the next power of two), 16 − 12 = 4 byes, to seeds 1–4.
  // Quarters of 16 lines: 1–4, 5–8, 9–12, 13–16. Seed 1 → line 1, seed 2 → line 16.
  // Seeds 3–4 are drawn into the free quarters 5–8 (free quarter 1) and 9–12 (free quarter 2);
  // the lots [[2, 1]] send seed 3 to free quarter 2 (9–12, lower half → its bottom line 12) and
  // seed 4 to free quarter 1 (5–8, upper half → its top line 5).
  // Byes stand beside the seeds: 1 ↔ 2, 16 ↔ 15, 12 ↔ 11, 5 ↔ 6.
  // Open lines: 16 − 4 seeds − 4 byes = 8 = the 8 unseeded: 3, 4, 7, 8, 9, 10, 13, 14, filled in drawn order.
  const draw = drawn({
    entrants: [...seeds, ...unseeded],
    seeds,
    lots: { seedSections: [[2, 1]], unseededOrder: unseeded },
  });

  it("places seeds, byes and the drawn unseeded entrants", () => {
    expect(draw.size).toBe(16);
    expect(draw.lines).toEqual([
      "S1",
      null,
      "U1",
      "U2",
      "S4",
      null,
      "U3",
      "U4",
      "U5",
      "U6",
      null,
      "S3",
      "U7",
      "U8",
      null,
      "S2",
    ]);
    expect(draw.seedLines).toEqual([
      { seed: 1, entrant: "S1", line: 1 },
      { seed: 2, entrant: "S2", line: 16 },
      { seed: 3, entrant: "S3", line: 12 },
      { seed: 4, entrant: "S4", line: 5 },
    ]);
    expect(draw.byeLines).toEqual([2, 15, 11, 6]);
  });

  it("records the draw in Chinese with the lots", () => {
    expect(draw.record).toEqual([
      "签表共 16 个签位，12 个参赛者，4 个轮空",
      "1 号种子列第 1 签位（上半区顶端）",
      "2 号种子列第 16 签位（下半区底端）",
      "3–4 号种子抽签进入尚无种子的 1/4 区：3 号种子抽入第 3 个 1/4 区，列第 12 签位；4 号种子抽入第 2 个 1/4 区，列第 5 签位",
      "轮空给排名最前的种子：1 号种子（第 2 签位轮空），2 号种子（第 15 签位轮空），3 号种子（第 11 签位轮空），4 号种子（第 6 签位轮空）",
      "非种子按抽签顺序自上而下依次进入第 3、4、7、8、9、10、13、14 签位",
    ]);
    expect(draw.lots).toEqual({ seedSections: [[2, 1]], unseededOrder: unseeded });
  });
});

describe("knockout draw: other shapes", () => {
  it("8 seeds in 32 lines: 5–8 go to the eighths that hold no seed", () => {
    // Eighths of 32: 1–4 (seed 1), 5–8, 9–12, 13–16, 17–20, 21–24, 25–28, 29–32 (seed 2).
    // Lots [[1, 2]]: seed 3 → free quarter 1 (9–16, upper half → line 9); seed 4 → quarter 17–24 (lower → 24).
    // Free eighths now 5–8, 13–16, 17–20, 25–28; lots [4, 1, 3, 2]: seed 5 → 25–28 (lower → 28),
    // seed 6 → 5–8 (upper → 5), seed 7 → 17–20 (lower → 20), seed 8 → 13–16 (upper → 13).
    const entrants = Array.from({ length: 32 }, (_, index) => `E${index + 1}`);
    const draw = drawn(
      {
        entrants,
        seeds: entrants.slice(0, 8),
        lots: {
          seedSections: [
            [1, 2],
            [4, 1, 3, 2],
          ],
          unseededOrder: entrants.slice(8),
        },
      },
      { seedCount: 8 },
    );
    expect(draw.seedLines.map((seed) => seed.line)).toEqual([1, 32, 9, 24, 28, 5, 20, 13]);
    expect(draw.byeLines).toEqual([]);
    expect(draw.record[4]).toBe(
      "5–8 号种子抽签进入尚无种子的 1/8 区：5 号种子抽入第 7 个 1/8 区，列第 28 签位；6 号种子抽入第 2 个 1/8 区，列第 5 签位；7 号种子抽入第 5 个 1/8 区，列第 20 签位；8 号种子抽入第 4 个 1/8 区，列第 13 签位",
    );
  });

  it("more byes than seeds: the extra byes are spread evenly over halves and quarters", () => {
    // 10 entrants → 16 lines, 6 byes, 2 seeds. Ranks 1–2 are the seeds (lines 1, 16).
    // Ranks 3–4 take the free quarters 5–8 and 9–12 (one per half): lines 5 and 12.
    // Rank 5: the free eighths 3–4, 7–8, 9–10, 13–14 all have 2 ranks in their half and 1 in their
    //   quarter → the upper one, 3–4 → line 3. Rank 6: the upper half now has 3 ranks, so the first
    //   lower one, 9–10 → line 10. Byes beside ranks 1–6: 2, 15, 6, 11, 4, 9 (3 per half).
    const entrants = ["S1", "S2", "A", "B", "C", "D", "E", "F", "G", "H"];
    const order = ["A", "B", "C", "D", "E", "F", "G", "H"];
    const draw = drawn({ entrants, seeds: ["S1", "S2"], lots: { seedSections: [], unseededOrder: order } });
    expect(draw.byeLines).toEqual([2, 15, 6, 11, 4, 9]);
    // Open lines 3, 5, 7, 8, 10, 12, 13, 14 in drawn order: A on 3 and B on 5 get byes, as do E (10) and F (12).
    expect(draw.lines).toEqual([
      "S1",
      null,
      "A",
      null,
      "B",
      null,
      "C",
      "D",
      null,
      "E",
      null,
      "F",
      "G",
      "H",
      null,
      "S2",
    ]);
    expect(draw.record).toContain(
      "种子少于轮空数，其余轮空按上下半区、各分区均衡安排：第 6 签位（第 5 签位的选手轮空），第 11 签位（第 12 签位的选手轮空），第 4 签位（第 3 签位的选手轮空），第 9 签位（第 10 签位的选手轮空）",
    );
  });

  it("no seeds: the byes are spread the same way and whoever is drawn beside them goes through", () => {
    // 3 entrants → 4 lines, 1 bye on line 2 (beside line 1).
    const draw = drawn({
      entrants: ["X", "Y", "Z"],
      seeds: [],
      lots: { seedSections: [], unseededOrder: ["Z", "X", "Y"] },
    });
    expect(draw.lines).toEqual(["Z", null, "X", "Y"]);
    expect(draw.record).toContain(
      "种子少于轮空数，其余轮空按上下半区、各分区均衡安排：第 2 签位（第 1 签位的选手轮空）",
    );
  });

  it("two entrants, both seeded, meet in the final", () => {
    const draw = drawn({ entrants: ["A", "B"], seeds: ["B", "A"], lots: { seedSections: [], unseededOrder: [] } });
    expect(draw.lines).toEqual(["B", "A"]);
  });

  it("refuses a draw sheet with mistakes, every one at once", () => {
    const outcome = drawKnockout(
      {
        entrants: ["A", "B", "C", "D", "E", "A"],
        seeds: ["A", "B", "C", "Q"],
        lots: { seedSections: [[1, 1]], unseededOrder: ["D"] },
      },
      { seedCount: 2 },
    );
    expect(outcome.ok ? [] : outcome.reasons).toEqual([
      { code: "KNOCKOUT_DRAW_DUPLICATE_ENTRANT", message: "参赛名单中有重复的选手" },
      { code: "KNOCKOUT_DRAW_TOO_MANY_SEEDS", message: "种子数（4）超过本项目设定的 2 名" },
      { code: "KNOCKOUT_DRAW_SEEDS_INVALID", message: "种子名单应为参赛选手，且不能重复" },
      { code: "KNOCKOUT_DRAW_LOTS_INVALID", message: "抽签顺序应恰好包含全部非种子选手各一次" },
      { code: "SEED_LOTS_INVALID", message: "3–4 号种子的抽签结果应为 2 个互不相同的区号（1–2）" },
    ]);
  });

  it("refuses more seeds than first-round matches, too few entrants, and lots for seeds that do not exist", () => {
    const tooMany = drawKnockout(
      { entrants: ["A", "B", "C"], seeds: ["A", "B", "C"], lots: { seedSections: [[1]], unseededOrder: [] } },
      { seedCount: 8 },
    );
    expect(tooMany.ok ? [] : tooMany.reasons).toEqual([
      {
        code: "KNOCKOUT_DRAW_TOO_MANY_SEEDS",
        message: "4 个签位的签表最多设 2 名种子（每场首轮比赛至多一名种子）",
      },
    ]);
    const alone = drawKnockout({ entrants: ["A"], seeds: [], lots: { seedSections: [], unseededOrder: ["A"] } });
    expect(alone.ok ? [] : alone.reasons.map((reason) => reason.code)).toEqual(["KNOCKOUT_DRAW_TOO_FEW"]);
    const extraLots = drawKnockout({
      entrants: ["A", "B", "C", "D", "E"],
      seeds: ["A", "B", "C"],
      lots: { seedSections: [[2], [1]], unseededOrder: ["D", "E"] },
    });
    expect(extraLots.ok ? [] : extraLots.reasons).toEqual([
      { code: "SEED_LOTS_INVALID", message: "只有 3 名种子，多出的种子抽签结果无法使用" },
    ]);
    const oneSeedBand = drawKnockout({
      entrants: ["A", "B", "C", "D", "E"],
      seeds: ["A", "B", "C"],
      lots: { seedSections: [[3]], unseededOrder: ["D", "E"] },
    });
    expect(oneSeedBand.ok ? [] : oneSeedBand.reasons).toEqual([
      { code: "SEED_LOTS_INVALID", message: "3 号种子的抽签结果应为 1 个互不相同的区号（1–2）" },
    ]);
  });
});

/** A draw's entrants, seeds (up to what the draw holds) and random lots. */
const drawCase = fc
  .integer({ min: 2, max: 40 })
  .chain((count) => {
    let size = 2;
    while (size < count) size *= 2;
    const maxSeeds = Math.min(count, size === 2 ? 2 : size / 2);
    return fc.tuple(fc.constant(count), fc.integer({ min: 0, max: maxSeeds }), fc.integer({ min: 0, max: 0xffffffff }));
  })
  .map(([count, seedCount, lotNumber]) => {
    const entrants = Array.from({ length: count }, (_, index) => `E${index + 1}`);
    const seeds = entrants.slice(0, seedCount);
    return { entrants, seeds, lots: knockoutDrawLotsByNumber({ entrants, seeds }, lotNumber) };
  });

describe("knockout draw properties", () => {
  const format = { ...defaultTournamentFormat, seedCount: 64 };

  it("places every entrant exactly once, with size − entrants byes", () => {
    fc.assert(
      fc.property(drawCase, (input) => {
        const draw = drawn(input, format);
        const placed = draw.lines.filter((line) => line !== null);
        expect([...placed].sort()).toEqual([...input.entrants].sort());
        expect(draw.lines.length - placed.length).toBe(draw.size - input.entrants.length);
        expect(draw.byeLines.every((line) => draw.lines[line - 1] === null)).toBe(true);
      }),
    );
  });

  it("seeds 1 and 2 are in different halves and can meet only in the final; seeds 1–4 in four quarters", () => {
    fc.assert(
      fc.property(drawCase, (input) => {
        const draw = drawn(input, format);
        const lineOf = (seed: number) => draw.seedLines[seed - 1]?.line ?? 0;
        if (input.seeds.length >= 2) {
          expect(lineOf(1)).toBe(1);
          expect(lineOf(2)).toBe(draw.size);
          expect(earliestMeetingRound(lineOf(1), lineOf(2))).toBe(Math.log2(draw.size));
        }
        for (const band of [4, 8]) {
          const lines = draw.seedLines.slice(0, band).map((seed) => seed.line);
          const sections = lines.map((line) => Math.floor((line - 1) / (draw.size / band)));
          expect(new Set(sections).size).toBe(lines.length);
        }
      }),
    );
  });

  it("byes go to the highest seeds, and no two byes meet", () => {
    fc.assert(
      fc.property(drawCase, (input) => {
        const draw = drawn(input, format);
        const withBye = draw.byeLines.map((line) => draw.lines[knockoutPartnerLine(line) - 1]);
        expect(withBye.every((entrant) => entrant !== null)).toBe(true);
        const seedsWithBye = Math.min(input.seeds.length, draw.byeLines.length);
        expect(withBye.slice(0, seedsWithBye)).toEqual(input.seeds.slice(0, seedsWithBye));
        // When seeds exist, no unseeded entrant gets a bye while a seed plays in round 1.
        if (draw.byeLines.length > input.seeds.length)
          expect(withBye.slice(0, input.seeds.length)).toEqual(input.seeds);
      }),
    );
  });

  it("with at most four seeds the byes are split between the halves as evenly as possible", () => {
    fc.assert(
      fc.property(
        drawCase.filter((input) => input.seeds.length <= 4),
        (input) => {
          const draw = drawn(input, format);
          const upper = draw.byeLines.filter((line) => line <= draw.size / 2).length;
          expect(Math.abs(upper - (draw.byeLines.length - upper))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("is deterministic: the same lots give the same draw", () => {
    fc.assert(
      fc.property(drawCase, (input) => {
        expect(drawKnockout(input, format)).toEqual(drawKnockout(JSON.parse(JSON.stringify(input)), format));
      }),
    );
  });

  it("computer lots by number are valid seeding lots", () => {
    expect(seedSectionLotsByNumber(2, 7)).toEqual([]);
    expect(seedSectionLotsByNumber(3, 7)).toHaveLength(1);
    expect(seedSectionLotsByNumber(3, 7)[0]).toHaveLength(1);
    expect(seedSectionLotsByNumber(8, 7).map((band) => [...band].sort())).toEqual([
      [1, 2],
      [1, 2, 3, 4],
    ]);
  });
});
