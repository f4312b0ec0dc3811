import { HttpError } from "react-admin";

/** A field's problem as the API reports it in `extensions.fieldErrors`. */
export interface ApiFieldError {
  field: string;
  code: string;
  message: string;
}

/** The part of a GraphQL error the panel relies on. */
export interface ApiGraphqlError {
  message: string;
  extensions?: {
    code?: string;
    fieldErrors?: ApiFieldError[];
    /** Set by `graphqlFetch` when the API answered with a non-2xx status. */
    httpStatus?: number;
  };
}

/** Shown when the server cannot be reached or answers with something that is not GraphQL. */
export const transportErrorMessage = "ra.notification.http_error";

const statusOfCode: Record<string, number> = {
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  INTERNAL: 500,
};

/**
 * Turns the API's GraphQL errors into the error react-admin understands. The user sees the API's
 * Chinese message; field errors go into `body.errors` (react-admin's server-side validation
 * shape) so each appears under its input, and `root.serverError` becomes the notification.
 */
export function httpErrorFromGraphqlErrors(errors: readonly ApiGraphqlError[]): HttpError {
  const first = errors[0];
  if (!first) return new HttpError(transportErrorMessage, 500);
  const code = first.extensions?.code ?? "INTERNAL";
  const status = statusOfCode[code] ?? first.extensions?.httpStatus ?? 409;
  const fieldErrors = errors.flatMap((error) => error.extensions?.fieldErrors ?? []);
  if (fieldErrors.length === 0) return new HttpError(first.message, status, { code });

  const byField: Record<string, string> = {};
  for (const { field, message } of fieldErrors) {
    byField[field] = byField[field] ? `${byField[field]}；${message}` : message;
  }
  const serverError =
    fieldErrors.length > 1
      ? `${first.message}：${fieldErrors.map((error) => error.message).join("；")}`
      : first.message;
  return new HttpError(first.message, status === 409 ? 400 : status, {
    code,
    errors: { ...byField, root: { serverError } },
  });
}

interface ApolloErrorLike {
  graphQLErrors?: readonly ApiGraphqlError[];
}

/**
 * Maps what ra-data-graphql rejects with (an HttpError whose body is Apollo's error, or a bare
 * network failure) to an HttpError carrying the API's message, code and field errors.
 */
export function toHttpError(error: unknown): unknown {
  if (!(error instanceof HttpError)) return error;
  const body = error.body as ApolloErrorLike | undefined;
  if (body?.graphQLErrors && body.graphQLErrors.length > 0) return httpErrorFromGraphqlErrors(body.graphQLErrors);
  if (body && typeof body === "object" && "code" in body) return error;
  // A network failure: Apollo's English text means nothing to the user.
  return new HttpError(transportErrorMessage, error.status || 503);
}

/** True when the error says the session is missing or over, so the panel must log out. */
export function isAuthenticationError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { status, body } = error as { status?: number; body?: { code?: string } };
  return status === 401 || body?.code === "UNAUTHENTICATED";
}
