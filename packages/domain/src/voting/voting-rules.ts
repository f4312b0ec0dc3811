import { type CalendarDate, isCalendarDate } from "../china-time.ts";
import type { FieldError, Validated } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import { parseScoreDecimal } from "../judging/score-decimal.ts";

/** An activity's public-vote limits and how the vote combines with the jury. */
export interface VotingRules {
  /** Ballots one voter may cast per calendar day in China time (每日限投). */
  ballotsPerVoterPerDay: number;
  /** Candidates one ballot may name; a ballot names each candidate at most once. */
  maxCandidatesPerBallot: number;
  /** Ballots accepted from one IP address per calendar day in China time. */
  ballotsPerIpPerDay: number;
  /** Whether the public sees vote counts while voting runs; organizers always do. */
  showLiveCounts: boolean;
  /** Percent of the combined total from the jury round, as decimal text ("70"). */
  juryShare: string;
  /** Percent from the public vote ("30"); the two shares sum to 100. */
  publicShare: string;
}

/**
 * One ballot a day naming one candidate: the strictest reading of "the configured number", so
 * an organizer who forgets to set it never gets a looser vote than intended; 20 ballots per IP
 * address a day; counts hidden; 70% jury + 30% public.
 */
export const defaultVotingRules: VotingRules = {
  ballotsPerVoterPerDay: 1,
  maxCandidatesPerBallot: 1,
  ballotsPerIpPerDay: 20,
  showLiveCounts: false,
  juryShare: "70",
  publicShare: "30",
};

/** When ballots are taken: from `opensAt` (included) to `closesAt` (excluded). */
export interface VotingWindow {
  opensAt: Date;
  closesAt: Date;
}

/** "10月20日至10月30日" as instants: 00:00 China time on the first day to 24:00 on the last. */
export function votingWindowFromChinaDates(opensOn: CalendarDate, closesOn: CalendarDate): VotingWindow {
  if (!isCalendarDate(opensOn) || !isCalendarDate(closesOn)) {
    throw new RangeError(`not a date: ${opensOn} / ${closesOn}`);
  }
  const closesAt = new Date(`${closesOn}T00:00:00+08:00`);
  return {
    opensAt: new Date(`${opensOn}T00:00:00+08:00`),
    closesAt: new Date(closesAt.getTime() + 24 * 60 * 60 * 1000),
  };
}

const limits = {
  ballotsPerVoterPerDay: { label: "每人每日可投次数", max: 100 },
  maxCandidatesPerBallot: { label: "每票最多可选候选人数", max: 100 },
  ballotsPerIpPerDay: { label: "每个网络地址每日可投次数", max: 10_000 },
} as const;

const hundred = Fraction.of(100);

/** Checks every field and reports every problem: whole-number limits, shares 0–100 summing to 100. */
export function validateVotingRules(rules: VotingRules): Validated<VotingRules> {
  const errors: FieldError[] = [];
  for (const field of Object.keys(limits) as (keyof typeof limits)[]) {
    const value = rules[field];
    const { label, max } = limits[field];
    if (!Number.isInteger(value) || value < 1 || value > max) {
      errors.push({ field, code: "VOTING_LIMIT_INVALID", message: `${label}应为 1–${max} 之间的整数` });
    }
  }
  const shares: Fraction[] = [];
  for (const [field, label] of [
    ["juryShare", "评委评分"],
    ["publicShare", "公众投票"],
  ] as const) {
    const share = parseScoreDecimal(rules[field]);
    if (share === null || share.compare(Fraction.zero) < 0 || share.compare(hundred) > 0) {
      errors.push({ field, code: "VOTING_SHARE_INVALID", message: `${label}所占比例应为 0–100 之间的数字` });
    } else {
      shares.push(share);
    }
  }
  const [jury, publicVote] = shares;
  if (jury !== undefined && publicVote !== undefined && !jury.plus(publicVote).equals(hundred)) {
    errors.push({
      field: "publicShare",
      code: "VOTING_SHARES_NOT_100",
      message: `评委评分与公众投票所占比例之和应为 100%，现为 ${jury
        .plus(publicVote)
        .toFixed(2)
        .replace(/\.?0+$/, "")}%`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...rules } };
}

export function validateVotingWindow(window: VotingWindow): Validated<VotingWindow> {
  if (window.closesAt.getTime() > window.opensAt.getTime()) return { ok: true, value: window };
  return {
    ok: false,
    errors: [{ field: "closesAt", code: "VOTING_WINDOW_EMPTY", message: "投票结束时间应晚于开始时间" }],
  };
}
