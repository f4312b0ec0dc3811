import type { Reason } from "../errors.ts";

/**
 * What a tournament rule gives back: the value, or every reason it was refused (never only the
 * first), so that an organizer can correct a whole score sheet or draw sheet in one pass.
 */
export type TournamentOutcome<T> = { ok: true; value: T } | { ok: false; reasons: Reason[] };
