import type { RequestHandler } from "express";

/** Headers every answer carries: no sniffing, no framing, no referrer leaking paths. */
export const securityHeaders: RequestHandler = (_request, response, next) => {
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("X-Frame-Options", "DENY");
  response.setHeader("Referrer-Policy", "same-origin");
  next();
};
