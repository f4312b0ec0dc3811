import type { Database } from "@jinzhou/db";
import type { RequestHandler } from "express";

/** GET /healthz: the version and whether the database answers; 503 when it does not. */
export function healthz(database: Database, version: string): RequestHandler {
  return async (_request, response) => {
    const reachable = await database.isReachable();
    response.status(reachable ? 200 : 503).json({
      status: reachable ? "ok" : "unavailable",
      version,
      database: { provider: database.provider, reachable },
    });
  };
}
