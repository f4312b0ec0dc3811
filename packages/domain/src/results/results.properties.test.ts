import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { type AwardScheme, type AwardTier, allAwardPlaceRanges } from "./award-scheme.ts";
import { cityAwardTrack } from "./award-track.ts";
import { assignAwards } from "./awards.ts";
import { computeEntryTotal } from "./entry-total.ts";
import { findBlockingTies } from "./organizer-tie-separation.ts";
import { type CategoryRanking, type RankedEntry, type RankingEntrant, rankEntries } from "./ranking.ts";
import type { RankingTieBreak } from "./ranking-tie-break.ts";
import { type RoundDefinition, skillsContestDefaultRounds } from "./round-definition.ts";

const maxima = ["10", "20", "30", "50", "100"];

/** 1–3 rounds with whole-number weights summing to 100. */
const roundsArbitrary: fc.Arbitrary<RoundDefinition[]> = fc
  .integer({ min: 1, max: 3 })
  .chain((count) =>
    fc.tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: count - 1, maxLength: count - 1 }),
      fc.array(fc.constantFrom(...maxima), { minLength: count, maxLength: count }),
    ),
  )
  .map(([cuts, maxResults]) => {
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), 100];
    return maxResults.map((maxResult, index) => ({
      key: `r${index}`,
      name: `第${index + 1}轮`,
      kind: "CRITERIA_SCORING" as const,
      weight: String((bounds[index + 1] ?? 100) - (bounds[index] ?? 0)),
      maxResult,
    }));
  });

/** Results on a coarse grid (quarters of the maximum) so that ties are common. */
function entrantsArbitrary(rounds: readonly RoundDefinition[]): fc.Arbitrary<RankingEntrant[]> {
  const entrant = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: rounds.length, maxLength: rounds.length });
  return fc.array(entrant, { maxLength: 12 }).map((rows) =>
    rows.map((quarters, index) => ({
      entryId: index + 1,
      name: `选手${index}`,
      organizationName: "某工会",
      organizationPath: "/00000001/00000002/00000011/",
      categoryKey: "MAIN",
      roundResults: Object.fromEntries(
        rounds.map((round, roundIndex) => [
          round.key,
          Fraction.fromDecimal(round.maxResult).times(Fraction.of(quarters[roundIndex] ?? 0, 4)),
        ]),
      ),
    })),
  );
}

function tieBreaksArbitrary(rounds: readonly RoundDefinition[]): fc.Arbitrary<RankingTieBreak[]> {
  return fc
    .tuple(fc.shuffledSubarray(rounds.map((round) => round.key)), fc.boolean())
    .map(([keys, shared]) => [
      ...keys.map((roundKey): RankingTieBreak => ({ kind: "HIGHER_ROUND_RESULT", roundKey })),
      ...(shared ? [{ kind: "SHARED_PLACE" } as const] : []),
    ]);
}

const rankingArbitrary = roundsArbitrary.chain((rounds) =>
  fc.tuple(fc.constant(rounds), entrantsArbitrary(rounds), tieBreaksArbitrary(rounds)),
);

