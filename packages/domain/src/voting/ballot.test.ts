import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chinaDateOf } from "../china-time.ts";
import { type BallotContext, type BallotRequest, decideBallot, type RecordedBallot } from "./ballot.ts";
import type { VoterIdentity } from "./voter-identity.ts";
import { defaultVotingRules, votingWindowFromChinaDates } from "./voting-rules.ts";

// Voting runs 2015-10-20 … 2015-10-30 China time: from 2015-10-19T16:00Z to 2015-10-30T16:00Z.
const window = votingWindowFromChinaDates("2015-10-20", "2015-10-30");
const candidates = [
  { candidateId: 1, name: "刘芳", disqualified: false },
  { candidateId: 2, name: "张伟", disqualified: false },
  { candidateId: 3, name: "李娜", disqualified: true },
];
const phone = (n: number): VoterIdentity => ({
  kind: "PHONE",
  phone: `1390416${String(n).padStart(4, "0")}`,
  verified: true,
});

/** Submits requests in order, recording the accepted ones as the API would. */
function run(requests: readonly BallotRequest[], context: Omit<BallotContext, "recordedBallots">) {
  const recordedBallots: RecordedBallot[] = [];
  return requests.map((request) => {
    const decision = decideBallot(request, { ...context, recordedBallots });
    if (decision.ok) recordedBallots.push(decision.ballot);
    return decision;
  });
}

const context = { rules: defaultVotingRules, window, candidates };

describe("decideBallot: one ballot per voter per China day", () => {
  it("refuses a second ballot at 23:59:59 China time and accepts one at 00:00:00 the next China day", () => {
    const [first, second, third, fourth] = run(
      [
        // 2015-10-20T02:00Z = 10-20 10:00 China.
        { voter: phone(1), ipAddress: "203.0.113.7", castAt: new Date("2015-10-20T02:00:00Z"), candidateIds: [1] },
        // 2015-10-20T15:59:59Z = 10-20 23:59:59 China: the same China day.
        { voter: phone(1), ipAddress: "203.0.113.7", castAt: new Date("2015-10-20T15:59:59Z"), candidateIds: [2] },
        // 2015-10-20T16:00:00Z = 10-21 00:00:00 China: a new China day, though the UTC date is still 10-20.
        { voter: phone(1), ipAddress: "203.0.113.7", castAt: new Date("2015-10-20T16:00:00Z"), candidateIds: [2] },
        // 2015-10-21T10:00Z = 10-21 18:00 China: the UTC date changed, the China day did not.
        { voter: phone(1), ipAddress: "203.0.113.7", castAt: new Date("2015-10-21T10:00:00Z"), candidateIds: [1] },
      ],
      context,
    );
    expect(first).toEqual({
      ok: true,
      ballot: {
        voterKey: "phone:13904160001",
        ipAddress: "203.0.113.7",
        castAt: new Date("2015-10-20T02:00:00Z"),
        votingDay: "2015-10-20",
        candidateIds: [1],
      },
    });
    expect(second).toEqual({
      ok: false,
      reasons: [{ code: "VOTER_DAILY_LIMIT_REACHED", message: "今日已投 1 次，每日限投 1 次，请于2015年10月21日再来" }],
    });
    expect(third).toMatchObject({ ok: true, ballot: { votingDay: "2015-10-21" } });
    expect(fourth).toEqual({
      ok: false,
      reasons: [{ code: "VOTER_DAILY_LIMIT_REACHED", message: "今日已投 1 次，每日限投 1 次，请于2015年10月22日再来" }],
    });
  });

  it("counts a worker account and a phone as different voters, and allows more ballots when configured", () => {
    const at = new Date("2015-10-20T02:00:00Z");
    const worker: VoterIdentity = { kind: "WORKER_ACCOUNT", workerId: 42 };
    const decisions = run(
      [
        { voter: worker, ipAddress: "203.0.113.7", castAt: at, candidateIds: [1] },
        { voter: worker, ipAddress: "203.0.113.7", castAt: at, candidateIds: [1] },
        { voter: worker, ipAddress: "203.0.113.7", castAt: at, candidateIds: [1] },
        { voter: phone(1), ipAddress: "203.0.113.7", castAt: at, candidateIds: [1] },
      ],
      { ...context, rules: { ...defaultVotingRules, ballotsPerVoterPerDay: 2 } },
    );
    expect(decisions.map((decision) => decision.ok)).toEqual([true, true, false, true]);
    expect(decisions[2]).toEqual({
      ok: false,
      reasons: [{ code: "VOTER_DAILY_LIMIT_REACHED", message: "今日已投 2 次，每日限投 2 次，请于2015年10月21日再来" }],
    });
  });
});

