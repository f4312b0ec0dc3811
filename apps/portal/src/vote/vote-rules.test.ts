import { describe, expect, it } from "vitest";
import {
  chosenNames,
  dailyLimitOf,
  toggleCandidate,
  type VoteCandidate,
  type VoterStatus,
  votePhase,
} from "./vote-rules.ts";

const now = Date.parse("2015-10-21T02:00:00.000Z"); // 10:00 on 21 October, China time

describe("toggleCandidate", () => {
  it("ticks up to the ballot's limit and refuses one more, keeping the earlier choice", () => {
    let state = toggleCandidate([], "301", 2);
    expect(state).toEqual({ selected: ["301"], refused: false });
    state = toggleCandidate(state.selected, "302", 2);
    expect(state).toEqual({ selected: ["301", "302"], refused: false });
    expect(toggleCandidate(state.selected, "303", 2)).toEqual({ selected: ["301", "302"], refused: true });
  });

  it("unticks a chosen candidate, which makes room again", () => {
    const state = toggleCandidate(["301"], "301", 1);
    expect(state).toEqual({ selected: [], refused: false });
    expect(toggleCandidate(["301"], "302", 1).refused).toBe(true);
    expect(toggleCandidate(state.selected, "302", 1)).toEqual({ selected: ["302"], refused: false });
  });
});

describe("dailyLimitOf", () => {
  const status = (cast: number): VoterStatus => ({
    votingDay: "2015-10-21",
    ballotsCastToday: cast,
    ballotsPerVoterPerDay: 1,
    nextDayStartsAt: "2015-10-21T16:00:00.000Z",
  });

  it("is not reached while ballots are left today", () => {
    expect(dailyLimitOf(status(0), undefined, now)).toEqual({ reached: false, apiMessage: null, nextVoteAt: null });
  });

  it("is reached when today's ballots are cast, with the next day's start", () => {
    expect(dailyLimitOf(status(1), undefined, now)).toEqual({
      reached: true,
      apiMessage: null,
      nextVoteAt: "2015-10-21T16:00:00.000Z",
    });
  });

  it("carries the API's message when it refused with VOTE_LIMIT_REACHED (also the address's limit)", () => {
    const message = "该网络地址今日已投 20 次，每个网络地址每日限投 20 次，请于2015年10月22日再来";
    expect(dailyLimitOf(status(0), { code: "VOTE_LIMIT_REACHED", message }, now)).toEqual({
      reached: true,
      apiMessage: message,
      nextVoteAt: "2015-10-21T16:00:00.000Z",
    });
    expect(dailyLimitOf(undefined, { code: "BALLOT_INVALID", message: "候选人不正确" }, now).reached).toBe(false);
  });

  it("no longer holds once the next China day has begun", () => {
    const afterMidnight = Date.parse("2015-10-21T16:00:01.000Z");
    expect(
      dailyLimitOf(status(1), { code: "VOTE_LIMIT_REACHED", message: "今日已投 1 次" }, afterMidnight).reached,
    ).toBe(false);
  });
});

describe("votePhase", () => {
  const window = { opensAt: "2015-10-19T16:00:00.000Z", closesAt: "2015-10-30T16:00:00.000Z", closedAt: null };

  it("follows the server's isOpen while the vote runs", () => {
    expect(votePhase({ ...window, isOpen: true }, now)).toBe("open");
  });

  it("tells a vote not yet open from one without a time and one that is over", () => {
    expect(votePhase({ ...window, opensAt: "2015-10-22T16:00:00.000Z", isOpen: false }, now)).toBe("soon");
    expect(votePhase({ opensAt: null, closesAt: null, closedAt: null, isOpen: false }, now)).toBe("unscheduled");
    expect(votePhase({ ...window, closesAt: "2015-10-20T16:00:00.000Z", isOpen: false }, now)).toBe("closed");
    expect(votePhase({ ...window, closedAt: "2015-10-21T01:00:00.000Z", isOpen: false }, now)).toBe("closed");
  });
});

describe("chosenNames", () => {
  it("lists the chosen candidates in the page's order", () => {
    const candidates: VoteCandidate[] = ["刘秀英", "张桂兰", "李建国"].map((name, index) => ({
      registrationId: String(301 + index),
      name,
      organizationName: "锦州港股份有限公司工会",
      story: null,
      photoUrl: null,
      validVotes: null,
    }));
    expect(chosenNames(candidates, ["303", "301"])).toEqual(["刘秀英", "李建国"]);
  });
});
