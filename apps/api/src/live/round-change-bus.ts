import { EventEmitter } from "node:events";
import { Redis } from "ioredis";
import type { Logger } from "../logger.ts";

/**
 * Carries "this round changed" between API instances. The message is only the round's id: every
 * instance recomputes the scoreboard from the database itself, so nothing sensitive travels and a
 * lost message is repaired by the next one.
 */
export interface RoundChangeBus {
  publish(roundId: number): Promise<void>;
  /** Calls `listener` for every change published on any instance; returns the unsubscribe. */
  subscribe(listener: (roundId: number) => void): () => void;
  close(): Promise<void>;
}

/** One instance: the change goes straight to this process's listeners. */
export function createMemoryBus(): RoundChangeBus {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  return {
    async publish(roundId) {
      events.emit("round", roundId);
    },
    subscribe(listener) {
      events.on("round", listener);
      return () => events.off("round", listener);
    },
    async close() {
      events.removeAllListeners();
    },
  };
}

export const roundChangeChannel = "jinzhou:live:round-changed";

/**
 * Several instances: Redis pub/sub on one channel. A subscribed connection can do nothing else,
 * so publishing uses a second one. Connection problems are logged, never thrown into a request:
 * a score is saved whether or not the screens hear of it at once.
 */
export async function createRedisBus(url: string, log: Logger): Promise<RoundChangeBus> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true } as const;
  const publisher = new Redis(url, options);
  const subscriber = new Redis(url, options);
  for (const [role, connection] of [
    ["publisher", publisher],
    ["subscriber", subscriber],
  ] as const) {
    connection.on("error", (error: Error) => log.warn("redis connection error", { role, error: error.message }));
  }
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(roundChangeChannel);
  const local = createMemoryBus();
  subscriber.on("message", (channel: string, message: string) => {
    const roundId = Number(message);
    if (channel === roundChangeChannel && Number.isSafeInteger(roundId) && roundId > 0) void local.publish(roundId);
  });
  return {
    async publish(roundId) {
      try {
        await publisher.publish(roundChangeChannel, String(roundId));
      } catch (error) {
        log.warn("live results not published", { roundId, error: (error as Error).message });
      }
    },
    subscribe: (listener) => local.subscribe(listener),
    async close() {
      await local.close();
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
