import type { Reason } from "../errors.ts";
import { hasDuplicates, isPermutationOf } from "./entrant-lists.ts";
import { countPlaceable, idealSeparationLevel, lookAheadLevel, type PendingQualifier } from "./group-separation.ts";
import { knockoutPartnerLine, seedSectionLotsByNumber } from "./knockout-draw.ts";
import { earliestMeetingRound, knockoutBracketSize, knockoutRoundName, maxKnockoutSeeds } from "./knockout-lines.ts";
import {
  type KnockoutSeedLinePlan,
  type KnockoutSeedSectionLots,
  planKnockoutSeedLines,
} from "./knockout-seed-lines.ts";
import { shuffleByLotNumber } from "./lot-shuffle.ts";
import { defaultTournamentFormat, type TournamentFormat } from "./tournament-format.ts";
import type { TournamentOutcome } from "./tournament-outcome.ts";

/** A group's entrants who go on, in their group order: winner first, then runner-up, … */
export interface GroupKnockoutQualifiers {
  /** The group's name, "A" for A 组. */
  group: string;
  qualifiers: readonly string[];
}

export interface GroupKnockoutLots {
  /** The seeding draw of the group winners from seed 3 on (see KnockoutSeedSectionLots). */
  seedSections: KnockoutSeedSectionLots;
  /**
   * Every open line (neither a group winner's seeded line nor a bye; see groupKnockoutOpenLines),
   * in the order drawn. Among lines the rule finds equally good, a qualifier takes the one drawn
   * first (see drawKnockoutFromGroups).
   */
  lineOrder: readonly number[];
}

export interface GroupKnockoutInput {
  /** In seeding order of the groups: the first group's winner is seed 1 (usually A 组, headed by seed 1). */
  groups: readonly GroupKnockoutQualifiers[];
  lots: GroupKnockoutLots;
}

export interface GroupKnockoutPlacement {
  entrant: string;
  group: string;
  /** 1 for the group winner, 2 for the runner-up, … */
  groupPlace: number;
  line: number;
  /** The knockout seed (group winners only), or null. */
  seed: number | null;
  /** The first round in which this entrant could meet someone from its own group; null if alone. */
  earliestGroupMeeting: number | null;
}

export interface GroupKnockoutDraw {
  size: number;
  /** Line by line from the top (index 0 is line 1): the entrant, or null for a bye. */
  lines: (string | null)[];
  byeLines: number[];
  placements: GroupKnockoutPlacement[];
  lots: { seedSections: number[][]; lineOrder: number[] };
  record: string[];
}

/**
 * Group qualifiers into the knockout (小组出线进入淘汰赛). The rule, after BWF practice for
 * group-then-knockout events (e.g. the team championships, where a runner-up is drawn into the half
 * opposite its group winner):
 * 1. the group winners are the seeds, in the order the groups are given (A 组 winner seed 1, B 组
 *    winner seed 2, …), placed by the seeding rule with the given lots; byes go to them, seed 1 first;
 * 2. then the runners-up of A, B, C … in turn, then the third-placed, and so on, each to an open
 *    line chosen by, in order:
 *    a. no choice makes the worst case worse: those still to come (and this one) can still all be
 *       kept as far from their own groups as the open lines allow at all;
 *    b. the earliest round in which it could meet someone of its own group already placed is as
 *       late as possible;
 *    c. the qualifiers still to come keep the most room: as many of them as possible can still
 *       reach their ideal (a runner-up in the other half from its winner, a third or fourth in a
 *       quarter without a group-mate);
 *    d. the line drawn first in `lineOrder`.
 * With two per group, a runner-up goes to the half opposite its group winner and they can meet
 * only in the final; a winner and a runner-up of different groups meet in round 1. With three or
 * four per group, group-mates meet no earlier than the semi-finals. If byes crowd one half, the
 * rule still keeps group-mates as far apart as the open lines allow.
 */
