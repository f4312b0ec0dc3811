import { useCallback, useEffect, useState } from "react";

export interface Loaded<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  /** Loads again (after a change), keeping the data shown meanwhile. */
  reload: () => void;
}

export interface LoadedOptions {
  /** Forget the last answer when a load fails (by default it stays on screen beside the error). */
  dropDataOnError?: boolean;
}

/**
 * Runs `load` when `key` changes and on `reload()`; an answer that arrives after a newer request
 * started is dropped, so a slow answer never overwrites a fresh one. `key` null means "not yet":
 * nothing is loaded and the last answer is forgotten.
 */
export function useLoaded<T>(load: () => Promise<T>, key: string | null, options: LoadedOptions = {}): Loaded<T> {
  const { dropDataOnError = false } = options;
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(key !== null);
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is new on every render; `key` names what it loads and `generation` forces a reload.
  useEffect(() => {
    if (key === null) {
      setData(undefined);
      setError(null);
      setLoading(false);
      return;
    }
    let current = true;
    setLoading(true);
    load().then(
      (answer) => {
        if (!current) return;
        setData(answer);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        if (dropDataOnError) setData(undefined);
        setError(failure instanceof Error ? failure : new Error(String(failure)));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload };
}
