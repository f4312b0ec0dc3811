import {
  type ActivityTransition,
  activityTransitionDefinitions,
  activityTransitionsFrom,
  decideActivityTransition,
  type Reason,
} from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { activityPerformerOf } from "./activity-access.ts";
import { gatherLifecycleFacts, type LifecycleActivity } from "./activity-lifecycle-facts.ts";

export interface ActivityTransitionOption {
  transition: ActivityTransition;
  to: string;
  label: string;
  allowed: boolean;
  /** The step needs a written reason now (always, or because it is taken early). */
  reasonRequired: boolean;
  reasons: Reason[];
}

/**
 * The steps offered from the activity's state, as they stand for the asking user: whether each is
 * allowed and, if not, every reason. A step that is only missing its written reason counts as
 * allowed with `reasonRequired`, so the admin can enable the button and ask for the reason.
 */
export async function activityTransitionOptions(
  context: Context,
  activity: LifecycleActivity,
): Promise<ActivityTransitionOption[]> {
  const [performer, facts] = await Promise.all([activityPerformerOf(context), gatherLifecycleFacts(context, activity)]);
  const now = new Date();
  return activityTransitionsFrom(activity.state).map((transition) => {
    const decide = (reason: string | null) => decideActivityTransition({ transition, performer, now, reason }, facts);
    const withoutReason = decide(null);
    const withReason = decide("原因");
    const definition = activityTransitionDefinitions[transition];
    return {
      transition,
      to: definition.to,
      label: definition.label,
      allowed: withReason.allowed,
      reasonRequired: !withoutReason.allowed && withReason.allowed,
      reasons: withReason.allowed ? [] : withReason.reasons,
    };
  });
}
