// A graphql-ws client for tests: subscribes and collects what the server pushes.
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

export interface Subscription<T> {
  /** Resolves with the next pushed result (data and errors), waiting up to `timeoutMs`. */
  next(
    timeoutMs?: number,
  ): Promise<{ data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }>;
  /** Resolves when nothing is pushed for `quietMs`: the number of results received meanwhile. */
  countFor(quietMs: number): Promise<number>;
  close(): Promise<void>;
}

export function wsClient(httpUrl: string, token?: string): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

export function subscribe<T>(client: Client, query: string, variables: Record<string, unknown>): Subscription<T> {
  type Result = Awaited<ReturnType<Subscription<T>["next"]>>;
  const received: Result[] = [];
  const waiting: ((result: Result) => void)[] = [];
  const deliver = (result: Result) => {
    const waiter = waiting.shift();
    if (waiter) waiter(result);
    else received.push(result);
  };
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => deliver(result as Result),
      error: (error) =>
        deliver({
          errors: Array.isArray(error)
            ? (error as Result["errors"])
            : [{ message: error instanceof Error ? error.message : String(error) }],
        }),
      complete: () => {},
    },
  );
  return {
    next(timeoutMs = 5000) {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`nothing pushed within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((result) => {
          clearTimeout(timer);
          resolve(result);
        });
      });
    },
    async countFor(quietMs) {
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      const count = received.length;
      received.length = 0;
      return count;
    },
    async close() {
      stop();
      await client.dispose();
    },
  };
}
