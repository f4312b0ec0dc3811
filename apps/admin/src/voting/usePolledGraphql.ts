import { useCallback, useEffect, useRef, useState } from "react";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

export interface Polled<T> {
  data: T | undefined;
  error: Error | undefined;
  /** Reads again now (after a change made on the page). */
  reload: () => void;
  /** When the data shown was read. */
  readAt: Date | undefined;
}

/**
 * One GraphQL query read on mount, on `reload()`, and every `intervalMs` while the page is visible
 * (live tallies without a subscription). A slow answer never overwrites a newer one.
 */
export function usePolledGraphql<T>(
  query: string,
  variables: Record<string, unknown>,
  intervalMs: number,
  skip = false,
): Polled<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; readAt?: Date }>({});
  const key = JSON.stringify(variables);
  const sequence = useRef(0);

  const read = useCallback(() => {
    const mine = ++sequence.current;
    requestGraphql<T>(query, JSON.parse(key)).then(
      (data) => {
        if (mine === sequence.current) setState({ data, error: undefined, readAt: new Date() });
      },
      (error: Error) => {
        if (mine === sequence.current) setState((previous) => ({ ...previous, error }));
      },
    );
  }, [query, key]);

  useEffect(() => {
    if (skip) return;
    read();
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") read();
    }, intervalMs);
    return () => {
      clearInterval(timer);
      sequence.current++;
    };
  }, [read, intervalMs, skip]);

  return { data: state.data, error: state.error, readAt: state.readAt, reload: read };
}
