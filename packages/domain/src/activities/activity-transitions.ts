import type { ActivityState } from "./activity-state.ts";

/**
 * The steps an activity can take. Forward steps go one state at a time, so an activity reaches
 * 已发布 only after passing every state in order. Three steps back are legitimate:
 * - 重新开放报名: registration closed early (or its deadline extended) and the deadline has not
 *   passed, so workers who counted on the published deadline may still register;
 * - 撤回为草稿: registration was opened by mistake and nobody has registered yet, so nobody is
 *   affected by a changed configuration;
 * - 撤回公示、重新评审: an upheld objection (or an error the organizer finds) needs entries judged
 *   again; the results then go through a new full public notice.
 * 已发布 is final: a published result is corrected only by a new public process, not by reopening.
 * Judging never returns to registration: scores may exist, and late entrants would be judged by a
 * different panel state than the others.
 */
export type ActivityTransition =
  | "OPEN_REGISTRATION"
  | "CLOSE_REGISTRATION"
  | "REOPEN_REGISTRATION"
  | "WITHDRAW_TO_DRAFT"
  | "START_JUDGING"
  | "PUBLISH_FOR_NOTICE"
  | "WITHDRAW_NOTICE"
  | "PUBLISH_FINAL";

export interface ActivityTransitionDefinition {
  from: ActivityState;
  to: ActivityState;
  /** What the organizer's button says. */
  label: string;
  /** A reason must be written for this step (always, or only when it is taken early, see lifecycle). */
  reasonRequired: "ALWAYS" | "WHEN_EARLY" | "NEVER";
}

export const activityTransitionDefinitions: Record<ActivityTransition, ActivityTransitionDefinition> = {
  OPEN_REGISTRATION: { from: "DRAFT", to: "REGISTRATION_OPEN", label: "开放报名", reasonRequired: "NEVER" },
  CLOSE_REGISTRATION: {
    from: "REGISTRATION_OPEN",
    to: "REGISTRATION_CLOSED",
    label: "截止报名",
    reasonRequired: "WHEN_EARLY",
  },
  WITHDRAW_TO_DRAFT: { from: "REGISTRATION_OPEN", to: "DRAFT", label: "撤回为草稿", reasonRequired: "ALWAYS" },
  START_JUDGING: { from: "REGISTRATION_CLOSED", to: "JUDGING", label: "开始评审", reasonRequired: "NEVER" },
  REOPEN_REGISTRATION: {
    from: "REGISTRATION_CLOSED",
    to: "REGISTRATION_OPEN",
    label: "重新开放报名",
    reasonRequired: "ALWAYS",
  },
  PUBLISH_FOR_NOTICE: { from: "JUDGING", to: "PUBLIC_NOTICE", label: "发布结果公示", reasonRequired: "NEVER" },
  PUBLISH_FINAL: { from: "PUBLIC_NOTICE", to: "FINAL", label: "正式发布结果", reasonRequired: "NEVER" },
  WITHDRAW_NOTICE: { from: "PUBLIC_NOTICE", to: "JUDGING", label: "撤回公示、重新评审", reasonRequired: "ALWAYS" },
};

export const activityTransitions = Object.keys(activityTransitionDefinitions) as ActivityTransition[];

/** The steps offered from a state, forward step first. */
export function activityTransitionsFrom(state: ActivityState): ActivityTransition[] {
  return activityTransitions.filter((transition) => activityTransitionDefinitions[transition].from === state);
}
