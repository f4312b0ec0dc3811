/**
 * A seeded pseudo-random generator for the demo data. Math.random would give every machine a
 * different dataset; with a fixed seed, a trainer's screenshot, a bug report and a test all see the
 * same 王建国 in the same union with the same ID number.
 *
 * The core is mulberry32: 32-bit integer arithmetic only (Math.imul, shifts), so the sequence is
 * the same on every JavaScript engine and platform. It is not for secrets.
 */
export interface DemoRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight: [["焊工", 3], ["电工", 1]] gives 焊工 three times as often. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
}

/** FNV-1a: turns a readable seed such as "jinzhou-2015/workers" into a 32-bit integer. */
export function seedFromText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A generator for one concern of the demo data. Each concern (organizations, workers …) takes its
 * own named seed, so adding a worker never reshuffles the organizations' contact people.
 */
export function createDemoRandom(seed: string): DemoRandom {
  let state = seedFromText(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError("pick needs at least one item");
      return items[int(0, items.length - 1)] as T;
    },
    weighted<T>(choices: readonly (readonly [T, number])[]): T {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      if (!(total > 0)) throw new RangeError("weighted needs a positive total weight");
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return (choices[choices.length - 1] as readonly [T, number])[0];
    },
  };
}
