import type { Reason } from "../errors.ts";
import { criteriaScoringMaximum } from "./criteria-scoring-rule.ts";
import { aggregateJudgeScores, type JudgeScoreAggregate } from "./judge-score-aggregation.ts";
import { normalizeScoresPerJudge, type PerJudgeNormalization } from "./per-judge-normalization.ts";
import { entryJudgingStatuses, type RoundJudgingState, roundClosingBlockers } from "./round-closing.ts";

export interface RoundEntryScore {
  entryId: number;
  aggregate: JudgeScoreAggregate;
  /** Judges excused from this entry; the entry was aggregated over the others. */
  excusedJudgeIds: number[];
}

export type RoundEntryScores =
  | { ok: true; entries: RoundEntryScore[]; normalization: PerJudgeNormalization | null }
  | { ok: false; reasons: Reason[] };

/**
 * The result of every entry of a round that can close: each entry's submitted judge totals,
 * normalized per judge over the whole round when the rule asks for it, aggregated by the rule.
 * Refused with the closing blockers while the round cannot close.
 */
export function aggregateRoundEntryScores(state: RoundJudgingState): RoundEntryScores {
  const blockers = roundClosingBlockers(state);
  if (blockers.length > 0) return { ok: false, reasons: blockers };
  const statuses = entryJudgingStatuses(state);

  const normalization = state.rule.perJudgeNormalization
    ? normalizeScoresPerJudge(
        statuses.flatMap((status) =>
          status.counted.map((counted) => ({
            judgeId: counted.judgeId,
            entryId: status.entryId,
            score: counted.total,
          })),
        ),
        { maximum: criteriaScoringMaximum(state.rule.criteria) },
      )
    : null;

  const entries = statuses.map((status): RoundEntryScore => {
    const totals = status.counted.map((counted) => {
      const normalized = normalization?.scores.find(
        (score) => score.judgeId === counted.judgeId && score.entryId === status.entryId,
      );
      return { judgeId: counted.judgeId, score: normalized?.normalized ?? counted.total };
    });
    const aggregated = aggregateJudgeScores(totals, state.rule.aggregation);
    // The closing blockers already refuse entries without scores and trims that leave nothing.
    if (!aggregated.ok) throw new RangeError(`unreachable: ${aggregated.reasons[0]?.code}`);
    return { entryId: status.entryId, aggregate: aggregated.value, excusedJudgeIds: status.excusedJudgeIds };
  });
  return { ok: true, entries, normalization };
}
