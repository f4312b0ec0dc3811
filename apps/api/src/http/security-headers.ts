import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";

/** Headers every answer carries: no sniffing, no framing, no referrer leaking paths. */
export const securityHeaders: RequestHandler = (_request, response, next) => {
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("X-Frame-Options", "DENY");
  response.setHeader("Referrer-Policy", "same-origin");
  next();
};

/** A Host header that is a plain host name or address with an optional port, nothing else. */
const plainHost = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The Content-Security-Policy of the single-page apps (the admin panel, the workers' portal): their
 * own scripts and styles only (inline styles too: the admin's MUI injects them), images from this
 * origin, `data:` and `blob:` (a photo previewed before upload, an attachment shown after a signed-in
 * fetch), and connections to this origin, over WebSocket too for the live scoreboard (graphql-ws on
 * /graphql). WebSocket URLs are named with the request's host because older WebKit (WeChat on iOS)
 * does not let 'self' cover ws:/wss:.
 */
export function appContentSecurityPolicy(request: IncomingMessage): string {
  const host = request.headers.host ?? "";
  const sockets = plainHost.test(host) ? ` ws://${host} wss://${host}` : "";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "media-src 'self' blob:",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The app policy on every answer of a single-page app's router (its documents and its files). */
export const appSecurityHeaders: RequestHandler = (request, response, next) => {
  response.setHeader("Content-Security-Policy", appContentSecurityPolicy(request));
  next();
};
