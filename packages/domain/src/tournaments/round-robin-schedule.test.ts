import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundRobinSchedule } from "./round-robin-schedule.ts";

const names = (count: number) => Array.from({ length: count }, (_, index) => `E${index + 1}`);

describe("round-robin schedule (circle method)", () => {
  it("a group of four: 1–4 2–3, then 1–3 2–4, then 1–2 3–4", () => {
    // Seats 1 2 3 4 → pairs across the circle 1–4, 2–3; turn 2 3 4 one place: 1 4 2 3 → 1–3, 4–2;
    // turn again: 1 3 4 2 → 1–2, 3–4. Within a match the entrant earlier in the group is side A.
    expect(roundRobinSchedule(["A", "B", "C", "D"])).toEqual([
      {
        round: 1,
        pairings: [
          { a: "A", b: "D" },
          { a: "B", b: "C" },
        ],
        resting: null,
      },
      {
        round: 2,
        pairings: [
          { a: "A", b: "C" },
          { a: "B", b: "D" },
        ],
        resting: null,
      },
      {
        round: 3,
        pairings: [
          { a: "A", b: "B" },
          { a: "C", b: "D" },
        ],
        resting: null,
      },
    ]);
  });

  it("a group of three: one rests each round", () => {
    // Seats A B C + empty: A rests, B–C; then A–C, B rests; then A–B, C rests.
    expect(roundRobinSchedule(["A", "B", "C"])).toEqual([
      { round: 1, pairings: [{ a: "B", b: "C" }], resting: "A" },
      { round: 2, pairings: [{ a: "A", b: "C" }], resting: "B" },
      { round: 3, pairings: [{ a: "A", b: "B" }], resting: "C" },
    ]);
  });

  it("has nothing to schedule for fewer than two and refuses a repeated entrant", () => {
    expect(roundRobinSchedule([])).toEqual([]);
    expect(roundRobinSchedule(["A"])).toEqual([]);
    expect(() => roundRobinSchedule(["A", "B", "A"])).toThrow(RangeError);
  });

  it("every pair meets exactly once and nobody plays twice in a round", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), (count) => {
        const entrants = names(count);
        const rounds = roundRobinSchedule(entrants);
        expect(rounds).toHaveLength(count % 2 === 0 ? count - 1 : count);
        const met = new Map<string, number>();
        for (const round of rounds) {
          const playing = round.pairings.flatMap((pairing) => [pairing.a, pairing.b]);
          expect(new Set(playing).size).toBe(playing.length);
          if (round.resting !== null) expect(playing).not.toContain(round.resting);
          expect(playing.length + (round.resting === null ? 0 : 1)).toBe(count);
          for (const { a, b } of round.pairings) {
            expect(entrants.indexOf(a)).toBeLessThan(entrants.indexOf(b));
            met.set(`${a}-${b}`, (met.get(`${a}-${b}`) ?? 0) + 1);
          }
        }
        expect(met.size).toBe((count * (count - 1)) / 2);
        expect([...met.values()].every((times) => times === 1)).toBe(true);
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 12 }), (entrants) => {
        expect(roundRobinSchedule(entrants)).toEqual(roundRobinSchedule([...entrants]));
      }),
    );
  });
});
