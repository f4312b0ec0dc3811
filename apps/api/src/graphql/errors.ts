import { unwrapResolverError } from "@apollo/server/errors";
import { DomainError, errorMessages } from "@jinzhou/domain";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger.ts";

// Apollo's own codes for requests that are malformed before any resolver runs.
const requestErrorCodes = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * Every error leaves with a stable `extensions.code` and a Chinese message. Domain errors keep
 * their code and field errors; malformed requests say so with the parser's detail; anything
 * unexpected is logged (redacted) and shown as a generic message, never with internals.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // A refusal raised before execution (the cost limit) carries its DomainError without a path.
    const original =
      unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError
        ? unwrapped.originalError
        : unwrapped;
    if (original instanceof DomainError) {
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: {
          code: original.code,
          ...(original.fieldErrors.length > 0 ? { fieldErrors: original.fieldErrors } : {}),
        },
      };
    }
    const code = String(formatted.extensions?.code ?? "");
    if (requestErrorCodes.has(code)) {
      return {
        message: `${errorMessages.BAD_REQUEST}：${formatted.message}`,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code },
      };
    }
    log.error("unexpected error", {
      path: formatted.path?.join("."),
      error: original instanceof Error ? `${original.name}: ${original.message}` : String(original),
    });
    return {
      message: errorMessages.INTERNAL,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL" },
    };
  };
}
