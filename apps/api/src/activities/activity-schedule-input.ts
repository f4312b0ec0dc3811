import { type ActivitySchedule, deadlineFromPhrase, type FieldError, validateActivitySchedule } from "@jinzhou/domain";

/** The dates as a client sends them: an absent field stays as it is, null clears it. */
export interface ActivityScheduleChange {
  registrationOpensOn?: string | null;
  registrationClosesOn?: string | null;
  judgingEndsOn?: string | null;
  completedBy?: string | null;
  /** The task table's phrase (四月末前); sets 完成时限 from it unless completedBy is given too. */
  deadlinePhrase?: string | null;
}

export interface ScheduledDates extends ActivitySchedule {
  deadlinePhrase: string | null;
}

function pick(change: string | null | undefined, current: string | null): string | null {
  if (change === undefined) return current;
  return change?.trim() || null;
}

/**
 * The schedule after a change, with every problem: dates malformed or out of order (a draft may
 * leave dates empty) and a deadline phrase the task table does not know.
 */
export function applyScheduleChange(
  current: ScheduledDates,
  change: ActivityScheduleChange,
  year: number,
): { schedule: ScheduledDates; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const deadlinePhrase = pick(change.deadlinePhrase, current.deadlinePhrase);
  let completedBy = pick(change.completedBy, current.completedBy);
  if (change.deadlinePhrase !== undefined && deadlinePhrase !== null && change.completedBy === undefined) {
    const reading = deadlineFromPhrase(deadlinePhrase, year);
    if (reading.ok) completedBy = reading.date;
    else errors.push(...reading.reasons.map((reason) => ({ field: "deadlinePhrase", ...reason })));
  }
  const schedule: ScheduledDates = {
    registrationOpensOn: pick(change.registrationOpensOn, current.registrationOpensOn),
    registrationClosesOn: pick(change.registrationClosesOn, current.registrationClosesOn),
    judgingEndsOn: pick(change.judgingEndsOn, current.judgingEndsOn),
    completedBy,
    deadlinePhrase,
  };
  errors.push(...validateActivitySchedule(schedule, false));
  return { schedule, errors };
}

export const emptyScheduledDates: ScheduledDates = {
  registrationOpensOn: null,
  registrationClosesOn: null,
  judgingEndsOn: null,
  completedBy: null,
  deadlinePhrase: null,
};
