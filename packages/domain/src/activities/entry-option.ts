import { type CalendarDate, formatChineseDate } from "../china-time.ts";
import type { EligibilityOutcome } from "../eligibility/eligibility-rules.ts";
import type { Reason } from "../errors.ts";
import { type RegistrationState, registrationStateLabels } from "../places/registration-state.ts";
import type { ActivityEntrant, ActivityEntryChannel } from "./activity-configuration.ts";
import type { ActivityState } from "./activity-state.ts";

export interface EntryOptionInput {
  activity: {
    name: string;
    state: ActivityState;
    /** 报名截止日期, inclusive; null when the schedule leaves it open. */
    registrationClosesOn: CalendarDate | null;
    entryChannels: readonly ActivityEntryChannel[];
  };
  category: { name: string; entrant: ActivityEntrant };
  today: CalendarDate;
  /** The worker's own eligibility for the category (checkEligibility over the activity's rules). */
  eligibility: EligibilityOutcome;
  /** The worker's live entry this one would collide with (one per activity or per category), if any. */
  liveEntry: { categoryName: string; state: RegistrationState } | null;
}

export interface EntryOption {
  /** May the worker register for this category now, themselves? */
  canRegister: boolean;
  /** Every reason they may not, in the words the registration page shows before anything is filled in. */
  reasons: Reason[];
  /** The entry names more than the worker: a partner (双打) or team members must be chosen. */
  needsTeammates: boolean;
}

/**
 * What a worker sees on an activity's page for each category, before filling anything in: whether
 * they may register themselves now and, if not, every reason — the registration period, how the
 * category takes entries, their eligibility, an entry they already hold. Registering checks the
 * same things again; this only tells them first.
 */
export function decideEntryOption(input: EntryOptionInput): EntryOption {
  const { activity, category, today } = input;
  const reasons: Reason[] = [];
  if (activity.state !== "REGISTRATION_OPEN") {
    reasons.push({ code: "REGISTRATION_CLOSED", message: `“${activity.name}”现在不在报名期` });
  } else if (activity.registrationClosesOn !== null && today > activity.registrationClosesOn) {
    reasons.push({
      code: "REGISTRATION_CLOSED",
      message: `报名已于 ${formatChineseDate(activity.registrationClosesOn)} 截止`,
    });
  }
  const entrantType = category.entrant.type;
  if (!activity.entryChannels.includes("SELF_REGISTRATION") || entrantType === "UNIT") {
    reasons.push({
      code: "SELF_REGISTRATION_NOT_ALLOWED",
      message: `“${category.name}”不接受职工自主报名，请通过所在单位工会报名或推荐`,
    });
  }
  if (input.liveEntry) {
    reasons.push({
      code: "ALREADY_REGISTERED",
      message: `您已报名“${input.liveEntry.categoryName}”（${registrationStateLabels[input.liveEntry.state]}）`,
    });
  }
  if (!input.eligibility.eligible) reasons.push(...input.eligibility.reasons);
  const members = category.entrant.members;
  return {
    canRegister: reasons.length === 0,
    reasons,
    needsTeammates: entrantType !== "UNIT" && members !== null && (members.max === null || members.max > 1),
  };
}
