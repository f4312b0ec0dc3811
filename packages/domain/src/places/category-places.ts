import type { Reason } from "../errors.ts";
import { compareRegistrationOrder, type RegistrationPlaceFacts } from "./registration.ts";
import type { RegistrationState } from "./registration-state.ts";

/**
 * Who holds a category's places and who waits (候补), decided over the category's registrations.
 *
 * A registration competes for a place once the approval chain has said yes (已通过): a place is
 * never held for a registration that may still be refused, and nobody waiting has to be reviewed
 * again when promoted. So:
 * - confirmed places (已确认) are never taken back, not even when the organizer lowers the capacity
 *   below the number already confirmed; the category is then over-full and nobody is promoted until
 *   the confirmed count falls below the new capacity;
 * - while places are free, approved registrations are confirmed in registration order;
 * - the rest wait, in registration order (报名时间, then id): "候补第 N 位". A registration approved
 *   later but submitted earlier therefore joins the list ahead of later registrants, whose positions
 *   move down by one; the place itself went to whoever was approved while it was free;
 * - when a place frees up (a withdrawal, a rejection, a higher capacity) the earliest waiting
 *   registration is promoted, unless the caller reports it as no longer eligible: it is then held
 *   back in its turn on the list for the organizer to decide (未通过 with a reason), and the next
 *   one is promoted instead.
 *
 * Settling is idempotent, so the API can settle after every change inside the same transaction.
 */

export interface RegistrationPlaceChange {
  registrationId: number;
  before: RegistrationState;
  after: RegistrationState;
}

/** A waiting registration passed over for a place because it no longer passes eligibility. */
export interface HeldBackRegistration {
  registrationId: number;
  reasons: readonly Reason[];
}

export interface CategoryPlacesOptions {
  /**
   * Registrations the caller has just rechecked and found no longer eligible (an honour received,
   * a transfer out of the subtree …), with the reasons from checkEligibility.
   */
  ineligible?: ReadonlyMap<number, readonly Reason[]>;
}

export interface CategoryPlaces<R extends RegistrationPlaceFacts> {
  /** Every registration of the category with its settled state, in registration order. */
  registrations: R[];
  /** Only the registrations whose state changed. */
  changes: RegistrationPlaceChange[];
  capacity: number | null;
  confirmedCount: number;
  /** Places still free; null when the category has no limit. */
  freePlaces: number | null;
  /** Confirmed entrants beyond the capacity, after it was lowered below them (0 otherwise). */
  overCapacity: number;
  /** Registration id → waiting position, 1 … k without gaps, in registration order. */
  waitingPositions: ReadonlyMap<number, number>;
  heldBack: HeldBackRegistration[];
}

export function settleCategoryPlaces<R extends RegistrationPlaceFacts>(
  registrations: readonly R[],
  capacity: number | null,
  options: CategoryPlacesOptions = {},
): CategoryPlaces<R> {
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1)) {
    throw new RangeError(`capacity must be a positive integer or null, got ${capacity}`);
  }
  if (new Set(registrations.map((registration) => registration.id)).size !== registrations.length) {
    throw new RangeError("registration ids must be unique within a category");
  }
  const ineligible = options.ineligible ?? new Map<number, readonly Reason[]>();
  const ordered = [...registrations].sort(compareRegistrationOrder);
  const confirmedBefore = ordered.filter((registration) => registration.state === "CONFIRMED").length;
  let free = capacity === null ? Number.POSITIVE_INFINITY : Math.max(0, capacity - confirmedBefore);

  const heldBack: HeldBackRegistration[] = [];
  const settled = ordered.map((registration): R => {
    if (registration.state !== "APPROVED" && registration.state !== "WAITLISTED") return registration;
    const reasons = ineligible.get(registration.id);
    let state: RegistrationState = "WAITLISTED";
    if (reasons !== undefined) heldBack.push({ registrationId: registration.id, reasons });
    else if (free > 0) {
      state = "CONFIRMED";
      free -= 1;
    }
    return state === registration.state ? registration : { ...registration, state };
  });

  const changes = settled.flatMap((after, index): RegistrationPlaceChange[] => {
    const before = ordered[index]?.state;
    return before === undefined || before === after.state
      ? []
      : [{ registrationId: after.id, before, after: after.state }];
  });
  const confirmedCount = settled.filter((registration) => registration.state === "CONFIRMED").length;
  return {
    registrations: settled,
    changes,
    capacity,
    confirmedCount,
    freePlaces: capacity === null ? null : Math.max(0, capacity - confirmedCount),
    overCapacity: capacity === null ? 0 : Math.max(0, confirmedCount - capacity),
    waitingPositions: waitingListPositions(settled),
    heldBack,
  };
}

/** Waiting positions as the list stands: 候补第 1 位 is the earliest registration still waiting. */
export function waitingListPositions(registrations: readonly RegistrationPlaceFacts[]): Map<number, number> {
  const waiting = registrations.filter((registration) => registration.state === "WAITLISTED");
  waiting.sort(compareRegistrationOrder);
  return new Map(waiting.map((registration, index) => [registration.id, index + 1]));
}
