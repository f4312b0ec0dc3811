/** One match of a group: the entrant listed earlier in the group is side A. */
export interface RoundRobinPairing {
  a: string;
  b: string;
}

export interface RoundRobinRound {
  /** 第 N 轮, from 1. */
  round: number;
  pairings: RoundRobinPairing[];
  /** With an odd number of entrants, the one who sits this round out (轮空); otherwise null. */
  resting: string | null;
}

/**
 * The order of play of a round-robin group by the circle method: the first entrant stays put, the
 * others turn one place per round, and the entrants facing each other across the circle play. With
 * n entrants (n even) that is n − 1 rounds of n / 2 matches; every pair meets exactly once and
 * nobody plays twice in a round. An odd group gets an empty seat: whoever faces it rests.
 * The same list always gives the same schedule. For a group of four 1–4 2–3, 1–3 2–4, 1–2 3–4:
 * the two strongest on paper (group order) meet last.
 */
export function roundRobinSchedule(entrants: readonly string[]): RoundRobinRound[] {
  if (new Set(entrants).size !== entrants.length) throw new RangeError("an entrant is listed twice in the group");
  if (entrants.length < 2) return [];
  const order = new Map(entrants.map((entrant, index) => [entrant, index]));
  const seats: (string | null)[] = entrants.length % 2 === 0 ? [...entrants] : [...entrants, null];
  const rounds: RoundRobinRound[] = [];
  for (let round = 1; round < seats.length; round++) {
    const pairings: RoundRobinPairing[] = [];
    let resting: string | null = null;
    for (let index = 0; index < seats.length / 2; index++) {
      const one = seats[index] ?? null;
      const other = seats[seats.length - 1 - index] ?? null;
      if (one === null || other === null) {
        resting = one ?? other;
      } else {
        const oneFirst = (order.get(one) ?? 0) < (order.get(other) ?? 0);
        pairings.push(oneFirst ? { a: one, b: other } : { a: other, b: one });
      }
    }
    rounds.push({ round, pairings, resting });
    // Turn every seat but the first one place clockwise.
    const last = seats.pop() ?? null;
    seats.splice(1, 0, last);
  }
  return rounds;
}
