import type { Reason } from "../errors.ts";
import { hasDuplicates, isPermutationOf } from "./entrant-lists.ts";
import { knockoutBracketSize, maxKnockoutSeeds } from "./knockout-lines.ts";
import { type KnockoutSeedSectionLots, planKnockoutSeedLines } from "./knockout-seed-lines.ts";
import { shuffleByLotNumber } from "./lot-shuffle.ts";
import { defaultTournamentFormat, type TournamentFormat } from "./tournament-format.ts";
import type { TournamentOutcome } from "./tournament-outcome.ts";

export interface KnockoutDrawLots {
  /** The seeding draw, band by band from seeds 3–4 on (see KnockoutSeedSectionLots). */
  seedSections: KnockoutSeedSectionLots;
  /** The unseeded entrants in the order they were drawn; they fill the free lines from the top. */
  unseededOrder: readonly string[];
}

export interface KnockoutDrawInput {
  entrants: readonly string[];
  /** Seeded entrants, seed 1 first; at most `format.seedCount`. */
  seeds: readonly string[];
  lots: KnockoutDrawLots;
}

export interface KnockoutSeedLine {
  seed: number;
  entrant: string;
  line: number;
}

export interface KnockoutDraw {
  /** Lines in the draw, a power of two. */
  size: number;
  /** Line by line from the top (index 0 is line 1): the entrant, or null for a bye (轮空). */
  lines: (string | null)[];
  seedLines: KnockoutSeedLine[];
  /** Lines (1-based) that hold a bye; the entrant on the paired line goes through to round 2. */
  byeLines: number[];
  /** The lots as given, kept with the draw so anyone can redo it. */
  lots: { seedSections: number[][]; unseededOrder: string[] };
  /** What was done and why, in Chinese, for the draw's public record. */
  record: string[];
}

/**
 * A knockout draw (淘汰赛抽签): the draw has the next power of two lines (12 entrants → 16), the
 * seeds go where the seeding rule puts them (planKnockoutSeedLines: 1 top, 2 bottom, 3–4 drawn into the
 * other quarters, 5–8 into the free eighths), the byes (size − entrants) go to the highest seeds,
 * seed 1 first, each opposite its seed, and the unseeded entrants fill the remaining lines from the
 * top in their drawn order. With more byes than seeds, the extra byes are spread evenly over the
 * halves and quarters, and whoever is drawn onto the line beside one goes through. No two byes ever
 * meet: each stands beside a different line of a different first-round match.
 */
export function drawKnockout(
  input: KnockoutDrawInput,
  format: Pick<TournamentFormat, "seedCount"> = defaultTournamentFormat,
): TournamentOutcome<KnockoutDraw> {
  const reasons = checkKnockoutDrawInput(input, format);
  const size = knockoutBracketSize(input.entrants.length);
  const byeCount = size - input.entrants.length;
  const placeable = input.seeds.length <= maxKnockoutSeeds(size);
  const plan = placeable ? planKnockoutSeedLines(size, input.seeds.length, byeCount, input.lots.seedSections) : null;
  if (plan && !plan.ok) reasons.push(...plan.reasons);
  if (!plan?.ok || reasons.length > 0) return { ok: false, reasons };

  const lines: (string | null)[] = Array.from({ length: size }, () => null);
  const rankLines = plan.value.rankLines;
  input.seeds.forEach((entrant, index) => {
    lines[(rankLines[index] ?? 0) - 1] = entrant;
  });
  const byeLines = rankLines.slice(0, byeCount).map(knockoutPartnerLine);
  const closed = new Set([...rankLines.slice(0, input.seeds.length), ...byeLines]);
  const open = Array.from({ length: size }, (_, index) => index + 1).filter((line) => !closed.has(line));
  input.lots.unseededOrder.forEach((entrant, index) => {
    lines[(open[index] ?? 0) - 1] = entrant;
  });

  const record = [
    `签表共 ${size} 个签位，${input.entrants.length} 个参赛者，${byeCount} 个轮空`,
    ...plan.value.record,
    ...byeRecord(byeLines, rankLines, input.seeds.length),
    `非种子按抽签顺序自上而下依次进入第 ${open.join("、")} 签位`,
  ];
  return {
    ok: true,
    value: {
      size,
      lines,
      seedLines: input.seeds.map((entrant, index) => ({ seed: index + 1, entrant, line: rankLines[index] ?? 0 })),
      byeLines,
      lots: {
        seedSections: input.lots.seedSections.map((band) => [...band]),
        unseededOrder: [...input.lots.unseededOrder],
      },
      record,
    },
  };
}

