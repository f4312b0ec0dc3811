import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import type { Actor } from "../roles.ts";
import {
  committeeRoundResults,
  committeeVoteCriterionKey,
  committeeVoteResult,
  committeeVoteScoringRule,
} from "./committee-vote.ts";
import { validateCriteriaScoringRule } from "./criteria-scoring-rule.ts";
import { validateCriterionScores } from "./criterion-scores.ts";
import type { RoundJudgingState } from "./round-closing.ts";
import { decideScoreSheetCommand, type JudgeScoreSheet } from "./score-sheet-lock.ts";

const member: Actor = { userId: 11, role: "JUDGE", scopePath: "/00000001/", workerId: null };
const organizer: Actor = { userId: 2, role: "ORGANIZER", scopePath: "/00000001/", workerId: null };

describe("a committee member's sheet", () => {
  const rule = committeeVoteScoringRule();

  it("has one criterion, favour, 0 or 1 in whole steps", () => {
    expect(rule.criteria).toEqual([{ key: "favour", name: "表决（1 = 赞成，0 = 不赞成）", max: "1" }]);
    expect(rule.step).toBe("1");
    expect(committeeVoteCriterionKey).toBe("favour");
    // A valid rule for a committee of 15 (MEAN asks for no trim).
    expect(validateCriteriaScoringRule(rule, { judgesPerEntry: 15 })).toEqual([]);
  });

  it("takes 1 (赞成) and 0 (不赞成), refuses anything else in Chinese", () => {
    const inFavour = validateCriterionScores(rule, { favour: "1" });
    expect(inFavour.ok && inFavour.value.total.equals(Fraction.of(1))).toBe(true);
    const against = validateCriterionScores(rule, { favour: "0" });
    expect(against.ok && against.value.total.equals(Fraction.zero)).toBe(true);
    expect(validateCriterionScores(rule, { favour: "2" })).toEqual({
      ok: false,
      errors: [
        { field: "favour", code: "SCORE_ABOVE_MAX", message: "「表决（1 = 赞成，0 = 不赞成）」的分数不能高于满分 1" },
      ],
    });
    expect(validateCriterionScores(rule, { favour: "0.5" })).toEqual({
      ok: false,
      errors: [
        { field: "favour", code: "SCORE_OFF_STEP", message: "「表决（1 = 赞成，0 = 不赞成）」的分数须以 1 分为单位" },
      ],
    });
  });

  it("locks when cast and reopens only when the organizer unlocks it with a reason", () => {
    const draft: JudgeScoreSheet = { judgeId: 11, entryId: 7, state: "DRAFT", scores: {}, total: null };
    const cast = decideScoreSheetCommand(draft, { kind: "SUBMIT", scores: { favour: "0" } }, member, {
      rule,
      roundClosed: false,
    });
    if (!cast.ok) throw new Error("the vote should be accepted");
    expect(cast.sheet).toMatchObject({ state: "LOCKED", total: "0" });
    const again = decideScoreSheetCommand(cast.sheet, { kind: "SUBMIT", scores: { favour: "1" } }, member, {
      rule,
      roundClosed: false,
    });
    expect(again.ok).toBe(false);
    const unlocked = decideScoreSheetCommand(cast.sheet, { kind: "UNLOCK", reason: "误投，本人申请更正" }, organizer, {
      rule,
      roundClosed: false,
    });
    expect(unlocked.ok && unlocked.sheet.state).toBe("UNLOCKED");
  });
});

describe("a candidate's votes", () => {
  it("counts the votes in favour, not their mean", () => {
    // 3 in favour (members 1, 3, 5), 2 against (2, 4): result 3 (a mean would be 3/5).
    const votes = [1, 0, 1, 0, 1].map((vote, index) => ({ judgeId: index + 1, total: Fraction.of(vote) }));
    const counted = committeeVoteResult({ counted: votes, excusedJudgeIds: [] });
    expect(counted.result.equals(Fraction.of(3))).toBe(true);
    expect(counted).toMatchObject({
      inFavour: 3,
      against: 2,
      voters: 5,
      excused: 0,
      inFavourJudgeIds: [1, 3, 5],
      againstJudgeIds: [2, 4],
      excusedJudgeIds: [],
    });
  });

  it("leaves an excused member out: 2 in favour of 4 voting is 2", () => {
    const counted = committeeVoteResult({
      counted: [
        { judgeId: 4, total: Fraction.of(1) },
        { judgeId: 1, total: Fraction.of(1) },
        { judgeId: 2, total: Fraction.zero },
        { judgeId: 3, total: Fraction.zero },
      ],
      excusedJudgeIds: [5],
    });
    expect(counted.result.toString()).toBe("2");
    expect(counted).toMatchObject({ inFavour: 2, against: 2, voters: 4, excused: 1, inFavourJudgeIds: [1, 4] });
    expect(counted.excusedJudgeIds).toEqual([5]);
  });

  it("is 0 when nobody votes in favour", () => {
    const counted = committeeVoteResult({ counted: [], excusedJudgeIds: [] });
    expect(counted.result.equals(Fraction.zero)).toBe(true);
    expect(counted.voters).toBe(0);
  });

  it("refuses a vote that no committee sheet can hold", () => {
    expect(() =>
      committeeVoteResult({ counted: [{ judgeId: 1, total: Fraction.of(1, 2) }], excusedJudgeIds: [] }),
    ).toThrow(RangeError);
  });
});

describe("a committee round's results", () => {
  const judges = [1, 2, 3, 4, 5].map((judgeId) => ({ judgeId, name: `委员${judgeId}` }));
  const entries = [
    { entryId: 101, name: "周爽玲" },
    { entryId: 102, name: "赵洪海" },
  ];
  const assignments = entries.flatMap((entry) =>
    judges.map((judge) => ({ entryId: entry.entryId, judgeId: judge.judgeId })),
  );
  const sheet = (judgeId: number, entryId: number, total: string) => ({
    judgeId,
    entryId,
    state: "LOCKED" as const,
    total,
  });
  // 周爽玲: 5 of 5 in favour; 赵洪海: members 1 and 2 in favour, 3 and 4 against, member 5 excused.
  const state: RoundJudgingState = {
    rule: committeeVoteScoringRule(),
    judges,
    entries,
    assignments,
    sheets: [
      ...judges.map((judge) => sheet(judge.judgeId, 101, "1")),
      sheet(1, 102, "1"),
      sheet(2, 102, "1"),
      sheet(3, 102, "0"),
      sheet(4, 102, "0"),
    ],
    excusals: [{ judgeId: 5, entryId: 102, reason: "与候选人同在一个项目组，申请回避" }],
  };

  it("gives each candidate their votes in favour once every member has voted or been excused", () => {
    const outcome = committeeRoundResults(state);
    if (!outcome.ok) throw new Error("the round should close");
    expect(
      outcome.entries.map((entry) => [entry.entryId, entry.name, entry.result.toString(), entry.voters, entry.excused]),
    ).toEqual([
      [101, "周爽玲", "5", 5, 0],
      [102, "赵洪海", "2", 4, 1],
    ]);
  });

  it("stays open while a member has neither voted nor been excused", () => {
    expect(committeeRoundResults({ ...state, excusals: [] })).toEqual({
      ok: false,
      reasons: [{ code: "JUDGE_NOT_SUBMITTED", message: "评委委员5尚未提交「赵洪海」的评分" }],
    });
  });
});
