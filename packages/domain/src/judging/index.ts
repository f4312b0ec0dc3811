export {
  type CommitteeRoundResults,
  type CommitteeVoteResult,
  type CommitteeVotes,
  committeeRoundResults,
  committeeVoteCriterionKey,
  committeeVoteResult,
  committeeVoteResultLabel,
  committeeVoteScoringRule,
} from "./committee-vote.ts";
export {
  isJudgeConflicted,
  type JudgedEntry,
  type JudgeProfile,
  type JudgeRecusal,
  judgeExclusionReasons,
  validateJudgeRecusal,
} from "./conflict-of-interest.ts";
export {
  type CriteriaScoringRule,
  type Criterion,
  choirCriteria,
  criteriaScoringMaximum,
  defaultScoreStep,
  defaultTrim,
  type ScoreAggregation,
  type ScoreAggregationMethod,
  scoreAggregationLabels,
  scoreStepOf,
  scoreTrimFor,
  scoreTrimReasons,
  validateCriteriaScoringRule,
} from "./criteria-scoring-rule.ts";
export {
  type CriterionScoreInput,
  type CriterionScoreTotal,
  validateCriterionScores,
} from "./criterion-scores.ts";
export {
  type ExamScore,
  type ExamScoreContext,
  type ExamScoreEntry,
  type ExamScoreRow,
  examRoundClosingBlockers,
  validateExamScoreRows,
} from "./exam-scores.ts";
export {
  assignJudgesBalanced,
  type BalancedJudgeAssignmentInput,
  type BalancedJudgeAssignmentResult,
  checkJudgeAssignments,
  type JudgeAssignment,
  type JudgeAssignmentCheckInput,
  type JudgeAssignmentReason,
  type JudgeLoad,
} from "./judge-assignment.ts";
export {
  aggregateJudgeScores,
  type JudgeScoreAggregate,
  type JudgeScoreAggregation,
  type JudgeTotal,
} from "./judge-score-aggregation.ts";
export {
  defaultJudgementJudgeCount,
  defaultJudgementMaxSpread,
  evaluateJudgementMarks,
  type JudgementAspect,
  type JudgementAspectResult,
  type JudgementMark,
  type JudgementMarksEvaluation,
  type JudgementMarksRule,
  judgementMarkMaximum,
  validateJudgementMarksRule,
} from "./judgement-marks.ts";
export {
  decideJudgementSubmission,
  decideJudgementUnlock,
  type FlaggedAspect,
  flaggedAspects,
  type JudgementAspectView,
  type JudgementEntryResult,
  type JudgementEntryView,
  type JudgementRoundEntry,
  type JudgementRoundResults,
  type JudgementSheet,
  type JudgementSheetState,
  type JudgementSubmissionDecision,
  judgementEntryView,
  judgementRoundResults,
  judgementSheetStateLabels,
  settleJudgementSheets,
  type ValidJudgementMarks,
  validateJudgementMarksInput,
} from "./judgement-marks-sheet.ts";
export {
  type JudgingStep,
  judgingStepLabels,
  judgingStepStateReasons,
  judgingStepStates,
} from "./judging-stage.ts";
export {
  type JudgeEntryScore,
  type JudgeNormalizationFactor,
  type NormalizedJudgeEntryScore,
  normalizationSquareRootDecimals,
  normalizeScoresPerJudge,
  type PerJudgeNormalization,
} from "./per-judge-normalization.ts";
export {
  checkJudgeExcusal,
  type EntryJudgingStatus,
  entryJudgingStatuses,
  type JudgeExcusal,
  type RoundJudgingState,
  roundClosingBlockers,
} from "./round-closing.ts";
export { aggregateRoundEntryScores, type RoundEntryScore, type RoundEntryScores } from "./round-entry-scores.ts";
export { parseScoreDecimal, scoreDecimalText } from "./score-decimal.ts";
export {
  decideScoreSheetCommand,
  type JudgeScoreSheet,
  maySeeOtherJudgesScores,
  type ScoreSheetAuditAction,
  type ScoreSheetAuditFact,
  type ScoreSheetCommand,
  type ScoreSheetContext,
  type ScoreSheetDecision,
  type ScoreSheetSnapshot,
  type ScoreSheetState,
  scoreSheetAuditActionLabels,
  scoreSheetStateLabels,
} from "./score-sheet-lock.ts";
