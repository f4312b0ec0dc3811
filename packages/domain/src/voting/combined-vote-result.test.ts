import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { combineJuryAndPublicVote, type JuryAndPublicVoteInput } from "./combined-vote-result.ts";
import { defaultVotingRules } from "./voting-rules.ts";

const d = Fraction.fromDecimal;
const input = (candidateId: number, name: string, jury: string | null, validVotes: number): JuryAndPublicVoteInput => ({
  candidateId,
  name,
  juryResult: jury === null ? null : d(jury),
  validVotes,
  disqualified: false,
});

describe("combineJuryAndPublicVote: worked examples", () => {
  it("ties two candidates exactly where floating point would separate them", () => {
    // Jury round out of 100; the most valid votes are 张伟's 100.
    //   刘芳: public = 100 × 79 ÷ 100 = 79;  total = 0.7 × 80 + 0.3 × 79  = 56 + 23.7 = 79.7
    //   张伟: public = 100 × 100 ÷ 100 = 100; total = 0.7 × 71 + 0.3 × 100 = 49.7 + 30 = 79.7
    //   李娜: public = 100 × 0 ÷ 100 = 0;     total = 0.7 × 90 + 0.3 × 0   = 63
    const outcome = combineJuryAndPublicVote(
      [input(1, "刘芳", "80", 79), input(2, "张伟", "71", 100), input(3, "李娜", "90", 0)],
      d("100"),
      defaultVotingRules,
    );
    if (!outcome.ok) throw new Error("expected ok");
    const [liu, zhang, li] = outcome.scores;
    expect(outcome.mostValidVotes).toBe(100);
    expect(liu?.publicScore.equals(d("79"))).toBe(true);
    expect(liu?.total.equals(d("79.7"))).toBe(true);
    expect(zhang?.total.equals(d("79.7"))).toBe(true);
    expect(li?.total.equals(d("63"))).toBe(true);
    expect(liu?.total.compare(zhang?.total as Fraction)).toBe(0);
    // The same sums in binary floating point come out unequal and would rank 刘芳 ahead.
    expect(0.7 * 80 + 0.3 * 79).not.toBe(0.7 * 71 + 0.3 * 100);
  });

  it("separates two candidates who both display 89.43", () => {
    // Most valid votes: 700 (王磊).
    //   赵敏: public = 100 × 682 ÷ 700 = 682/7 = 97.428571…; total = 0.7 × 86 + 0.3 × 682/7
    //         = 60.2 + 204.6/7 = (421.4 + 204.6)/7 = 626/7 = 89.428571… → "89.43"
    //   王磊: public = 100; total = 0.7 × 84.9 + 0.3 × 100 = 59.43 + 30 = 89.43 → "89.43"
    //   王磊 − 赵敏 = 8943/100 − 626/7 = (62601 − 62600)/700 = 1/700 > 0: 王磊 ranks first.
    const outcome = combineJuryAndPublicVote(
      [input(1, "赵敏", "86", 682), input(2, "王磊", "84.9", 700)],
      d("100"),
      defaultVotingRules,
    );
    if (!outcome.ok) throw new Error("expected ok");
    const [zhao, wang] = outcome.scores as [
      NonNullable<(typeof outcome.scores)[0]>,
      NonNullable<(typeof outcome.scores)[0]>,
    ];
    expect(zhao.publicScore.equals(Fraction.of(682, 7))).toBe(true);
    expect(zhao.total.equals(Fraction.of(626, 7))).toBe(true);
    expect(wang.total.equals(d("89.43"))).toBe(true);
    expect([zhao.total.toFixed(2), wang.total.toFixed(2)]).toEqual(["89.43", "89.43"]);
    expect(wang.total.minus(zhao.total).equals(Fraction.of(1, 700))).toBe(true);
  });

  it("normalizes a jury round out of 50 and applies other shares", () => {
    // Jury max 50, shares 60/40, most valid votes 300 (孙丽).
    //   周强: jury 42.5 → 100 × 42.5 ÷ 50 = 85; public = 100 × 200 ÷ 300 = 200/3;
    //         total = 0.6 × 85 + 0.4 × 200/3 = 51 + 80/3 = 233/3 = 77.666… → "77.67"
    //   孙丽: jury 45 → 90; public 100; total = 0.6 × 90 + 0.4 × 100 = 54 + 40 = 94
    const outcome = combineJuryAndPublicVote([input(1, "周强", "42.5", 200), input(2, "孙丽", "45", 300)], d("50"), {
      juryShare: "60",
      publicShare: "40",
    });
    if (!outcome.ok) throw new Error("expected ok");
    expect(
      outcome.scores.map((score) => [score.juryScore.toString(), score.publicScore.toString(), score.total.toString()]),
    ).toEqual([
      ["85", "200/3", "233/3"],
      ["90", "100", "94"],
    ]);
    expect(outcome.scores[0]?.total.toFixed(2)).toBe("77.67");
  });

  it("gives every public score 0 when nobody has valid votes", () => {
    // Public 0 for all: totals are 0.7 × 80 = 56 and 0.7 × 60 = 42.
    const outcome = combineJuryAndPublicVote(
      [input(1, "刘芳", "80", 0), input(2, "张伟", "60", 0)],
      d("100"),
      defaultVotingRules,
    );
    if (!outcome.ok) throw new Error("expected ok");
    expect(outcome.mostValidVotes).toBe(0);
    expect(outcome.scores.map((score) => score.total.toString())).toEqual(["56", "42"]);
  });

  it("leaves disqualified candidates out of the scores and out of the most votes", () => {
    // 李娜 (disqualified) had 500 votes; the most among the others is 张伟's 100, so 刘芳's 50 give 50.
    const outcome = combineJuryAndPublicVote(
      [input(1, "刘芳", "80", 50), input(2, "张伟", "70", 100), { ...input(3, "李娜", "99", 500), disqualified: true }],
      d("100"),
      defaultVotingRules,
    );
    if (!outcome.ok) throw new Error("expected ok");
    expect(outcome.mostValidVotes).toBe(100);
    expect(outcome.disqualifiedCandidateIds).toEqual([3]);
    expect(outcome.scores.map((score) => [score.candidateId, score.publicScore.toString()])).toEqual([
      [1, "50"],
      [2, "100"],
    ]);
  });
});

