import { HttpError } from "react-admin";
import { readToken } from "../authProvider/session.ts";
import { type ApiGraphqlError, httpErrorFromGraphqlErrors, transportErrorMessage } from "./graphqlErrors.ts";

export const graphqlEndpoint = "/graphql";

/**
 * fetch for GraphQL requests: adds the bearer token and, when the API answers a non-2xx status
 * with GraphQL errors in the body (e.g. 401 UNAUTHENTICATED), hands them to Apollo as a normal
 * GraphQL response. Apollo would otherwise report a bare network error and drop the API's code
 * and Chinese message. The status is kept in `extensions.httpStatus`.
 */
export async function graphqlFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  const token = readToken();
  if (token) headers.set("Authorization", `Bearer ${token}`);
  const response = await fetch(input, { ...init, headers });
  if (response.ok) return response;

  const text = await response.text();
  const errors = graphqlErrorsIn(text);
  if (!errors) return new Response(text, { status: response.status, statusText: response.statusText });
  const body = {
    errors: errors.map((error) => ({ ...error, extensions: { httpStatus: response.status, ...error.extensions } })),
  };
  return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
}

function graphqlErrorsIn(text: string): ApiGraphqlError[] | null {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== "object" || body === null || !("errors" in body)) return null;
    return Array.isArray(body.errors) && body.errors.length > 0 ? (body.errors as ApiGraphqlError[]) : null;
  } catch {
    return null;
  }
}

/** One GraphQL operation outside the data provider (login, the signed-in user). */
export async function requestGraphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await graphqlFetch(graphqlEndpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new HttpError(transportErrorMessage, 503);
  }
  let body: { data?: T | null; errors?: ApiGraphqlError[] };
  try {
    body = await response.json();
  } catch {
    throw new HttpError(transportErrorMessage, response.status);
  }
  if (body.errors && body.errors.length > 0) throw httpErrorFromGraphqlErrors(body.errors);
  if (!response.ok || body.data == null) throw new HttpError(transportErrorMessage, response.status);
  return body.data;
}
