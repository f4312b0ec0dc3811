/**
 * What the desk shows of an API refusal: requestGraphql throws react-admin's HttpError with the
 * API's Chinese message and, for refusals with several reasons, every reason in
 * `body.errors.root.serverError`.
 */
interface ErrorLike {
  message?: unknown;
  body?: { code?: unknown; errors?: { root?: { serverError?: unknown } } } | null;
}

/** The full Chinese text of a refusal (every reason), or the message. */
export function refusalText(error: unknown): string {
  const { message, body } = (typeof error === "object" && error !== null ? error : {}) as ErrorLike;
  const full = body?.errors?.root?.serverError;
  if (typeof full === "string" && full !== "") return full;
  return typeof message === "string" ? message : String(error);
}

/** The API's error code, e.g. "STALE_VERSION", when it gave one. */
export function refusalCode(error: unknown): string | null {
  const { body } = (typeof error === "object" && error !== null ? error : {}) as ErrorLike;
  return typeof body?.code === "string" ? body.code : null;
}

/** Someone else changed the match since it was read (optimistic version). */
export const isStaleVersion = (error: unknown) => refusalCode(error) === "STALE_VERSION";
