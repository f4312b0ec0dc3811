import type { RequestHandler } from "express";
import type { Logger } from "../logger.ts";

/**
 * One line per request: method, path without the query string (a GET query could carry
 * variables with personal data), status, duration and the GraphQL operation name. Never bodies.
 */
export function requestLog(log: Logger): RequestHandler {
  return (request, response, next) => {
    const started = process.hrtime.bigint();
    response.on("finish", () => {
      const body = request.body as { operationName?: unknown } | undefined;
      log.info("request", {
        method: request.method,
        path: request.originalUrl.split("?")[0],
        status: response.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
        ...(typeof body?.operationName === "string" ? { operation: body.operationName } : {}),
      });
    });
    next();
  };
}
