import type { Actor } from "../roles.ts";
import type { RegistrationState } from "./registration-state.ts";

/** One registration or nomination in one category (组别/工种/项目) of an activity. */
export interface Registration {
  id: number;
  /**
   * 报名时间: when it was first submitted. A return and resubmission keep it, so a worker asked to
   * add a missing photo does not lose their turn on the waiting list.
   */
  registeredAt: Date;
  state: RegistrationState;
  /** The worker registered; null for an entry that is not one worker's (a team, a unit, a project). */
  workerId: number | null;
  /** The registrant's grassroots union (基层工会), or the unit itself for a unit's own entry. */
  unitPath: string;
}

/** What placing needs of a registration: its turn and its state. */
export type RegistrationPlaceFacts = Pick<Registration, "id" | "registeredAt" | "state">;

/** A signed-in user acting on registrations; `departmentCode` is an organizer's department. */
export interface RegistrationActor extends Actor {
  departmentCode: string | null;
}

/** The department that owns the activity: its organizers run the last step and late withdrawals. */
export interface RegistrationOwnerDepartment {
  code: string;
  name: string;
}

/** First come, first served: earlier 报名时间 first, and the smaller id when two arrive in the same instant. */
export function compareRegistrationOrder(
  a: Pick<Registration, "id" | "registeredAt">,
  b: Pick<Registration, "id" | "registeredAt">,
): number {
  return a.registeredAt.getTime() - b.registeredAt.getTime() || a.id - b.id;
}
