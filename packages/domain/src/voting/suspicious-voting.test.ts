import { describe, expect, it } from "vitest";
import type { PublicVote } from "./public-vote.ts";
import { defaultSuspiciousVotingThresholds, detectSuspiciousVoting } from "./suspicious-voting.ts";

const names = new Map([
  [1, "刘芳"],
  [2, "张伟"],
  [3, "李娜"],
]);
// 2015-10-20 00:00:00 China time.
const midnight = Date.UTC(2015, 9, 19, 16);
const chinaTime = (hours: number, minutes: number, seconds = 0) =>
  new Date(midnight + ((hours * 60 + minutes) * 60 + seconds) * 1000);

let nextId = 1;
function ballot(ipAddress: string, castAt: Date, candidateIds: number[]): PublicVote[] {
  const ballotId = nextId;
  return candidateIds.map((candidateId) => ({
    voteId: nextId++,
    ballotId,
    candidateId,
    voterKey: `phone:${ballotId}`,
    ipAddress,
    castAt,
    voiding: null,
  }));
}

describe("detectSuspiciousVoting: a day of votes checked by hand", () => {
  nextId = 1;
  const votes = [
    // 203.0.113.7: 12 ballots for 刘芳, 10:00, 10:10 … 11:50 (ten minutes apart: no burst) → 12 ≥ 10, reported.
    ...Array.from({ length: 12 }, (_, k) => ballot("203.0.113.7", chinaTime(10, 10 * k), [1])).flat(),
    // 198.51.100.2: 9 ballots naming 刘芳 and 张伟, 14:00 … 15:20 → 9 ballots (18 votes) < 10, not reported.
    ...Array.from({ length: 9 }, (_, k) => ballot("198.51.100.2", chinaTime(14, 10 * k), [1, 2])).flat(),
    // 张伟: 15 votes from 15 addresses, 11:00:00, 11:00:05 … 11:01:10. The window opening at 11:00:00 holds
    // 0 … 60 s = 13 votes ≥ 10; the ones opening at 5 s and 10 s hold 13 each and reach 70 s: one burst, 15 votes.
    ...Array.from({ length: 15 }, (_, k) => ballot(`192.0.2.${k + 1}`, chinaTime(11, 0, 5 * k), [2])).flat(),
    // 李娜: 10 votes 7 s apart, 12:00:00 … 12:01:03. Any 60 s window holds 9 (0, 7 … 56): below 10, not reported.
    ...Array.from({ length: 10 }, (_, k) => ballot(`192.0.2.${k + 100}`, chinaTime(12, 0, 7 * k), [3])).flat(),
  ];
  const findings = detectSuspiciousVoting(votes, names);

  it("reports the address and the burst, with Chinese descriptions", () => {
    expect(findings.map((finding) => finding.kind)).toEqual(["MANY_BALLOTS_FROM_ONE_IP", "VOTE_BURST"]);
    expect(findings[0]).toMatchObject({
      ipAddress: "203.0.113.7",
      votingDay: "2015-10-20",
      ballotCount: 12,
      description:
        "网络地址 203.0.113.7 在2015年10月20日投出 12 张选票（共 12 票），达到提示线（每日 10 张），请核查是否存在刷票",
    });
    expect(findings[0]?.voteIds).toHaveLength(12);
    expect(findings[1]).toMatchObject({
      candidateId: 2,
      from: chinaTime(11, 0, 0),
      to: chinaTime(11, 1, 10),
      voteCount: 15,
      description:
        "候选人张伟在2015年10月20日 11:00:00至11:01:10的 70 秒内获得 15 票（提示线：60 秒内 10 票），请核查是否存在刷票",
    });
  });

  it("ignores voided votes", () => {
    const voidedAt = new Date("2015-10-21T02:00:00Z");
    // Void 3 of the 12 ballots from 203.0.113.7 (vote ids 1–3): 9 remain, below 10.
    const afterVoiding = votes.map((vote) =>
      vote.voteId <= 3 ? { ...vote, voiding: { reason: "刷票", voidedBy: 12, voidedAt } } : vote,
    );
    expect(detectSuspiciousVoting(afterVoiding, names).map((finding) => finding.kind)).toEqual(["VOTE_BURST"]);
  });

  it("gives the same findings whatever order the votes arrive in", () => {
    expect(detectSuspiciousVoting([...votes].reverse(), names)).toEqual(findings);
  });
});

