import { useEffect, useState } from "react";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

export interface GraphqlQueryState<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  /** Asks again (after a change the answer depends on). */
  reload: () => void;
}

/**
 * One GraphQL query outside the data provider, asked again whenever `variables` change (compared
 * as JSON) or `reload` is called; a late answer to an older question is dropped. `null` variables
 * mean "not yet": nothing is asked.
 */
export function useGraphqlQuery<T>(query: string, variables: Record<string, unknown> | null): GraphqlQueryState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(false);
  const [generation, setGeneration] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `variables`; `generation` forces a reload.
  useEffect(() => {
    if (key === null) {
      setData(undefined);
      setError(null);
      setLoading(false);
      return;
    }
    let current = true;
    setLoading(true);
    requestGraphql<T>(query, JSON.parse(key) as Record<string, unknown>)
      .then((answer) => {
        if (!current) return;
        setData(answer);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (!current) return;
        setData(undefined);
        setError(failure instanceof Error ? failure : new Error(String(failure)));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [query, key, generation]);

  return { data, error, loading, reload: () => setGeneration((value) => value + 1) };
}
