import { useEffect, useRef, useState } from "react";
import { type ApiError, asApiError } from "../api/api-error.ts";
import { graphql } from "../api/graphql.ts";
import { subscribe } from "../api/live.ts";
import { changedEntries, type Scoreboard, scoreboardQuery, scoreboardSubscription } from "./scoreboard.ts";

/**
 * How the board stays current: pushed over the WebSocket (live), waiting for it to come back
 * (reconnecting), or read again every 10 s because the network lets no WebSocket through (polling).
 */
export type LiveConnection = "connecting" | "live" | "reconnecting" | "polling";

/** Some networks (office proxies, a few mobile carriers) never let the socket through: poll after this long without it. */
const socketGraceMs = 8_000;
const pollMs = 10_000;
/** How long a row keeps its 刚刚更新 mark. */
const highlightMs = 8_000;

export interface LiveScoreboard {
  board: Scoreboard | undefined;
  error: ApiError | undefined;
  connection: LiveConnection;
  /** Entries that changed in the last few seconds. */
  changed: Set<string>;
  reload(): void;
}

/** The board read once, then pushed by the roundScoreboard subscription, with polling as the fallback. */
export function useLiveScoreboard(roundId: string): LiveScoreboard {
  const [board, setBoard] = useState<Scoreboard>();
  const [error, setError] = useState<ApiError>();
  const [connection, setConnection] = useState<LiveConnection>("connecting");
  const [changed, setChanged] = useState<Set<string>>(new Set());
  const [generation, setGeneration] = useState(0);
  const latest = useRef<Scoreboard | undefined>(undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation restarts everything on 重试
  useEffect(() => {
    let closed = false;
    let socketUp = false;
    let pollTimer: number | undefined;
    let graceTimer: number | undefined;
    let highlightTimer: number | undefined;
    latest.current = undefined;
    setBoard(undefined);
    setError(undefined);
    setConnection("connecting");

    const show = (next: Scoreboard) => {
      if (closed) return;
      const fresh = changedEntries(latest.current, next);
      latest.current = next;
      setBoard(next);
      setError(undefined);
      if (fresh.size > 0) {
        setChanged(fresh);
        window.clearTimeout(highlightTimer);
        highlightTimer = window.setTimeout(() => setChanged(new Set()), highlightMs);
      }
    };
    const read = () =>
      graphql<{ roundScoreboard: Scoreboard }>(scoreboardQuery, { roundId }).then(
        (data) => show(data.roundScoreboard),
        (failure: unknown) => {
          if (closed) return;
          setError(asApiError(failure));
        },
      );
    const stopPolling = () => {
      window.clearInterval(pollTimer);
      pollTimer = undefined;
    };
    const startPolling = () => {
      if (closed || socketUp || pollTimer !== undefined) return;
      setConnection("polling");
      pollTimer = window.setInterval(() => {
        if (document.visibilityState === "visible") void read();
      }, pollMs);
    };
    // One grace period from the first failure: the client's own retries (each a new failure) do not extend it.
    const awaitSocket = () => {
      if (graceTimer !== undefined) return;
      graceTimer = window.setTimeout(() => {
        graceTimer = undefined;
        startPolling();
      }, socketGraceMs);
    };
    const socketConnected = () => {
      if (closed) return;
      socketUp = true;
      window.clearTimeout(graceTimer);
      graceTimer = undefined;
      stopPolling();
      setConnection("live");
    };
    const socketLost = () => {
      if (closed) return;
      socketUp = false;
      if (pollTimer === undefined) setConnection("reconnecting");
      awaitSocket();
    };

    void read();
    awaitSocket();
    const stop = subscribe<{ roundScoreboard: Scoreboard }>(
      scoreboardSubscription,
      { roundId },
      {
        onData: (data) => {
          socketConnected();
          show(data.roundScoreboard);
        },
        onError: (message) => {
          // A refusal over the socket (no such round, not yet public): the read above says it with its code.
          if (!latest.current && message) void read();
        },
        onConnection: (connected) => (connected ? socketConnected() : socketLost()),
      },
    );
    return () => {
      closed = true;
      stop();
      stopPolling();
      window.clearTimeout(graceTimer);
      window.clearTimeout(highlightTimer);
    };
  }, [roundId, generation]);

  return { board, error, connection, changed, reload: () => setGeneration((value) => value + 1) };
}
