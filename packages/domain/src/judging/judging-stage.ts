import type { ActivityState } from "../activities/activity-state.ts";
import { activityStateLabels } from "../activities/activity-state.ts";
import type { Reason } from "../errors.ts";

/**
 * When in an activity's lifecycle each judging step may be taken. Entries are only known once
 * registration has closed, so panels, assignments, recusals and imported exam scores (理论成绩 is
 * usually sat before the practical) may be prepared from 报名截止 on; scoring, unlocking, excusing
 * a judge and closing a round belong to 评审中. Once results are published for notice nothing
 * changes: withdrawing the notice (撤回公示、重新评审) brings the activity back to 评审中 first.
 */
export type JudgingStep =
  | "SEAT_PANEL"
  | "ASSIGN_JUDGES"
  | "DECLARE_RECUSAL"
  | "IMPORT_EXAM_SCORES"
  | "SUBMIT_SCORE"
  | "UNLOCK_SCORE"
  | "EXCUSE_JUDGE"
  | "CLOSE_ROUND";

export const judgingStepLabels: Record<JudgingStep, string> = {
  SEAT_PANEL: "设置评委组",
  ASSIGN_JUDGES: "分配评委",
  DECLARE_RECUSAL: "声明回避",
  IMPORT_EXAM_SCORES: "导入考试成绩",
  SUBMIT_SCORE: "提交评分",
  UNLOCK_SCORE: "解锁评分",
  EXCUSE_JUDGE: "免除评委评分",
  CLOSE_ROUND: "结束本轮评审",
};

const preparation: readonly ActivityState[] = ["REGISTRATION_CLOSED", "JUDGING"];
const judging: readonly ActivityState[] = ["JUDGING"];

export const judgingStepStates: Record<JudgingStep, readonly ActivityState[]> = {
  SEAT_PANEL: preparation,
  ASSIGN_JUDGES: preparation,
  DECLARE_RECUSAL: preparation,
  IMPORT_EXAM_SCORES: preparation,
  SUBMIT_SCORE: judging,
  UNLOCK_SCORE: judging,
  EXCUSE_JUDGE: judging,
  CLOSE_ROUND: judging,
};

/** Why the step cannot be taken while the activity is in `state`; empty when it can. */
export function judgingStepStateReasons(step: JudgingStep, state: ActivityState): Reason[] {
  const allowed = judgingStepStates[step];
  if (allowed.includes(state)) return [];
  const when = allowed.map((allowedState) => `“${activityStateLabels[allowedState]}”`).join("或");
  return [
    {
      code: "JUDGING_STEP_NOT_NOW",
      message: `活动当前为“${activityStateLabels[state]}”，不能${judgingStepLabels[step]}（仅在${when}时可以）`,
    },
  ];
}