describe("decideBallot: at most 20 ballots per IP address per China day", () => {
  it("refuses the 21st ballot from one address and accepts it the next China day", () => {
    const at = (minute: number) => new Date(Date.UTC(2015, 9, 20, 2, minute));
    // Voters 1 … 21, all behind 203.0.113.7, ten minutes past 10:00 China time onwards, one a minute.
    const requests: BallotRequest[] = Array.from({ length: 21 }, (_, index) => ({
      voter: phone(index + 1),
      ipAddress: "203.0.113.7",
      castAt: at(index),
      candidateIds: [1],
    }));
    // Voter 22 from the same address at 2015-10-20T16:00Z = 10-21 00:00 China: a new day for the address.
    requests.push({
      voter: phone(22),
      ipAddress: " 203.0.113.7 ",
      castAt: new Date("2015-10-20T16:00:00Z"),
      candidateIds: [1],
    });
    const decisions = run(requests, context);
    expect(decisions.slice(0, 20).every((decision) => decision.ok)).toBe(true);
    expect(decisions[20]).toEqual({
      ok: false,
      reasons: [{ code: "IP_DAILY_LIMIT_REACHED", message: "该网络地址今日已投 20 次，每个网络地址每日限投 20 次" }],
    });
    expect(decisions[21]).toMatchObject({ ok: true, ballot: { ipAddress: "203.0.113.7", votingDay: "2015-10-21" } });
  });

  it("compares IPv6 addresses without regard to case", () => {
    const decisions = run(
      [
        { voter: phone(1), ipAddress: "2001:DB8::1", castAt: new Date("2015-10-20T02:00:00Z"), candidateIds: [1] },
        { voter: phone(2), ipAddress: "2001:db8::1", castAt: new Date("2015-10-20T02:01:00Z"), candidateIds: [1] },
      ],
      { ...context, rules: { ...defaultVotingRules, ballotsPerIpPerDay: 1 } },
    );
    expect(decisions[1]?.ok ? [] : decisions[1]?.reasons.map((reason) => reason.code)).toEqual([
      "IP_DAILY_LIMIT_REACHED",
    ]);
  });

  it("throws on a ballot without an address (a programmer error)", () => {
    const request = { voter: phone(1), ipAddress: " ", castAt: new Date("2015-10-20T02:00:00Z"), candidateIds: [1] };
    expect(() => decideBallot(request, { ...context, recordedBallots: [] })).toThrow(RangeError);
  });
});

