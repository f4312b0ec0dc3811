import { useEffect, useState } from "react";

export interface Loaded<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` when `key` changes (or on `reload`) and keeps its answer; a late answer to an
 * older key is dropped. `key` null means "not yet": nothing is loaded.
 */
export function useLoad<T>(load: () => Promise<T>, key: string | null): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(false);
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for what `load` depends on; `generation` forces a reload.
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setLoading(true);
    load()
      .then((answer) => {
        if (!current) return;
        setData(answer);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (!current) return;
        setError(failure instanceof Error ? failure : new Error(String(failure)));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [key, generation]);

  return { data, error, loading, reload: () => setGeneration((value) => value + 1) };
}
