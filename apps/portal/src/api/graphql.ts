import { currentSession, signedOut } from "../account/session.ts";
import { ApiError, type FieldProblem, networkErrorCode } from "./api-error.ts";

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fieldErrors?: FieldProblem[] } }[];
}

/**
 * Sends one GraphQL operation to /graphql with the signed-in worker's token. Resolves with the
 * data, or rejects with an ApiError carrying the API's code and Chinese message. An expired sign-in
 * signs the phone out, so the page can ask to sign in again.
 */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { signal?: AbortSignal } = {},
): Promise<T> {
  const session = currentSession();
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(networkErrorCode, "");
  }
  let answer: GraphQLAnswer<T>;
  try {
    answer = (await response.json()) as GraphQLAnswer<T>;
  } catch {
    throw new ApiError(response.status >= 500 ? "SERVER" : networkErrorCode, "");
  }
  const first = answer.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? "INTERNAL";
    if (code === "UNAUTHENTICATED" && session) signedOut();
    throw new ApiError(code, first.message, first.extensions?.fieldErrors ?? []);
  }
  if (!answer.data) throw new ApiError("SERVER", "");
  return answer.data;
}

/** A fresh key for a write that may be retried (registering, voting): the API applies it once. */
export function idempotencyKey(): string {
  // randomUUID exists only on https and localhost; a phone on the office network may use plain http.
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
