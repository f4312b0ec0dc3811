import type { PrismaClient } from "@jinzhou/db";
import type { Logger } from "../logger.ts";
import type { RoundChangeBus } from "./round-change-bus.ts";
import { computeScoreboard, type Scoreboard } from "./scoreboard.ts";

/** A burst of score submissions within this many milliseconds recomputes a round's board once. */
export const liveDebounceMilliseconds = 100;

/** What use cases see on the context: "this round's scores changed". */
export interface LiveResultsPublisher {
  /** Tells every instance that the round changed; their subscribers get a fresh board. */
  roundChanged(roundId: number): Promise<void>;
}

export interface LiveResults extends LiveResultsPublisher {
  /** The round's board now, then after every change, until the consumer stops. */
  watch(roundId: number, signal?: AbortSignal): AsyncIterableIterator<Scoreboard>;
  close(): Promise<void>;
}

interface Watcher {
  push(board: Scoreboard): void;
}

/**
 * Per instance: the watchers of each round, and one debounced recomputation per round when the
 * bus says it changed. Rounds nobody watches here cost nothing.
 */
export function createLiveResults(prisma: PrismaClient, bus: RoundChangeBus, log: Logger): LiveResults {
  const watchers = new Map<number, Set<Watcher>>();
  const timers = new Map<number, NodeJS.Timeout>();

  const recompute = async (roundId: number) => {
    const audience = watchers.get(roundId);
    if (!audience || audience.size === 0) return;
    try {
      const board = await computeScoreboard(prisma, roundId);
      if (board) for (const watcher of audience) watcher.push(board);
    } catch (error) {
      log.error("live scoreboard not computed", { roundId, error: (error as Error).message });
    }
  };
  const unsubscribe = bus.subscribe((roundId) => {
    if (!watchers.has(roundId) || timers.has(roundId)) return;
    timers.set(
      roundId,
      setTimeout(() => {
        timers.delete(roundId);
        void recompute(roundId);
      }, liveDebounceMilliseconds),
    );
  });

  return {
    roundChanged: (roundId) => bus.publish(roundId),
    watch(roundId, signal) {
      const queue: Scoreboard[] = [];
      let wake: (() => void) | null = null;
      let done = false;
      const watcher: Watcher = {
        push(board) {
          // A slow screen only needs the newest board.
          queue.length = 0;
          queue.push(board);
          wake?.();
        },
      };
      const stop = () => {
        done = true;
        const audience = watchers.get(roundId);
        audience?.delete(watcher);
        if (audience?.size === 0) watchers.delete(roundId);
        wake?.();
      };
      signal?.addEventListener("abort", stop, { once: true });
      const audience = watchers.get(roundId) ?? new Set<Watcher>();
      audience.add(watcher);
      watchers.set(roundId, audience);
      const first = computeScoreboard(prisma, roundId);

      let firstTaken = false;
      const iterator: AsyncIterableIterator<Scoreboard> = {
        [Symbol.asyncIterator]: () => iterator,
        async next() {
          if (!done && !firstTaken) {
            firstTaken = true;
            const board = await first;
            if (board) return { value: board, done: false };
          }
          while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          const board = queue.shift();
          return board && !done ? { value: board, done: false } : { value: undefined, done: true };
        },
        async return() {
          stop();
          return { value: undefined, done: true };
        },
      };
      return iterator;
    },
    async close() {
      unsubscribe();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      watchers.clear();
      await bus.close();
    },
  };
}
