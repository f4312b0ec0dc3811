import type { Reason } from "../errors.ts";
import { type RoundDefinition, roundResultLabel } from "./round-definition.ts";

/**
 * One step of an activity's ordered tie-break list, applied to entries whose totals are exactly
 * equal. SHARED_PLACE ends the list: entries still equal share the place.
 */
export type RankingTieBreak =
  | { kind: "HIGHER_ROUND_RESULT"; roundKey: string }
  /** The mean over every judge, highest and lowest included; the caller supplies it per entry. */
  | { kind: "HIGHER_UNTRIMMED_MEAN"; roundKey: string }
  | { kind: "SHARED_PLACE" };

export type RankingTieBreakKind = RankingTieBreak["kind"];

/**
 * 职业技能大赛 default: higher practical result, then higher theory result, then a shared place.
 * With exactly two rounds the theory step can never decide: equal totals and equal practical
 * results force equal theory results (0.3·T + 0.7·P = 0.3·T′ + 0.7·P ⇒ T = T′). It decides only
 * when the activity adds a round.
 */
export const skillsContestDefaultTieBreaks: readonly RankingTieBreak[] = [
  { kind: "HIGHER_ROUND_RESULT", roundKey: "practical" },
  { kind: "HIGHER_ROUND_RESULT", roundKey: "theory" },
  { kind: "SHARED_PLACE" },
];

/** 文艺比赛 default: the judges' untrimmed mean of the scoring round, then a shared place. */
export function performanceContestDefaultTieBreaks(scoringRoundKey: string): RankingTieBreak[] {
  return [{ kind: "HIGHER_UNTRIMMED_MEAN", roundKey: scoringRoundKey }, { kind: "SHARED_PLACE" }];
}

/** What a tie-break compares, as people read it: "实操成绩", "现场表演全体评委平均分". */
export function rankingTieBreakLabel(
  tieBreak: Exclude<RankingTieBreak, { kind: "SHARED_PLACE" }>,
  rounds: readonly RoundDefinition[],
): string {
  const round = rounds.find((candidate) => candidate.key === tieBreak.roundKey);
  const name = round?.name ?? tieBreak.roundKey;
  return tieBreak.kind === "HIGHER_ROUND_RESULT" ? roundResultLabel({ name }) : `${name}全体评委平均分`;
}

/**
 * Checks a tie-break list against the activity's rounds: known kinds, rounds that exist, an
 * untrimmed mean only for a judged round, no step twice, nothing after SHARED_PLACE (it could
 * never apply). A list without SHARED_PLACE is allowed; see rankEntries for what it means.
 */
export function validateRankingTieBreaks(
  tieBreaks: readonly RankingTieBreak[],
  rounds: readonly RoundDefinition[],
): Reason[] {
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  let sharedPlaceSeen = false;
  tieBreaks.forEach((tieBreak, index) => {
    const position = `第 ${index + 1} 项并列比较`;
    if (sharedPlaceSeen) {
      reasons.push({ code: "TIE_BREAK_AFTER_SHARED_PLACE", message: `${position}排在“并列名次”之后，不会生效` });
    }
    const identity = tieBreak.kind === "SHARED_PLACE" ? tieBreak.kind : `${tieBreak.kind}:${tieBreak.roundKey}`;
    if (seen.has(identity)) reasons.push({ code: "TIE_BREAK_DUPLICATE", message: `${position}与前面的比较项重复` });
    seen.add(identity);
    switch (tieBreak.kind) {
      case "SHARED_PLACE":
        sharedPlaceSeen = true;
        return;
      case "HIGHER_ROUND_RESULT":
      case "HIGHER_UNTRIMMED_MEAN": {
        const round = rounds.find((candidate) => candidate.key === tieBreak.roundKey);
        if (round === undefined) {
          reasons.push({
            code: "TIE_BREAK_UNKNOWN_ROUND",
            message: `${position}引用了不存在的轮次“${tieBreak.roundKey}”`,
          });
        } else if (tieBreak.kind === "HIGHER_UNTRIMMED_MEAN" && round.kind !== "CRITERIA_SCORING") {
          reasons.push({
            code: "TIE_BREAK_UNTRIMMED_MEAN_NOT_JUDGED",
            message: `${position}比较全体评委平均分，但轮次“${round.name}”不是评委评分轮次`,
          });
        }
        return;
      }
      default:
        reasons.push({ code: "TIE_BREAK_UNKNOWN_KIND", message: `${position}的比较方式无法识别` });
    }
  });
  return reasons;
}
