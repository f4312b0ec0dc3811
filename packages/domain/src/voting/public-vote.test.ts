import { describe, expect, it } from "vitest";
import { isValidPublicVote, type PublicVote, voidPublicVote } from "./public-vote.ts";

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

describe("voidPublicVote", () => {
  it("keeps the vote and records why it no longer counts (无效票, 作废原因)", () => {
    const result = voidPublicVote(vote(1, 1), " 同一设备批量注册的手机号 ", 12, at);
    expect(result).toEqual({
      ok: true,
      vote: { ...vote(1, 1), voiding: { reason: "同一设备批量注册的手机号", voidedBy: 12, voidedAt: at } },
    });
    expect(result.ok && isValidPublicVote(result.vote)).toBe(false);
    expect(isValidPublicVote(vote(1, 1))).toBe(true);
  });

  it("refuses a second voiding and a missing or over-long reason", () => {
    const voided = { ...vote(1, 1), voiding: { reason: "刷票", voidedBy: 12, voidedAt: at } };
    expect(voidPublicVote(voided, "", 12, at)).toEqual({
      ok: false,
      reasons: [
        { code: "VOTE_ALREADY_VOIDED", message: "该票已作废（作废原因：刷票），不能重复作废" },
        { code: "VOID_REASON_REQUIRED", message: "作废投票须填写作废原因" },
      ],
    });
    expect(voidPublicVote(vote(1, 1), "因".repeat(501), 12, at)).toEqual({
      ok: false,
      reasons: [{ code: "VOID_REASON_TOO_LONG", message: "作废原因不能超过 500 个字" }],
    });
  });
});