describe("decideBallot: every reason at once", () => {
  it("refuses an anonymous ballot before the window for too many, repeated, unknown and disqualified candidates", () => {
    const decision = decideBallot(
      {
        voter: { kind: "ANONYMOUS" },
        ipAddress: "203.0.113.7",
        // 2015-10-19T15:59:59Z = 10-19 23:59:59 China, a second before voting opens.
        castAt: new Date("2015-10-19T15:59:59Z"),
        candidateIds: [2, 2, 3, 9],
      },
      { ...context, recordedBallots: [] },
    );
    expect(decision).toEqual({
      ok: false,
      reasons: [
        { code: "VOTER_NOT_IDENTIFIED", message: "不接受匿名投票，请先验证手机号或登录职工账号" },
        { code: "VOTING_NOT_OPEN", message: "投票尚未开始，开始时间为 2015年10月20日 00:00" },
        { code: "BALLOT_TOO_MANY_CANDIDATES", message: "每张选票最多选 1 名候选人，本票选了 3 名" },
        { code: "BALLOT_DUPLICATE_CANDIDATE", message: "同一张选票对同一候选人只能投 1 票（张伟重复）" },
        { code: "BALLOT_UNKNOWN_CANDIDATE", message: "所选候选人不在本次投票名单中" },
        { code: "BALLOT_CANDIDATE_DISQUALIFIED", message: "候选人李娜已被取消资格，不能为其投票" },
      ],
    });
  });

  it("refuses an empty ballot after the window, and names an unknown repeated candidate by number", () => {
    const closed = decideBallot(
      // 2015-10-30T16:00Z = 10-31 00:00 China: the window is over.
      { voter: phone(1), ipAddress: "203.0.113.7", castAt: new Date("2015-10-30T16:00:00Z"), candidateIds: [] },
      { ...context, recordedBallots: [] },
    );
    expect(closed).toEqual({
      ok: false,
      reasons: [
        { code: "VOTING_CLOSED", message: "投票已于 2015年10月31日 00:00 结束" },
        { code: "BALLOT_EMPTY", message: "请至少选择 1 名候选人" },
      ],
    });
    const repeated = decideBallot(
      { voter: phone(1), ipAddress: "203.0.113.7", castAt: new Date("2015-10-20T02:00:00Z"), candidateIds: [9, 9] },
      { ...context, recordedBallots: [] },
    );
    expect(repeated.ok ? [] : repeated.reasons.map((reason) => reason.message)).toEqual([
      "同一张选票对同一候选人只能投 1 票（编号 9重复）",
      "所选候选人不在本次投票名单中",
    ]);
  });

  it("accepts several candidates up to the configured number", () => {
    const decision = decideBallot(
      { voter: phone(1), ipAddress: "203.0.113.7", castAt: new Date("2015-10-20T02:00:00Z"), candidateIds: [2, 1] },
      { ...context, rules: { ...defaultVotingRules, maxCandidatesPerBallot: 2 }, recordedBallots: [] },
    );
    expect(decision.ok && decision.ballot.candidateIds).toEqual([2, 1]);
  });
});

describe("property: a voter never gets two ballots accepted on the same China day", () => {
  it("holds for any sequence of attempts by a few voters over three days", () => {
    const attempt = fc.record({
      voter: fc.integer({ min: 1, max: 3 }),
      // Seconds from 2015-10-20 00:00 China over three days.
      second: fc.integer({ min: 0, max: 3 * 24 * 3600 - 1 }),
      address: fc.constantFrom("203.0.113.7", "198.51.100.2"),
    });
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), (attempts, perDay) => {
        const requests = [...attempts]
          .sort((a, b) => a.second - b.second)
          .map(
            (a): BallotRequest => ({
              voter: phone(a.voter),
              ipAddress: a.address,
              castAt: new Date(window.opensAt.getTime() + a.second * 1000),
              candidateIds: [1],
            }),
          );
        const decisions = run(requests, {
          ...context,
          rules: { ...defaultVotingRules, ballotsPerVoterPerDay: perDay },
        });
        const perVoterDay = new Map<string, number>();
        for (const decision of decisions) {
          if (!decision.ok) continue;
          const key = `${decision.ballot.voterKey} ${chinaDateOf(decision.ballot.castAt)}`;
          perVoterDay.set(key, (perVoterDay.get(key) ?? 0) + 1);
        }
        for (const count of perVoterDay.values()) expect(count).toBeLessThanOrEqual(perDay);
        // And the limit is reached, not undershot: a voter's first attempt of a China day is accepted.
        const firstOfDay = new Set<string>();
        requests.forEach((request, index) => {
          const key = `${request.voter.kind === "PHONE" ? request.voter.phone : ""} ${chinaDateOf(request.castAt)}`;
          if (!firstOfDay.has(key)) {
            firstOfDay.add(key);
            expect(
              decisions[index]?.ok || decisions[index]?.reasons.some((r) => r.code === "IP_DAILY_LIMIT_REACHED"),
            ).toBe(true);
          }
        });
      }),
    );
  });
});
