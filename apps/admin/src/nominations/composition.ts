import type { LimitChange, LimitStatus } from "./nominationApi.ts";

/** How a limit stands, for its colour and its word: 符合, 已批准破例, 不符合. */
export type LimitStanding = "HOLDS" | "OVERRIDDEN" | "BREACHED";

export function standingOf(limit: Pick<LimitStatus, "holds" | "coveredByOverride">): LimitStanding {
  if (limit.holds) return "HOLDS";
  return limit.coveredByOverride ? "OVERRIDDEN" : "BREACHED";
}

/**
 * Which limits a candidate would break, most serious first: those that would newly break
 * (BREAKS) or stay broken (STAYS_BREACHED), each flagged `refused` when the API names it among the
 * refusals (the nomination would be refused without an override) rather than the warnings.
 */
export function brokenLimits(
  changes: readonly LimitChange[],
  refusals: readonly { message: string }[],
): { limitKey: string; name: string; effect: LimitChange["effect"]; refused: boolean }[] {
  return changes
    .filter((change) => change.effect === "BREAKS" || change.effect === "STAYS_BREACHED")
    .map((change) => ({
      limitKey: change.limitKey,
      name: change.name,
      effect: change.effect,
      refused: refusals.some((refusal) => refusal.message.includes(`「${change.name}」`)),
    }))
    .sort((a, b) => Number(b.refused) - Number(a.refused) || (a.effect === "BREAKS" ? -1 : 1));
}

/** Places of a quota as a share for a progress bar (0–100), never over 100. */
export function placesShare(used: number, allowed: number): number {
  if (allowed <= 0) return used > 0 ? 100 : 0;
  return Math.min(100, Math.round((100 * used) / allowed));
}
