import { describe, expect, it } from "vitest";
import { publicVoteScores } from "./public-vote-score.ts";

describe("publicVoteScores", () => {
  it("scores 100 × valid votes ÷ the most valid votes, exactly", () => {
    // Most valid votes 300 (A): A 100, B 100 × 200 ÷ 300 = 200/3 (66.67), C 100 × 1 ÷ 300 = 1/3.
    const { mostValidVotes, scores } = publicVoteScores([
      { candidateId: 1, validVotes: 300, disqualified: false },
      { candidateId: 2, validVotes: 200, disqualified: false },
      { candidateId: 3, validVotes: 1, disqualified: false },
    ]);
    expect(mostValidVotes).toBe(300);
    expect(scores.map((score) => score.publicScore.toString())).toEqual(["100", "200/3", "1/3"]);
    expect(scores[1]?.publicScore.toFixed(2)).toBe("66.67");
  });

  it("leaves disqualified candidates out, also of the most votes", () => {
    const { mostValidVotes, scores } = publicVoteScores([
      { candidateId: 1, validVotes: 900, disqualified: true },
      { candidateId: 2, validVotes: 50, disqualified: false },
      { candidateId: 3, validVotes: 25, disqualified: false },
    ]);
    expect(mostValidVotes).toBe(50);
    expect(scores.map((score) => [score.candidateId, score.publicScore.toString()])).toEqual([
      [2, "100"],
      [3, "50"],
    ]);
  });

  it("gives 0 to everybody when nobody has a valid vote, and refuses counts that are not counts", () => {
    expect(
      publicVoteScores([{ candidateId: 1, validVotes: 0, disqualified: false }]).scores[0]?.publicScore.toString(),
    ).toBe("0");
    expect(() => publicVoteScores([{ candidateId: 1, validVotes: 1.5, disqualified: false }])).toThrow(RangeError);
    expect(() => publicVoteScores([{ candidateId: 1, validVotes: -1, disqualified: false }])).toThrow(RangeError);
  });
});
