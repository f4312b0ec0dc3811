// GraphQL calls to the API under test, as another client (a unit admin, a worker's phone) would make them.

/** The password of every demo account. */
export const demoPassword = "jinzhou2015";

export type GraphqlCall = <T>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

/** A GraphQL caller for the server at baseUrl: returns `data`, throws the errors' messages. */
export function graphqlClient(baseUrl: string): GraphqlCall {
  return async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new Error(body.errors?.map((error) => error.message).join("; ") ?? "no data");
    }
    return body.data;
  };
}

/** Signs in over GraphQL with the demo password and returns the token. */
export async function signInOverGraphql(graphql: GraphqlCall, username: string): Promise<string> {
  const answer = await graphql<{ login: { token: string } }>(
    "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
    { u: username, p: demoPassword },
  );
  return answer.login.token;
}
