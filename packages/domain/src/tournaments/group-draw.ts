import type { Reason } from "../errors.ts";
import { hasDuplicates, isPermutationOf } from "./entrant-lists.ts";
import { defaultTournamentFormat, type TournamentFormat } from "./tournament-format.ts";
import type { TournamentOutcome } from "./tournament-outcome.ts";

export interface TournamentGroup {
  /** "A", "B", … ; shown as "A 组". */
  name: string;
  /** In the order they were placed: the group's seed (if any) first. */
  members: string[];
}

export interface TournamentGroupDrawInput {
  entrants: readonly string[];
  /** Seeded entrants, seed 1 first; at most `format.seedCount`. */
  seeds: readonly string[];
  /** The unseeded entrants in the order they were drawn (抽签顺序), recorded with the draw. */
  drawnOrder: readonly string[];
  /** Doubles entrants are counted as pairs (对) in the record, singles as players (名). */
  doubles?: boolean;
  /**
   * Same-unit separation (同单位分组回避), optional: each entrant's unit. An unseeded entrant is
   * dealt to the next group in turn that has room and no one of its unit yet; only when every
   * group with room holds someone of its unit does it go to the next group with room.
   */
  units?: Readonly<Record<string, string>> | null;
}

export interface TournamentGroupDraw {
  groups: TournamentGroup[];
  /** The lots as given, kept with the draw. */
  drawnOrder: string[];
  /** What was done, in Chinese, for the draw's record. */
  record: string[];
}

/**
 * Splits an event's entrants into round-robin groups (分组抽签):
 * - the number of groups is ⌈entrants ÷ group size⌉, and sizes differ by at most one, the larger
 *   groups first (10 entrants in groups of 4: A 4, B 3, C 3);
 * - seeds 1 … G head groups A … G; further seeds go back the other way (seed G + 1 to the last
 *   group, like a snake), so the strongest two seeds' groups get the weakest of the next seeds;
 * - the unseeded entrants are dealt in their drawn order to A, B, C, …, A, B, … skipping full groups.
 * A seed that would land in a full group goes to the next group in snake order with room.
 */
export function drawTournamentGroups(
  input: TournamentGroupDrawInput,
  format: Pick<TournamentFormat, "groupSize" | "seedCount"> = defaultTournamentFormat,
): TournamentOutcome<TournamentGroupDraw> {
  const reasons = checkGroupDrawInput(input, format);
  if (reasons.length > 0) return { ok: false, reasons };

  const count = input.entrants.length;
  const groupCount = Math.ceil(count / format.groupSize);
  const base = Math.floor(count / groupCount);
  const capacities = Array.from({ length: groupCount }, (_, index) => base + (index < count % groupCount ? 1 : 0));
  const groups: TournamentGroup[] = capacities.map((_, index) => ({ name: tournamentGroupName(index), members: [] }));
  const hasRoom = (index: number) => (groups[index]?.members.length ?? 0) < (capacities[index] ?? 0);

  const snake = Array.from({ length: 2 * groupCount }, (_, step) =>
    step < groupCount ? step : 2 * groupCount - 1 - step,
  );
  let snakeStep = 0;
  input.seeds.forEach((seed) => {
    while (!hasRoom(snake[snakeStep % snake.length] ?? 0)) snakeStep++;
    groups[snake[snakeStep % snake.length] ?? 0]?.members.push(seed);
    snakeStep++;
  });
  const units = input.units ?? null;
  const clashes: string[] = [];
  let next = 0;
  input.drawnOrder.forEach((entrant, position) => {
    const inTurn = Array.from({ length: groupCount }, (_, step) => (next + step) % groupCount).filter(hasRoom);
    const unit = units?.[entrant];
    const apart = inTurn.find((index) =>
      groups[index]?.members.every((member) => unit === undefined || units?.[member] !== unit),
    );
    const chosen = apart ?? (inTurn[0] as number);
    if (apart === undefined && unit !== undefined) {
      clashes.push(`抽签第 ${position + 1} 位：有空位的组都已有同单位选手，进入 ${groups[chosen]?.name} 组`);
    }
    groups[chosen]?.members.push(entrant);
    next = chosen + 1;
  });

  const unit = input.doubles ? "对" : "名";
  const record = [
    `共 ${count} ${unit}参赛，分为 ${groupCount} 个小组：${groups.map((group) => `${group.name} 组 ${group.members.length} ${unit}`).join("，")}`,
    ...input.seeds.map((_, index) => {
      const group = groups.find((candidate) => candidate.members.includes(input.seeds[index] as string));
      return `${index + 1} 号种子进入 ${group?.name} 组`;
    }),
    `非种子按抽签顺序依次进入 ${groups.map((group) => group.name).join("、")} 组（已满的组跳过${units ? "，已有同单位选手的组也跳过" : ""}）`,
    ...clashes,
  ];
  return { ok: true, value: { groups, drawnOrder: [...input.drawnOrder], record } };
}

/** A, B, …, Z, then AA, AB, … (no event has 27 groups, but the name must never repeat). */
export function tournamentGroupName(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${tournamentGroupName(Math.floor(index / 26) - 1)}${letter}`;
}

function checkGroupDrawInput(
  input: TournamentGroupDrawInput,
  format: Pick<TournamentFormat, "groupSize" | "seedCount">,
) {
  if (!Number.isInteger(format.groupSize) || format.groupSize < 2) {
    throw new RangeError(`group size ${format.groupSize} is not a whole number of at least 2`);
  }
  const reasons: Reason[] = [];
  const entrants = new Set(input.entrants);
  if (hasDuplicates(input.entrants)) {
    reasons.push({ code: "GROUP_DRAW_DUPLICATE_ENTRANT", message: "参赛名单中有重复的选手" });
  }
  if (input.entrants.length < 2) {
    reasons.push({ code: "GROUP_DRAW_TOO_FEW", message: "至少需要 2 名选手（或 2 对）才能分组" });
  }
  if (input.seeds.length > format.seedCount) {
    reasons.push({
      code: "GROUP_DRAW_TOO_MANY_SEEDS",
      message: `种子数（${input.seeds.length}）超过本项目设定的 ${format.seedCount} 名`,
    });
  }
  if (hasDuplicates(input.seeds) || input.seeds.some((seed) => !entrants.has(seed))) {
    reasons.push({ code: "GROUP_DRAW_SEEDS_INVALID", message: "种子名单应为参赛选手，且不能重复" });
  }
  const seeds = new Set(input.seeds);
  const unseeded = input.entrants.filter((entrant) => !seeds.has(entrant));
  if (!isPermutationOf(input.drawnOrder, unseeded)) {
    reasons.push({
      code: "GROUP_DRAW_LOTS_INVALID",
      message: "抽签顺序应恰好包含全部非种子选手各一次",
    });
  }
  return reasons;
}
