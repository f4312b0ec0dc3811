import { createContext, useContext } from "react";
import { type GraphqlQueryState, useGraphqlQuery } from "../dataProvider/useGraphqlQuery.ts";

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

export type GraphqlData<T> = GraphqlQueryState<T>;

/** One GraphQL query, read again whenever its variables or the desk's version change; `skip` asks nothing. */
export function useGraphqlData<T>(query: string, variables: Record<string, unknown>, skip = false): GraphqlData<T> {
  const { version } = useDeskRefresh();
  return useGraphqlQuery<T>(query, skip ? null : variables, version);
}
