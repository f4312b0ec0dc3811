import { describe, expect, it } from "vitest";
import {
  escalateVotingPenalty,
  isDisqualifiedFromVoting,
  nextVotingPenaltyLevel,
  noVotingPenalty,
  type VotingPenaltyLevel,
  votingPenaltyLevelLabels,
} from "./voting-penalty.ts";

const at = new Date("2015-10-22T03:00:00Z");

describe("the penalty escalation: 警告 → 作废违规票 → 取消资格", () => {
  it("names the next step of each level", () => {
    expect(nextVotingPenaltyLevel("NONE")).toBe("WARNING");
    expect(nextVotingPenaltyLevel("WARNING")).toBe("VOTES_VOIDED");
    expect(nextVotingPenaltyLevel("VOTES_VOIDED")).toBe("DISQUALIFIED");
    expect(nextVotingPenaltyLevel("DISQUALIFIED")).toBeNull();
    expect(votingPenaltyLevelLabels.VOTES_VOIDED).toBe("作废违规票");
  });

  it("goes up one step at a time and keeps every step", () => {
    const warned = escalateVotingPenalty(noVotingPenalty(2), {
      to: "WARNING",
      reason: " 同一网络地址短时间内集中投票 ",
      decidedBy: 12,
      decidedAt: at,
    });
    if (!warned.ok) throw new Error("expected ok");
    const voided = escalateVotingPenalty(warned.penalty, {
      to: "VOTES_VOIDED",
      reason: "警告后仍有刷票",
      decidedBy: 12,
      decidedAt: at,
      voidedVoteIds: [31, 32, 32, 33],
    });
    if (!voided.ok) throw new Error("expected ok");
    const disqualified = escalateVotingPenalty(voided.penalty, {
      to: "DISQUALIFIED",
      reason: "作废后再次组织刷票",
      decidedBy: 12,
      decidedAt: at,
    });
    if (!disqualified.ok) throw new Error("expected ok");
    expect(disqualified.penalty.level).toBe("DISQUALIFIED");
    expect(isDisqualifiedFromVoting(disqualified.penalty)).toBe(true);
    expect(isDisqualifiedFromVoting(voided.penalty)).toBe(false);
    expect(disqualified.penalty.steps.map((step) => [step.from, step.to, step.reason, step.voidedVoteIds])).toEqual([
      ["NONE", "WARNING", "同一网络地址短时间内集中投票", []],
      ["WARNING", "VOTES_VOIDED", "警告后仍有刷票", [31, 32, 33]],
      ["VOTES_VOIDED", "DISQUALIFIED", "作废后再次组织刷票", []],
    ]);
  });

  it("refuses a skipped step, a step down, a missing reason and a void step without votes, all at once", () => {
    expect(
      escalateVotingPenalty(noVotingPenalty(2), { to: "DISQUALIFIED", reason: "", decidedBy: 12, decidedAt: at }),
    ).toEqual({
      ok: false,
      reasons: [
        {
          code: "PENALTY_NOT_NEXT_STEP",
          message: "处罚须逐级升级：当前为“无处罚”，下一级是“警告”，不能改为“取消资格”",
        },
        { code: "PENALTY_REASON_REQUIRED", message: "升级处罚须填写原因" },
      ],
    });
    const warned = { candidateId: 2, level: "WARNING" as const, steps: [] };
    expect(escalateVotingPenalty(warned, { to: "VOTES_VOIDED", reason: "刷票", decidedBy: 12, decidedAt: at })).toEqual(
      {
        ok: false,
        reasons: [{ code: "PENALTY_VOIDED_VOTES_REQUIRED", message: "“作废违规票”须列出被作废的投票" }],
      },
    );
    const down = escalateVotingPenalty(warned, { to: "NONE", reason: "误判", decidedBy: 12, decidedAt: at });
    expect(down.ok ? [] : down.reasons.map((reason) => reason.code)).toEqual(["PENALTY_NOT_NEXT_STEP"]);
    const unknown = escalateVotingPenalty(warned, {
      to: "BANNED" as VotingPenaltyLevel,
      reason: "x",
      decidedBy: 1,
      decidedAt: at,
    });
    expect(unknown.ok ? "" : unknown.reasons[0]?.message).toBe(
      "处罚须逐级升级：当前为“警告”，下一级是“作废违规票”，不能改为“BANNED”",
    );
  });

  it("refuses anything past disqualification, and an over-long reason", () => {
    const disqualified = { candidateId: 2, level: "DISQUALIFIED" as const, steps: [] };
    expect(
      escalateVotingPenalty(disqualified, {
        to: "DISQUALIFIED",
        reason: "因".repeat(501),
        decidedBy: 12,
        decidedAt: at,
      }),
    ).toEqual({
      ok: false,
      reasons: [
        { code: "PENALTY_AT_HIGHEST_LEVEL", message: "该候选人已被取消资格，处罚已是最高一级" },
        { code: "PENALTY_REASON_TOO_LONG", message: "处罚原因不能超过 500 个字" },
      ],
    });
  });
});