function rank([rounds, entrants, tieBreaks]: [
  RoundDefinition[],
  RankingEntrant[],
  RankingTieBreak[],
]): CategoryRanking {
  const outcome = rankEntries({
    category: { key: "MAIN", name: "主组" },
    track: cityAwardTrack,
    rounds,
    tieBreaks,
    entrants,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
  return outcome.value;
}

/** Independent of the implementation: higher total, then each tie-break value, wins. */
function strictlyBetter(a: RankedEntry, b: RankedEntry): boolean {
  const byTotal = a.total.compare(b.total);
  if (byTotal !== 0) return byTotal > 0;
  for (const [index, value] of a.tieBreakValues.entries()) {
    const byStep = value.compare(b.tieBreakValues[index] ?? value);
    if (byStep !== 0) return byStep > 0;
  }
  return false;
}

const tierArbitrary: fc.Arbitrary<AwardTier["size"]> = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map((count) => ({ by: "COUNT" as const, count })),
  fc.constantFrom("5", "10", "12.5", "20", "30").map((percent) => ({ by: "SHARE" as const, percent })),
);

const schemeArbitrary: fc.Arbitrary<AwardScheme> = fc.record({
  tiers: fc
    .array(tierArbitrary, { minLength: 1, maxLength: 3 })
    .map((sizes) => sizes.map((size, index) => ({ key: `T${index}`, name: `${index + 1}等奖`, size }))),
  championTitle: fc.boolean(),
  excellenceAward: fc.boolean(),
  sharedAwards: fc.boolean(),
});

describe("ranking properties", () => {
  it("ranks a permutation of the entrants, and every entrant with all results is ranked", () => {
    fc.assert(
      fc.property(rankingArbitrary, (input) => {
        const ranking = rank(input);
        const ids = ranking.ranked.map((entry) => entry.entryId);
        expect([...ids].sort((a, b) => a - b)).toEqual(input[1].map((entrant) => entrant.entryId));
        expect(ranking.unranked).toEqual([]);
      }),
    );
  });

  it("place = 1 + the number of entries strictly better; places never decrease down the list", () => {
    fc.assert(
      fc.property(rankingArbitrary, (input) => {
        const { ranked } = rank(input);
        ranked.forEach((entry, index) => {
          expect(entry.place).toBe(1 + ranked.filter((other) => strictlyBetter(other, entry)).length);
          expect(entry.place).toBeGreaterThanOrEqual(ranked[index - 1]?.place ?? 1);
          expect(entry.sharedPlace).toBe(ranked.some((other) => other !== entry && other.place === entry.place));
        });
      }),
    );
  });

  it("every explanation ends with the place it explains, unless the tie is left to the organizer", () => {
    fc.assert(
      fc.property(rankingArbitrary, (input) => {
        for (const entry of rank(input).ranked) {
          if (entry.tieUnresolved) expect(entry.explanation).toContain(`暂列并列第 ${entry.place} 名`);
          else expect(entry.explanation.endsWith(entry.placeLabel)).toBe(true);
        }
      }),
    );
  });
});

describe("award properties", () => {
  it("awards stay within their ranges; only a tie may overfill one, and never without shared awards", () => {
    fc.assert(
      fc.property(rankingArbitrary, schemeArbitrary, (input, scheme) => {
        const ranking = rank(input);
        // The organizer separates every blocking tie (here: by entry id) with a reason.
        const separations = findBlockingTies(ranking, scheme).map((tie) => ({
          orderedEntryIds: tie.entryIds,
          reason: "主办部门复核后裁定",
        }));
        const outcome = assignAwards(ranking, scheme, separations);
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
        const { awards, ranges, ranking: final } = outcome.value;
        for (const range of allAwardPlaceRanges(ranges)) {
          const holders = awards.filter((award) =>
            range.kind === "TIER"
              ? award.tier?.key === range.key
              : range.kind === "CHAMPION_TITLE"
                ? award.championTitle
                : award.excellenceAward,
          );
          for (const holder of holders) {
            expect(holder.place).toBeGreaterThanOrEqual(range.firstPlace);
            expect(holder.place).toBeLessThanOrEqual(range.lastPlace);
          }
          const size = range.lastPlace - range.firstPlace + 1;
          const tieAtEnd = final.ranked.filter((entry) => entry.place === holders.at(-1)?.place).length;
          const overflow = Math.max(0, (holders.at(-1)?.place ?? 0) + tieAtEnd - 1 - range.lastPlace);
          expect(holders.length).toBeLessThanOrEqual(size + overflow);
          if (!scheme.sharedAwards) expect(holders.length).toBeLessThanOrEqual(size);
        }
        // An entry gets at most one tier, and 优胜奖 only without one.
        for (const award of awards) if (award.excellenceAward) expect(award.tier).toBe(null);
      }),
    );
  });

  it("every place inside a range is awarded that range's tier", () => {
    fc.assert(
      fc.property(rankingArbitrary, schemeArbitrary, (input, scheme) => {
        const outcome = assignAwards(rank(input), { ...scheme, sharedAwards: true });
        if (!outcome.ok) return; // unresolved ties block; covered above
        for (const award of outcome.value.awards) {
          const range = outcome.value.ranges.tiers.find(
            (r) => r.firstPlace <= award.place && award.place <= r.lastPlace,
          );
          expect(award.tier?.key).toBe(range?.key);
        }
      }),
    );
  });
});

describe("total properties", () => {
  it("totals lie between 0 and 100 when results lie within their maxima", () => {
    fc.assert(
      fc.property(
        roundsArbitrary.chain((rounds) =>
          fc.tuple(
            fc.constant(rounds),
            fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: rounds.length, maxLength: rounds.length }),
          ),
        ),
        ([rounds, permille]) => {
          const results = Object.fromEntries(
            rounds.map((round, index) => [
              round.key,
              Fraction.fromDecimal(round.maxResult).times(Fraction.of(permille[index] ?? 0, 1000)),
            ]),
          );
          const outcome = computeEntryTotal(rounds, results);
          if (!outcome.ok) throw new Error("expected a total");
          expect(outcome.total.compare(Fraction.zero)).toBeGreaterThanOrEqual(0);
          expect(outcome.total.compare(Fraction.of(100))).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it("with theory and practical only, equal totals and equal practical mean equal theory", () => {
    const score = fc.integer({ min: 0, max: 1000 }).map((tenths) => Fraction.of(tenths, 10));
    fc.assert(
      fc.property(score, score, score, (practical, theoryA, theoryB) => {
        const a = computeEntryTotal(skillsContestDefaultRounds, { theory: theoryA, practical });
        const b = computeEntryTotal(skillsContestDefaultRounds, { theory: theoryB, practical });
        if (!a.ok || !b.ok) throw new Error("expected totals");
        expect(a.total.equals(b.total)).toBe(theoryA.equals(theoryB));
      }),
    );
  });
});