/**
 * Lots drawn by the computer from a recorded lot number (see shuffleByLotNumber): each band's
 * seeds are dealt into its free sections and the unseeded entrants shuffled. Pass the result to
 * drawKnockout; the lot number and the lots are kept with the draw.
 */
export function knockoutDrawLotsByNumber(
  input: Pick<KnockoutDrawInput, "entrants" | "seeds">,
  lotNumber: number,
): KnockoutDrawLots {
  const seeds = new Set(input.seeds);
  return {
    seedSections: seedSectionLotsByNumber(input.seeds.length, lotNumber),
    unseededOrder: shuffleByLotNumber(
      input.entrants.filter((entrant) => !seeds.has(entrant)),
      lotNumber,
    ),
  };
}

/** For each band from 3–4 on that has seeds: its seeds dealt at random into its free sections. */
export function seedSectionLotsByNumber(seedCount: number, lotNumber: number): number[][] {
  const bands: number[][] = [];
  for (let bandStart = 2; bandStart < seedCount; bandStart *= 2) {
    const sections = Array.from({ length: bandStart }, (_, index) => index + 1);
    const shuffled = shuffleByLotNumber(sections, (lotNumber + bandStart) % 0x100000000);
    bands.push(shuffled.slice(0, Math.min(seedCount - bandStart, bandStart)));
  }
  return bands;
}

/** The other line of the same first-round match: 1 ↔ 2, 15 ↔ 16. */
export function knockoutPartnerLine(line: number): number {
  return line % 2 === 0 ? line - 1 : line + 1;
}

function byeRecord(byeLines: readonly number[], rankLines: readonly number[], seedCount: number): string[] {
  if (byeLines.length === 0) return [];
  const toSeeds = byeLines.slice(0, seedCount);
  const extra = byeLines.slice(seedCount);
  const record: string[] = [];
  if (toSeeds.length > 0) {
    record.push(
      `轮空给排名最前的种子：${toSeeds.map((line, index) => `${index + 1} 号种子（第 ${line} 签位轮空）`).join("，")}`,
    );
  }
  if (extra.length > 0) {
    const beside = extra.map((line, index) => `第 ${line} 签位（第 ${rankLines[seedCount + index]} 签位的选手轮空）`);
    record.push(`种子少于轮空数，其余轮空按上下半区、各分区均衡安排：${beside.join("，")}`);
  }
  return record;
}

function checkKnockoutDrawInput(input: KnockoutDrawInput, format: Pick<TournamentFormat, "seedCount">): Reason[] {
  const reasons: Reason[] = [];
  const entrants = new Set(input.entrants);
  if (hasDuplicates(input.entrants)) {
    reasons.push({ code: "KNOCKOUT_DRAW_DUPLICATE_ENTRANT", message: "参赛名单中有重复的选手" });
  }
  if (input.entrants.length < 2) {
    reasons.push({ code: "KNOCKOUT_DRAW_TOO_FEW", message: "淘汰赛至少需要 2 名选手（或 2 对）" });
  }
  if (input.seeds.length > format.seedCount) {
    reasons.push({
      code: "KNOCKOUT_DRAW_TOO_MANY_SEEDS",
      message: `种子数（${input.seeds.length}）超过本项目设定的 ${format.seedCount} 名`,
    });
  }
  const size = knockoutBracketSize(input.entrants.length);
  if (input.seeds.length > maxKnockoutSeeds(size)) {
    reasons.push({
      code: "KNOCKOUT_DRAW_TOO_MANY_SEEDS",
      message: `${size} 个签位的签表最多设 ${maxKnockoutSeeds(size)} 名种子（每场首轮比赛至多一名种子）`,
    });
  }
  if (hasDuplicates(input.seeds) || input.seeds.some((seed) => !entrants.has(seed))) {
    reasons.push({ code: "KNOCKOUT_DRAW_SEEDS_INVALID", message: "种子名单应为参赛选手，且不能重复" });
  }
  const seeds = new Set(input.seeds);
  const unseeded = input.entrants.filter((entrant) => !seeds.has(entrant));
  if (!isPermutationOf(input.lots.unseededOrder, unseeded)) {
    reasons.push({ code: "KNOCKOUT_DRAW_LOTS_INVALID", message: "抽签顺序应恰好包含全部非种子选手各一次" });
  }
  return reasons;
}