describe("detectSuspiciousVoting: edges", () => {
  it("counts a vote exactly at the end of the window, not one a second later", () => {
    nextId = 1;
    // Votes at 0, 1 … 8 s and one at 60 s: the window [0 s, 60 s] holds 10.
    const times = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    const inside = [...times, 60].flatMap((s) => ballot(`192.0.2.${s}`, chinaTime(9, 0, s), [1]));
    expect(detectSuspiciousVoting(inside, names)[0]).toMatchObject({ voteCount: 10, kind: "VOTE_BURST" });
    const outside = [...times, 61].flatMap((s) => ballot(`192.0.2.${s}`, chinaTime(9, 0, s), [1]));
    expect(detectSuspiciousVoting(outside, names)).toEqual([]);
  });

  it("writes both dates for a burst across midnight, and a number for an unnamed candidate", () => {
    nextId = 1;
    // 23:59:55 … 00:00:04, one a second: 10 votes within 9 s.
    const votes = Array.from({ length: 10 }, (_, k) => ballot(`192.0.2.${k}`, chinaTime(23, 59, 55 + k), [9])).flat();
    expect(detectSuspiciousVoting(votes, names)[0]?.description).toBe(
      "候选人编号 9在2015年10月20日 23:59:55至2015年10月21日 00:00:04的 9 秒内获得 10 票（提示线：60 秒内 10 票），请核查是否存在刷票",
    );
  });

  it("reports separate bursts in time order, and addresses by day then address", () => {
    nextId = 1;
    const thresholds = {
      ...defaultSuspiciousVotingThresholds,
      ballotsPerIpPerDay: 2,
      burstVotes: 2,
      burstWindowSeconds: 10,
    };
    const votes = [
      // Next China day first in the input: 2015-10-21 01:00 from 10.0.0.1, twice.
      ...ballot("10.0.0.1", chinaTime(25, 0), [3]),
      ...ballot("10.0.0.1", chinaTime(25, 0, 30), [3]),
      // 2015-10-20: 10.0.0.2 twice for 张伟 at 09:00:00 and 09:00:05, 10.0.0.1 twice for 刘芳 at 08:00:00 and 08:00:05.
      ...ballot("10.0.0.2", chinaTime(9, 0, 0), [2]),
      ...ballot("10.0.0.2", chinaTime(9, 0, 5), [2]),
      ...ballot("10.0.0.1", chinaTime(8, 0, 0), [1]),
      ...ballot("10.0.0.1", chinaTime(8, 0, 5), [1]),
    ];
    const findings = detectSuspiciousVoting(votes, names, thresholds);
    expect(
      findings.map((finding) =>
        finding.kind === "MANY_BALLOTS_FROM_ONE_IP"
          ? `${finding.votingDay} ${finding.ipAddress}`
          : `${finding.candidateId} ${finding.from.toISOString()}`,
      ),
    ).toEqual([
      "2015-10-20 10.0.0.1",
      "2015-10-20 10.0.0.2",
      "2015-10-21 10.0.0.1",
      "1 2015-10-20T00:00:00.000Z",
      "2 2015-10-20T01:00:00.000Z",
    ]);
  });

  it("throws on a threshold that is not a whole number ≥ 1", () => {
    expect(() => detectSuspiciousVoting([], names, { ...defaultSuspiciousVotingThresholds, burstVotes: 0 })).toThrow(
      RangeError,
    );
  });
});
