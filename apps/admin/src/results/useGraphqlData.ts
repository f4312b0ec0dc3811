import { createContext, useContext, useEffect, useState } from "react";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

/**
 * What the results desk shares: a counter that every section reads again on, and `changed()` to
 * bump it after a mutation, so the ranking, the notice, the objections and the certificates stay in step.
 */
export const DeskRefresh = createContext<{ version: number; changed: () => void }>({
  version: 0,
  changed: () => {},
});

export function useDeskRefresh() {
  return useContext(DeskRefresh);
}

export interface GraphqlData<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/** One GraphQL query, read again whenever its variables or the desk's version change. */
export function useGraphqlData<T>(query: string, variables: Record<string, unknown>, skip = false): GraphqlData<T> {
  const { version } = useDeskRefresh();
  const [state, setState] = useState<GraphqlData<T>>({ data: undefined, error: undefined, loading: !skip });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    // Read again on every change of the desk: `version` counts them.
    const reading = version;
    setState((previous) => ({ ...previous, loading: true }));
    requestGraphql<T>(query, JSON.parse(key)).then(
      (data) => {
        if (current && reading === version) setState({ data, error: undefined, loading: false });
      },
      (error: Error) => {
        if (current) setState({ data: undefined, error, loading: false });
      },
    );
    return () => {
      current = false;
    };
  }, [query, key, skip, version]);
  return state;
}
