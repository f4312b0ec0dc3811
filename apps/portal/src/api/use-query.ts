import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiError, asApiError } from "./api-error.ts";
import { graphql } from "./graphql.ts";

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True until the first answer; a reload keeps showing the previous data. */
  loading: boolean;
  reload(): void;
}

/**
 * Reads once when the page opens and again whenever `variables` change (compared by value) or
 * `reload()` is called. `pollSeconds` refreshes quietly while the page is visible (live counts).
 * `skip` waits (e.g. until the user is signed in).
 */
export function useQuery<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { skip?: boolean; pollSeconds?: number } = {},
): QueryState<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: !options.skip });
  const [generation, setGeneration] = useState(0);
  const variablesKey = JSON.stringify(variables);
  const latest = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: variables are compared by their JSON text
  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    const run = latest.current + 1;
    latest.current = run;
    setState((previous) => ({ ...previous, loading: previous.data === undefined }));
    graphql<T>(query, JSON.parse(variablesKey) as Record<string, unknown>, { signal: controller.signal }).then(
      (data) => {
        if (latest.current === run) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted || latest.current !== run) return;
        const failure = asApiError(error);
        setState((previous) => ({ data: previous.data, error: failure, loading: false }));
      },
    );
    return () => controller.abort();
  }, [query, variablesKey, options.skip, generation]);

  useEffect(() => {
    if (!options.pollSeconds || options.skip) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") setGeneration((value) => value + 1);
    }, options.pollSeconds * 1000);
    return () => window.clearInterval(timer);
  }, [options.pollSeconds, options.skip]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export interface MutationState<V, T> {
  run(variables: V): Promise<T | undefined>;
  running: boolean;
  error: ApiError | undefined;
  clearError(): void;
}

/**
 * A write: `run` resolves with the data, or with undefined after keeping the ApiError in `error`
 * for the form to show. While it runs `running` is true, so a double tap does not send twice.
 */
export function useMutation<V extends Record<string, unknown>, T>(mutation: string): MutationState<V, T> {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError>();
  const busy = useRef(false);
  const run = useCallback(
    async (variables: V) => {
      if (busy.current) return undefined;
      busy.current = true;
      setRunning(true);
      setError(undefined);
      try {
        return await graphql<T>(mutation, variables);
      } catch (failure) {
        setError(asApiError(failure));
        return undefined;
      } finally {
        busy.current = false;
        setRunning(false);
      }
    },
    [mutation],
  );
  return { run, running, error, clearError: useCallback(() => setError(undefined), []) };
}
