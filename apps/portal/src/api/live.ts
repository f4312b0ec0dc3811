import type { Client } from "graphql-ws";
import { currentSession } from "../account/session.ts";

let client: Promise<Client> | undefined;

/** One WebSocket per tab to /graphql (graphql-ws), opened the first time a live page needs it. */
function liveClient(): Promise<Client> {
  client ??= import("graphql-ws").then(({ createClient }) =>
    createClient({
      url: `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/graphql`,
      connectionParams: () => {
        const session = currentSession();
        return session ? { authorization: `Bearer ${session.token}` } : {};
      },
      // A phone that loses the network for a moment comes back to the live page by itself.
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      lazy: true,
    }),
  );
  return client;
}

/**
 * Subscribes to a GraphQL subscription; `onData` gets every pushed answer, `onError` the first
 * error's message, `onConnection` each time the socket connects or drops (it retries by itself).
 * Returns the function that stops it (call it when the page closes).
 */
export function subscribe<T>(
  query: string,
  variables: Record<string, unknown>,
  handlers: { onData(data: T): void; onError(message: string): void; onConnection?(connected: boolean): void },
): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  liveClient().then(
    (live) => {
      if (stopped) return;
      const { onConnection } = handlers;
      const listeners = onConnection
        ? [live.on("connected", () => onConnection(true)), live.on("closed", () => onConnection(false))]
        : [];
      const unsubscribe = live.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors?.length) handlers.onError(result.errors[0]?.message ?? "");
            else if (result.data) handlers.onData(result.data as T);
          },
          error: (error) => handlers.onError(error instanceof Error ? error.message : ""),
          complete: () => {},
        },
      );
      stop = () => {
        for (const off of listeners) off();
        unsubscribe();
      };
    },
    (error: unknown) => handlers.onError(String(error)),
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
