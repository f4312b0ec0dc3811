import { requestGraphql } from "./graphqlFetch.ts";
import { type Loaded, useLoaded } from "./useLoaded.ts";

export type GraphqlQueryState<T> = Loaded<T>;

/**
 * One GraphQL query outside the data provider, asked again whenever `variables` change (compared
 * as JSON), `version` changes or `reload` is called; a late answer to an older question is dropped.
 * `null` variables mean "not yet": nothing is asked. A failed answer forgets the previous one.
 */
export function useGraphqlQuery<T>(
  query: string,
  variables: Record<string, unknown> | null,
  version = 0,
): GraphqlQueryState<T> {
  const asked = variables === null ? null : JSON.stringify(variables);
  return useLoaded(
    () => requestGraphql<T>(query, JSON.parse(asked ?? "{}") as Record<string, unknown>),
    asked === null ? null : `${query}\n${asked}\n${version}`,
    { dropDataOnError: true },
  );
}
