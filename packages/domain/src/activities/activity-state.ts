/**
 * The states of an activity, in the only order an activity can first reach them (see
 * activity-transitions.ts for the steps back that are allowed).
 */
export type ActivityState =
  | "DRAFT"
  | "REGISTRATION_OPEN"
  | "REGISTRATION_CLOSED"
  | "JUDGING"
  | "PUBLIC_NOTICE"
  | "FINAL";

export const activityStates: readonly ActivityState[] = [
  "DRAFT",
  "REGISTRATION_OPEN",
  "REGISTRATION_CLOSED",
  "JUDGING",
  "PUBLIC_NOTICE",
  "FINAL",
];

export const activityStateLabels: Record<ActivityState, string> = {
  DRAFT: "草稿",
  REGISTRATION_OPEN: "报名中",
  REGISTRATION_CLOSED: "报名截止",
  JUDGING: "评审中",
  PUBLIC_NOTICE: "结果公示",
  FINAL: "已发布",
};

export function isActivityState(value: string): value is ActivityState {
  return (activityStates as readonly string[]).includes(value);
}
