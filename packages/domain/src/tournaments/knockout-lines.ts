/**
 * The shape of a knockout draw (签表). Lines (签位) are numbered 1 … size from the top; in round 1
 * lines 1–2, 3–4, … play each other, in round 2 the winners of 1–2 and 3–4, and so on, so two
 * lines can meet no earlier than the round in which they first fall in the same section.
 */

/** The next power of two that holds every entrant (12 → 16); at least 2. */
export function knockoutBracketSize(entrantCount: number): number {
  if (!Number.isInteger(entrantCount) || entrantCount < 0) throw new RangeError(`not a count: ${entrantCount}`);
  let size = 2;
  while (size < entrantCount) size *= 2;
  return size;
}

/** log2(size): 16 lines → 4 rounds. */
export function knockoutRoundCount(size: number): number {
  assertBracketSize(size);
  return Math.log2(size);
}

/**
 * The most seeds a draw of this size can place: one per first-round match (size ÷ 2), so that no
 * two seeds meet in round 1; a draw of 2 holds seeds 1 and 2.
 */
export function maxKnockoutSeeds(size: number): number {
  assertBracketSize(size);
  return size === 2 ? 2 : size / 2;
}

/** The round (1 = first) in which the entrants on these two lines could first meet. */
export function earliestMeetingRound(lineOne: number, lineTwo: number): number {
  if (!Number.isInteger(lineOne) || !Number.isInteger(lineTwo) || lineOne < 1 || lineTwo < 1 || lineOne === lineTwo) {
    throw new RangeError(`lines ${lineOne} and ${lineTwo} are not two different lines`);
  }
  let round = 1;
  while (Math.floor((lineOne - 1) / 2 ** round) !== Math.floor((lineTwo - 1) / 2 ** round)) round++;
  return round;
}

/** 决赛, 半决赛, 1/4 决赛, 1/8 决赛 …: named by how many play in it (round 1 of 16 is 1/8 决赛). */
export function knockoutRoundName(size: number, round: number): string {
  const rounds = knockoutRoundCount(size);
  if (!Number.isInteger(round) || round < 1 || round > rounds) throw new RangeError(`no round ${round} in ${size}`);
  const matches = 2 ** (rounds - round);
  if (matches === 1) return "决赛";
  if (matches === 2) return "半决赛";
  return `1/${matches} 决赛`;
}

/** 上半区 / 下半区 for halves, "第 3 个 1/8 区" for smaller sections (level 2 = quarters). */
export function knockoutSectionName(level: number, index: number): string {
  if (level === 1) return index === 0 ? "上半区" : "下半区";
  return `第 ${index + 1} 个 1/${2 ** level} 区`;
}

export function assertBracketSize(size: number): void {
  if (!Number.isInteger(size) || size < 2 || !Number.isInteger(Math.log2(size))) {
    throw new RangeError(`a draw has a power of two of at least 2 lines, not ${size}`);
  }
}