export function drawKnockoutFromGroups(
  input: GroupKnockoutInput,
  format: Pick<TournamentFormat, "advancingPerGroup"> = defaultTournamentFormat,
): TournamentOutcome<GroupKnockoutDraw> {
  const reasons = checkGroups(input.groups, format);
  const layout = countQualifiers(input.groups) >= 2 ? seededLayout(input.groups, input.lots.seedSections) : null;
  if (layout && !layout.ok) reasons.push(...layout.reasons);
  if (layout?.ok && !isPermutationOf(input.lots.lineOrder, layout.value.open)) {
    reasons.push({
      code: "GROUP_KNOCKOUT_LOTS_INVALID",
      message: `签位抽签结果应恰好包含第 ${layout.value.open.join("、")} 签位各一次`,
    });
  }
  if (!layout?.ok || reasons.length > 0) return { ok: false, reasons };
  const { size, byeLines, plan, seedCount } = layout.value;

  const placements: GroupKnockoutPlacement[] = [];
  const record: string[] = [
    `${input.groups.length} 个小组共 ${countQualifiers(input.groups)} 个出线者，签表共 ${size} 个签位，${byeLines.length} 个轮空`,
    `各组第 1 名按小组顺序为种子：${input.groups
      .slice(0, seedCount)
      .map((group, index) => `${group.group} 组第 1 名为 ${index + 1} 号种子`)
      .join("，")}`,
    ...plan.record,
  ];
  input.groups.slice(0, seedCount).forEach((group, index) => {
    placements.push(placement(group, 0, plan.rankLines[index] ?? 0, index + 1));
  });
  if (byeLines.length > 0) record.push(`轮空：第 ${byeLines.join("、")} 签位（对应排名最前的种子）`);

  const waiting = input.groups
    .flatMap((group, groupIndex) => group.qualifiers.map((_, place) => ({ group, groupIndex, place })))
    .filter(({ groupIndex, place }) => place > 0 || groupIndex >= seedCount)
    .sort((one, other) => one.place - other.place || one.groupIndex - other.groupIndex);
  const taken = new Set<number>();
  waiting.forEach(({ group, place }, index) => {
    const open = input.lots.lineOrder.filter((line) => !taken.has(line));
    const pending = (from: number) =>
      waiting.slice(from).map((next) => ({ group: next.group.group, groupPlace: next.place + 1 }));
    const mates = placements.filter((placed) => placed.group === group.group).map((placed) => placed.line);
    const distance = (line: number) => Math.min(...mates.map((mate) => earliestMeetingRound(line, mate)));
    const pool = linesKeepingTheWorstCase(size, open, group.group, placements, pending(index));
    const furthest = Math.max(...pool.map(distance));
    const line = bestForThoseToCome(
      size,
      pool.filter((candidate) => distance(candidate) === furthest),
      open,
      group.group,
      placements,
      pending(index + 1),
    );
    taken.add(line);
    placements.push(placement(group, place, line, null));
    record.push(
      `${group.group} 组第 ${place + 1} 名进入第 ${line} 签位` +
        (mates.length > 0 ? `，与同组选手最早在${knockoutRoundName(size, furthest)}相遇` : ""),
    );
  });

  const lines: (string | null)[] = Array.from({ length: size }, () => null);
  for (const placed of placements) {
    lines[placed.line - 1] = placed.entrant;
    const mates = placements.filter((other) => other.group === placed.group && other !== placed);
    placed.earliestGroupMeeting =
      mates.length > 0 ? Math.min(...mates.map((mate) => earliestMeetingRound(placed.line, mate.line))) : null;
  }
  return {
    ok: true,
    value: {
      size,
      lines,
      byeLines,
      placements,
      lots: {
        seedSections: input.lots.seedSections.map((band) => [...band]),
        lineOrder: [...input.lots.lineOrder],
      },
      record,
    },
  };
}

/**
 * The open lines the qualifiers other than the seeded group winners are drawn into, once the
 * winners' seeding lots are known: the list `lineOrder` must be an order of.
 */
export function groupKnockoutOpenLines(
  groups: readonly GroupKnockoutQualifiers[],
  seedSections: KnockoutSeedSectionLots,
): TournamentOutcome<number[]> {
  const layout = seededLayout(groups, seedSections);
  return layout.ok ? { ok: true, value: layout.value.open } : layout;
}

/** Both lots drawn by the computer from one recorded lot number (see shuffleByLotNumber). */
export function groupKnockoutLotsByNumber(
  groups: readonly GroupKnockoutQualifiers[],
  lotNumber: number,
): GroupKnockoutLots {
  const size = knockoutBracketSize(countQualifiers(groups));
  const seedSections = seedSectionLotsByNumber(Math.min(groups.length, maxKnockoutSeeds(size)), lotNumber);
  const open = groupKnockoutOpenLines(groups, seedSections);
  return { seedSections, lineOrder: open.ok ? shuffleByLotNumber(open.value, lotNumber) : [] };
}

interface SeededLayout {
  size: number;
  seedCount: number;
  plan: KnockoutSeedLinePlan;
  byeLines: number[];
  open: number[];
}

function seededLayout(
  groups: readonly GroupKnockoutQualifiers[],
  seedSections: KnockoutSeedSectionLots,
): TournamentOutcome<SeededLayout> {
  const qualifierCount = countQualifiers(groups);
  const size = knockoutBracketSize(qualifierCount);
  const seedCount = Math.min(groups.length, maxKnockoutSeeds(size));
  const byeCount = size - qualifierCount;
  const plan = planKnockoutSeedLines(size, seedCount, byeCount, seedSections);
  if (!plan.ok) return plan;
  const byeLines = plan.value.rankLines.slice(0, byeCount).map(knockoutPartnerLine);
  const closed = new Set([...plan.value.rankLines.slice(0, seedCount), ...byeLines]);
  const open = Array.from({ length: size }, (_, index) => index + 1).filter((line) => !closed.has(line));
  return { ok: true, value: { size, seedCount, plan: plan.value, byeLines, open } };
}

