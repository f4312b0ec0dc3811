/** One field's problem as the API reports it: `{ field, code, message }` with a Chinese message. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * What went wrong, as the API says it: a stable code (NOT_ELIGIBLE, VOTE_LIMIT_REACHED …), its
 * Chinese message, and per-field problems. NETWORK when the phone could not reach the server.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldProblem[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The message for one field (e.g. "phone"), if the API named it. */
  fieldMessage(field: string): string | undefined {
    return this.fieldErrors.find((problem) => problem.field === field)?.message;
  }
}

export const networkErrorCode = "NETWORK";

/** Anything a request threw, as an ApiError (INTERNAL when it was not one). */
export function asApiError(failure: unknown): ApiError {
  return failure instanceof ApiError ? failure : new ApiError("INTERNAL", String(failure));
}

/**
 * Whether a sending may have reached the server (no connection, a server fault): a retry then
 * keeps its idempotency key; a refusal wrote nothing, so the corrected form sends a new one.
 */
export function mayHaveArrived(error: ApiError): boolean {
  return error.code === "NETWORK" || error.code === "SERVER" || error.code === "INTERNAL";
}
