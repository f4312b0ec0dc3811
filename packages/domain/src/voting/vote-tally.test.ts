import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PublicVote, voidPublicVote } from "./public-vote.ts";
import { tallyPublicVotes } from "./vote-tally.ts";

const vote = (voteId: number, candidateId: number): PublicVote => ({
  voteId,
  ballotId: voteId,
  candidateId,
  voterKey: `phone:1390416${String(voteId).padStart(4, "0")}`,
  ipAddress: "203.0.113.7",
  castAt: new Date("2015-10-20T02:00:00Z"),
  voiding: null,
});
const at = new Date("2015-10-22T03:00:00Z");

describe("tallyPublicVotes", () => {
  it("counts valid votes and shows voided ones apart", () => {
    // Candidate 1: votes 1, 2, 3 with vote 2 voided → 2 valid, 1 voided. Candidate 2: vote 4 → 1 valid.
    // Candidate 3: no votes → 0.
    const votes = [
      vote(1, 1),
      { ...vote(2, 1), voiding: { reason: "刷票", voidedBy: 12, voidedAt: at } },
      vote(3, 1),
      vote(4, 2),
    ];
    expect(tallyPublicVotes([1, 2, 3], votes)).toEqual([
      { candidateId: 1, validVotes: 2, voidedVotes: 1 },
      { candidateId: 2, validVotes: 1, voidedVotes: 0 },
      { candidateId: 3, validVotes: 0, voidedVotes: 0 },
    ]);
  });

  it("throws on a vote for a candidate not listed (a programmer error)", () => {
    expect(() => tallyPublicVotes([1], [vote(1, 2)])).toThrow(RangeError);
  });

  it("property: valid totals never count voided votes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ candidateId: fc.integer({ min: 1, max: 4 }), voided: fc.boolean() }), { maxLength: 60 }),
        fc.nat(),
        (drawn, pick) => {
          const votes = drawn.map(({ candidateId, voided }, index) => {
            const plain = vote(index + 1, candidateId);
            return voided ? { ...plain, voiding: { reason: "刷票", voidedBy: 1, voidedAt: at } } : plain;
          });
          const tallies = tallyPublicVotes([1, 2, 3, 4], votes);
          for (const tally of tallies) {
            const own = votes.filter((v) => v.candidateId === tally.candidateId);
            expect(tally.validVotes).toBe(own.filter((v) => v.voiding === null).length);
            expect(tally.validVotes + tally.voidedVotes).toBe(own.length);
          }
          // Voiding one more valid vote takes exactly one vote off that candidate and no one else.
          const valid = votes.filter((v) => v.voiding === null);
          const target = valid[pick % Math.max(valid.length, 1)];
          if (target === undefined) return;
          const voided = voidPublicVote(target, "刷票", 1, at);
          if (!voided.ok) throw new Error("expected ok");
          const after = tallyPublicVotes(
            [1, 2, 3, 4],
            votes.map((v) => (v.voteId === target.voteId ? voided.vote : v)),
          );
          after.forEach((tally, index) => {
            const before = tallies[index] as (typeof tallies)[number];
            expect(tally.validVotes).toBe(before.validVotes - (tally.candidateId === target.candidateId ? 1 : 0));
          });
        },
      ),
    );
  });
});
