import type { PortalCategory } from "../api/portal-activity.ts";

/** One reason the API gives for not letting the worker enter a category (code + Chinese message). */
export interface EntryReason {
  code: string;
  message: string;
}

/** `Activity.myEntryOptions[]`: may the signed-in worker enter this category now, and if not why. */
export interface EntryOption {
  categoryId: string;
  canRegister: boolean;
  needsTeammates: boolean;
  registrationId: string | null;
  reasons: EntryReason[];
}

/** Entries are taken now: 报名中 and the deadline (a China day, inclusive) not passed; `daysLeft` from daysUntil. */
export function takesEntriesNow(state: string, daysLeft: number | null): boolean {
  return state === "REGISTRATION_OPEN" && (daysLeft === null || daysLeft >= 0);
}

/** What a category's card offers the person looking at it. */
export type CategoryAction =
  /** 报名: the worker may enter now (alone, with a partner or with a team). */
  | { kind: "register" }
  /** 申报项目: a project category the worker may declare in. */
  | { kind: "declare" }
  /** The worker already holds a live entry here: its state and a link to it. */
  | { kind: "entered"; registrationId: string; otherReasons: EntryReason[] }
  /** The worker may not enter: every reason, in the API's words. */
  | { kind: "blocked"; reasons: EntryReason[] }
  /** Nobody signed in, the category takes workers' own entries: sign in to register. */
  | { kind: "signIn" }
  /** Signed in with an account that is not a worker's (an admin on their phone). */
  | { kind: "notWorker" }
  /** Entries come only through the worker's union. */
  | { kind: "unitOnly" }
  /** Registration is not open (not yet, or past the deadline). */
  | { kind: "closed" }
  /** A worker whose options have not come (still loading, or the request failed). */
  | { kind: "unknown" };

// Reasons that only repeat that the worker is already entered in this very category.
const alreadyHereCodes = new Set(["ALREADY_REGISTERED", "ALREADY_ENTERED_CATEGORY"]);

/**
 * Decides what a category offers: the worker's own option (from myEntryOptions) when signed in as
 * a worker, else what the public page says (sign in, union only, closed).
 */
export function categoryAction(input: {
  category: Pick<PortalCategory, "entrantType" | "selfRegistration">;
  /** The worker's option for this category; undefined when not signed in as a worker. */
  option: EntryOption | undefined;
  signedIn: boolean;
  isWorker: boolean;
  /** The activity takes entries right now: 报名中 and the deadline not passed (takesEntriesNow). */
  open: boolean;
}): CategoryAction {
  const { category, option } = input;
  // Once registration is over, "报名已截止" on every category says nothing new: only entries show.
  if (option && (input.open || option.registrationId !== null)) {
    if (option.registrationId !== null) {
      return {
        kind: "entered",
        registrationId: option.registrationId,
        otherReasons: option.reasons.filter((reason) => !alreadyHereCodes.has(reason.code)),
      };
    }
    if (option.canRegister) return { kind: category.entrantType === "PROJECT" ? "declare" : "register" };
    return { kind: "blocked", reasons: option.reasons };
  }
  if (!category.selfRegistration && category.entrantType !== "PROJECT") return { kind: "unitOnly" };
  if (!input.open) return { kind: "closed" };
  if (!input.signedIn) return { kind: "signIn" };
  return input.isWorker ? { kind: "unknown" } : { kind: "notWorker" };
}

export type PlacesState =
  | { kind: "unlimited" }
  | { kind: "left"; placesLeft: number; capacity: number }
  | { kind: "full"; waitingCount: number };

/** How full a category is: places left of its capacity, or full with N on the waiting list (候补). */
export function placesState(category: Pick<PortalCategory, "capacity" | "placesLeft" | "waitingCount">): PlacesState {
  if (category.capacity === null || category.placesLeft === null) return { kind: "unlimited" };
  if (category.placesLeft > 0) return { kind: "left", placesLeft: category.placesLeft, capacity: category.capacity };
  return { kind: "full", waitingCount: category.waitingCount };
}
