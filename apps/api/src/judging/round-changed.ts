import type { Context } from "../context.ts";

/**
 * Called after every change to a round's scores or results has been committed: a score sheet
 * submitted or unlocked, a round closed. This is where live results (the big-screen subscription)
 * is published: every API instance (through Redis when REDIS_URL is set) recomputes the round's
 * scoreboard from the database and pushes it to its subscribers (live/live-results.ts). Publishing
 * never fails the caller: a lost message is repaired by the next change.
 */
export async function afterRoundChanged(context: Context, roundId: number): Promise<void> {
  try {
    await context.live.roundChanged(roundId);
  } catch (error) {
    context.log.warn("live results not published", { roundId, error: (error as Error).message });
  }
}