/**
 * The open lines the next qualifier (`pending[0]`) may take without making the worst case worse:
 * find the least relaxation r at which everyone still waiting, this qualifier included, can be
 * kept apart from their groups (see group-separation.ts), and keep the lines that hold this
 * qualifier to that and leave the others able to hold to it too. Falls back to every open line
 * if the look-ahead finds none (it cannot see every interaction between group-mates still waiting).
 */
function linesKeepingTheWorstCase(
  size: number,
  open: readonly number[],
  group: string,
  placements: readonly GroupKnockoutPlacement[],
  pending: readonly PendingQualifier[],
): number[] {
  const [next] = pending;
  const rest = pending.slice(1);
  const rounds = Math.log2(size);
  if (!next) return [...open];
  let relaxation = 0;
  while (
    lookAheadLevel(size, pending, relaxation) < rounds &&
    countPlaceable(size, pending, placements, open, relaxation) < pending.length
  ) {
    relaxation++;
  }
  const apartAt = Math.min(idealSeparationLevel(next.groupPlace) + relaxation, rounds);
  const width = size / 2 ** apartAt;
  const mates = placements.filter((placed) => placed.group === group);
  const apart = open.filter((line) =>
    mates.every((mate) => Math.floor((line - 1) / width) !== Math.floor((mate.line - 1) / width)),
  );
  const sectionSize = size / 2 ** lookAheadLevel(size, rest, relaxation);
  const room = new Map<number, boolean>();
  const keeps = apart.filter((line) => {
    const section = Math.floor((line - 1) / sectionSize);
    if (!room.has(section)) {
      const placed = [...placements, { group, line }];
      const left = open.filter((other) => other !== line);
      room.set(section, countPlaceable(size, rest, placed, left, relaxation) === rest.length);
    }
    return room.get(section);
  });
  return keeps.length > 0 ? keeps : [...open];
}

/**
 * Among lines equally far from the qualifier's own group (`best`, in drawn order), the one that
 * leaves the qualifiers still to come the most room: first the most of them able to reach their
 * ideal distance, then (if not all can) the most able to reach one level less, and so on; on a
 * tie, the line drawn first.
 */
function bestForThoseToCome(
  size: number,
  best: readonly number[],
  open: readonly number[],
  group: string,
  placements: readonly GroupKnockoutPlacement[],
  pending: readonly PendingQualifier[],
): number {
  let contenders = [...best];
  for (let relaxation = 0; contenders.length > 1 && pending.length > 0; relaxation++) {
    const level = lookAheadLevel(size, pending, relaxation);
    if (level >= Math.log2(size)) break; // separate lines: everyone fits anywhere
    const sectionSize = size / 2 ** level;
    const room = new Map<number, number>();
    const roomFor = (line: number) => {
      const section = Math.floor((line - 1) / sectionSize);
      if (!room.has(section)) {
        const placed = [...placements, { group, line }];
        const rest = open.filter((other) => other !== line);
        room.set(section, countPlaceable(size, pending, placed, rest, relaxation));
      }
      return room.get(section) ?? 0;
    };
    const most = Math.max(...contenders.map(roomFor));
    contenders = contenders.filter((line) => roomFor(line) === most);
    if (most === pending.length) break; // all can have this much; less strict levels change nothing
  }
  return contenders[0] ?? 0;
}

function placement(
  group: GroupKnockoutQualifiers,
  place: number,
  line: number,
  seed: number | null,
): GroupKnockoutPlacement {
  return {
    entrant: group.qualifiers[place] ?? "",
    group: group.group,
    groupPlace: place + 1,
    line,
    seed,
    earliestGroupMeeting: null,
  };
}

function countQualifiers(groups: readonly GroupKnockoutQualifiers[]): number {
  return groups.reduce((sum, group) => sum + group.qualifiers.length, 0);
}

function checkGroups(groups: readonly GroupKnockoutQualifiers[], format: Pick<TournamentFormat, "advancingPerGroup">) {
  const reasons: Reason[] = [];
  for (const group of groups) {
    if (group.qualifiers.length !== format.advancingPerGroup) {
      reasons.push({
        code: "GROUP_KNOCKOUT_QUALIFIER_COUNT",
        message: `${group.group} 组应有 ${format.advancingPerGroup} 个出线名额，实际为 ${group.qualifiers.length} 个`,
      });
    }
  }
  if (hasDuplicates(groups.map((group) => group.group))) {
    reasons.push({ code: "GROUP_KNOCKOUT_DUPLICATE_GROUP", message: "小组名称重复" });
  }
  if (hasDuplicates(groups.flatMap((group) => group.qualifiers))) {
    reasons.push({ code: "GROUP_KNOCKOUT_DUPLICATE_ENTRANT", message: "同一选手不能从两个位置出线" });
  }
  if (countQualifiers(groups) < 2) {
    reasons.push({ code: "GROUP_KNOCKOUT_TOO_FEW", message: "淘汰赛至少需要 2 个出线者" });
  }
  return reasons;
}
