import { describe, expect, it } from "vitest";
import {
  defaultVotingRules,
  validateVotingRules,
  validateVotingWindow,
  votingWindowFromChinaDates,
} from "./voting-rules.ts";

describe("defaultVotingRules", () => {
  it("are the documented defaults and valid", () => {
    expect(defaultVotingRules).toEqual({
      ballotsPerVoterPerDay: 1,
      maxCandidatesPerBallot: 1,
      ballotsPerIpPerDay: 20,
      showLiveCounts: false,
      juryShare: "70",
      publicShare: "30",
    });
    expect(validateVotingRules(defaultVotingRules)).toEqual({ ok: true, value: defaultVotingRules });
  });

  it("accept other shares summing to 100, decimals included", () => {
    expect(validateVotingRules({ ...defaultVotingRules, juryShare: "62.5", publicShare: "37.5" }).ok).toBe(true);
    expect(validateVotingRules({ ...defaultVotingRules, juryShare: "0", publicShare: "100" }).ok).toBe(true);
  });
});

describe("validateVotingRules", () => {
  it("reports every problem", () => {
    const result = validateVotingRules({
      ballotsPerVoterPerDay: 0,
      maxCandidatesPerBallot: 1.5,
      ballotsPerIpPerDay: 10_001,
      showLiveCounts: true,
      juryShare: "七十",
      publicShare: "101",
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: "ballotsPerVoterPerDay",
          code: "VOTING_LIMIT_INVALID",
          message: "每人每日可投次数应为 1–100 之间的整数",
        },
        {
          field: "maxCandidatesPerBallot",
          code: "VOTING_LIMIT_INVALID",
          message: "每票最多可选候选人数应为 1–100 之间的整数",
        },
        {
          field: "ballotsPerIpPerDay",
          code: "VOTING_LIMIT_INVALID",
          message: "每个网络地址每日可投次数应为 1–10000 之间的整数",
        },
        { field: "juryShare", code: "VOTING_SHARE_INVALID", message: "评委评分所占比例应为 0–100 之间的数字" },
        { field: "publicShare", code: "VOTING_SHARE_INVALID", message: "公众投票所占比例应为 0–100 之间的数字" },
      ],
    });
  });

  it("refuses shares that do not sum to 100, and a negative share", () => {
    expect(validateVotingRules({ ...defaultVotingRules, juryShare: "70", publicShare: "33.5" })).toEqual({
      ok: false,
      errors: [
        {
          field: "publicShare",
          code: "VOTING_SHARES_NOT_100",
          message: "评委评分与公众投票所占比例之和应为 100%，现为 103.5%",
        },
      ],
    });
    const negative = validateVotingRules({ ...defaultVotingRules, juryShare: "-10", publicShare: "110" });
    expect(negative.ok ? [] : negative.errors.map((error) => error.field)).toEqual(["juryShare", "publicShare"]);
  });
});

describe("voting window", () => {
  it("turns 10月20日至10月30日 into China-time instants", () => {
    // 2015-10-20 00:00 China = 2015-10-19 16:00 UTC; the end is 2015-10-31 00:00 China = 10-30 16:00 UTC.
    expect(votingWindowFromChinaDates("2015-10-20", "2015-10-30")).toEqual({
      opensAt: new Date("2015-10-19T16:00:00Z"),
      closesAt: new Date("2015-10-30T16:00:00Z"),
    });
    expect(() => votingWindowFromChinaDates("2015-10-32", "2015-10-30")).toThrow(RangeError);
    expect(() => votingWindowFromChinaDates("2015-10-20", "2015-1-30")).toThrow(RangeError);
  });

  it("must not be empty", () => {
    const window = votingWindowFromChinaDates("2015-10-20", "2015-10-30");
    expect(validateVotingWindow(window)).toEqual({ ok: true, value: window });
    expect(validateVotingWindow({ opensAt: window.closesAt, closesAt: window.opensAt })).toEqual({
      ok: false,
      errors: [{ field: "closesAt", code: "VOTING_WINDOW_EMPTY", message: "投票结束时间应晚于开始时间" }],
    });
  });
});