describe("combineJuryAndPublicVote: refusals", () => {
  it("gives nobody a total while a jury result is missing or out of range", () => {
    const outcome = combineJuryAndPublicVote(
      [input(1, "刘芳", null, 5), input(2, "张伟", "100.5", 5), input(3, "李娜", "-1", 5), input(4, "王磊", "90", 5)],
      d("100"),
      defaultVotingRules,
    );
    expect(outcome).toEqual({
      ok: false,
      reasons: [
        { code: "JURY_RESULT_MISSING", message: "候选人刘芳缺少评委评分，无法计算总分" },
        { code: "JURY_RESULT_OUT_OF_RANGE", message: "候选人张伟的评委评分 100.50 超出 0–100.00 的范围" },
        { code: "JURY_RESULT_OUT_OF_RANGE", message: "候选人李娜的评委评分 -1.00 超出 0–100.00 的范围" },
      ],
    });
  });

  it("throws on programmer errors: a maximum ≤ 0, shares not summing to 100, a bad vote count", () => {
    const ok = [input(1, "刘芳", "80", 5)];
    expect(() => combineJuryAndPublicVote(ok, d("0"), defaultVotingRules)).toThrow(RangeError);
    expect(() => combineJuryAndPublicVote(ok, d("100"), { juryShare: "70", publicShare: "20" })).toThrow(RangeError);
    expect(() => combineJuryAndPublicVote(ok, d("100"), { juryShare: "x", publicShare: "30" })).toThrow(RangeError);
    expect(() => combineJuryAndPublicVote([input(1, "刘芳", "80", -1)], d("100"), defaultVotingRules)).toThrow(
      RangeError,
    );
    expect(() => combineJuryAndPublicVote([input(1, "刘芳", "80", 1.5)], d("100"), defaultVotingRules)).toThrow(
      RangeError,
    );
  });
});

describe("property: the combined score is between 0 and 100", () => {
  it("holds for any jury results within the maximum, any votes and any shares summing to 100", () => {
    const candidate = fc.record({
      juryTenths: fc.integer({ min: 0, max: 1000 }),
      validVotes: fc.integer({ min: 0, max: 100_000 }),
      disqualified: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(candidate, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (drawn, maxTenths, juryShareTenths) => {
          const max = Fraction.of(maxTenths, 10);
          const inputs = drawn.map((c, index) => ({
            candidateId: index + 1,
            name: `候选人${index + 1}`,
            // Scale the drawn result into 0 … max.
            juryResult: Fraction.of(c.juryTenths, 1000).times(max),
            validVotes: c.validVotes,
            disqualified: c.disqualified,
          }));
          const juryShare = Fraction.of(juryShareTenths, 10);
          const outcome = combineJuryAndPublicVote(inputs, max, {
            juryShare: juryShare.toFixed(1),
            publicShare: Fraction.of(100).minus(juryShare).toFixed(1),
          });
          if (!outcome.ok) throw new Error("expected ok");
          for (const score of outcome.scores) {
            for (const value of [score.total, score.juryScore, score.publicScore]) {
              expect(value.compare(Fraction.zero)).toBeGreaterThanOrEqual(0);
              expect(value.compare(Fraction.of(100))).toBeLessThanOrEqual(0);
            }
          }
          // The candidate with the most valid votes has a public score of exactly 100 (when anyone has votes).
          if (outcome.mostValidVotes > 0) {
            expect(outcome.scores.some((score) => score.publicScore.equals(Fraction.of(100)))).toBe(true);
          }
        },
      ),
    );
  });
});
