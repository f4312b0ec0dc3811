import type { Reason } from "../errors.ts";
import { hasDuplicates } from "./entrant-lists.ts";
import { knockoutSectionName, maxKnockoutSeeds } from "./knockout-lines.ts";
import type { TournamentOutcome } from "./tournament-outcome.ts";

/**
 * The lots of the seeding draw: for each band of seeds from 3–4 on (3–4, then 5–8, then 9–16 …),
 * for each seed of the band in seed order, the number of the still-free section it was drawn into,
 * counting the band's free sections from the top (1, 2, …). [[2, 1], [3, 1, 4, 2]]: seed 3 into
 * the lower free quarter, seed 4 the upper; seed 5 into the third free eighth, seed 6 the first …
 */
export type KnockoutSeedSectionLots = readonly (readonly number[])[];

export interface KnockoutSeedLinePlan {
  /**
   * The line (1-based) of each seeding rank: ranks 1 … seedCount are the seeds; ranks beyond
   * seedCount (only when there are more byes than seeds) are lines that get a bye without a seed.
   */
  rankLines: number[];
  /** Where each seed went and why, in Chinese, for the draw's record. */
  record: string[];
}

/**
 * Where seeds go in a draw of `size` lines (the BWF seeding rule):
 * - seed 1 on the top line, seed 2 on the bottom line, so they can meet only in the final;
 * - seeds 3–4 drawn into the two quarters that hold neither, 5–8 into the four eighths that hold
 *   no seed yet, 9–16 into the free sixteenths, and so on;
 * - within its section a seed in the top half takes the section's top line, in the bottom half its
 *   bottom line (as 1 and 2 do), which keeps seeds as far apart as the sections allow.
 * When there are more byes than seeds, each extra bye needs a line to stand opposite: those
 * "ranks" continue the seeding pattern, but instead of being drawn they go to the free section
 * whose half (then quarter, eighth …) holds the fewest ranks so far, the upper one first, so that
 * byes are spread evenly and never meet.
 */
export function planKnockoutSeedLines(
  size: number,
  seedCount: number,
  byeCount: number,
  lots: KnockoutSeedSectionLots,
): TournamentOutcome<KnockoutSeedLinePlan> {
  const ranks = Math.max(seedCount, byeCount);
  if (ranks > maxKnockoutSeeds(size)) throw new RangeError(`${ranks} seeding ranks do not fit ${size} lines`);
  const reasons = checkSeedSectionLots(seedCount, lots);
  if (reasons.length > 0) return { ok: false, reasons };

  const lines: number[] = [];
  const record: string[] = [];
  if (ranks >= 1) lines.push(1);
  if (ranks >= 2) lines.push(size);
  if (seedCount >= 1) record.push(`1 号种子列第 1 签位（上半区顶端）`);
  if (seedCount >= 2) record.push(`2 号种子列第 ${size} 签位（下半区底端）`);

  for (let level = 2; lines.length < ranks; level++) {
    const sectionSize = size / 2 ** level;
    const free = Array.from({ length: 2 ** level }, (_, index) => index).filter(
      (index) => !lines.some((line) => Math.floor((line - 1) / sectionSize) === index),
    );
    const bandStart = 2 ** (level - 1);
    const seedsInBand = Math.min(Math.max(seedCount - bandStart, 0), bandStart);
    const bandLots = lots[level - 2] ?? [];
    const drawn: string[] = [];
    for (let offset = 0; offset < seedsInBand; offset++) {
      const section = free[(bandLots[offset] ?? 0) - 1] ?? 0;
      const line = lineInSection(size, sectionSize, section);
      lines.push(line);
      drawn.push(`${bandStart + offset + 1} 号种子抽入${knockoutSectionName(level, section)}，列第 ${line} 签位`);
    }
    if (drawn.length > 0) {
      const band = seedsInBand === 1 ? `${bandStart + 1} 号种子` : `${bandStart + 1}–${bandStart + seedsInBand} 号种子`;
      record.push(`${band}抽签进入尚无种子的 1/${2 ** level} 区：${drawn.join("；")}`);
    }
    const taken = new Set(lines.map((line) => Math.floor((line - 1) / sectionSize)));
    while (lines.length < Math.min(ranks, 2 * bandStart)) {
      const open = free.filter((section) => !taken.has(section));
      const section = leastCrowded(open, lines, size, level);
      taken.add(section);
      lines.push(lineInSection(size, sectionSize, section));
    }
  }
  return { ok: true, value: { rankLines: lines, record } };
}

function lineInSection(size: number, sectionSize: number, section: number): number {
  const top = section * sectionSize + 1;
  return top <= size / 2 ? top : top + sectionSize - 1;
}

/** The section whose half, then quarter, … holds the fewest ranks; the upper one on a tie. */
function leastCrowded(sections: readonly number[], lines: readonly number[], size: number, level: number): number {
  const crowding = (section: number) =>
    Array.from({ length: level - 1 }, (_, coarser) => {
      const width = size / 2 ** (coarser + 1);
      const home = Math.floor((section * (size / 2 ** level)) / width);
      return lines.filter((line) => Math.floor((line - 1) / width) === home).length;
    });
  let best = sections[0] ?? 0;
  for (const section of sections.slice(1)) {
    const [one, other] = [crowding(section), crowding(best)];
    const firstDifference = one.findIndex((count, index) => count !== other[index]);
    if (firstDifference >= 0 && (one[firstDifference] ?? 0) < (other[firstDifference] ?? 0)) best = section;
  }
  return best;
}

function checkSeedSectionLots(seedCount: number, lots: KnockoutSeedSectionLots): Reason[] {
  const reasons: Reason[] = [];
  let bands = 0;
  for (let level = 2; 2 ** (level - 1) < seedCount; level++) {
    bands++;
    const bandStart = 2 ** (level - 1);
    const seedsInBand = Math.min(seedCount - bandStart, bandStart);
    const bandLots = lots[level - 2] ?? [];
    const valid =
      bandLots.length === seedsInBand &&
      !hasDuplicates(bandLots) &&
      bandLots.every((section) => Number.isInteger(section) && section >= 1 && section <= bandStart);
    if (!valid) {
      const band = seedsInBand === 1 ? `${bandStart + 1} 号种子` : `${bandStart + 1}–${bandStart + seedsInBand} 号种子`;
      reasons.push({
        code: "SEED_LOTS_INVALID",
        message: `${band}的抽签结果应为 ${seedsInBand} 个互不相同的区号（1–${bandStart}）`,
      });
    }
  }
  if (lots.length > bands && lots.slice(bands).some((band) => band.length > 0)) {
    reasons.push({ code: "SEED_LOTS_INVALID", message: `只有 ${seedCount} 名种子，多出的种子抽签结果无法使用` });
  }
  return reasons;
}
