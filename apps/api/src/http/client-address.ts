import type { IncomingMessage } from "node:http";

/**
 * The address a request came from, for per-address limits (ballots per IP per day). By default the
 * socket's peer: a client cannot choose it. Behind `trustedProxyHops` reverse proxies (nginx, a
 * load balancer) the peer is the nearest proxy, so the address is read from X-Forwarded-For,
 * counting that many entries from the right: each trusted proxy appends the address it saw, and
 * entries further left were written by the client and may be forged. IPv4 mapped into IPv6
 * ("::ffff:1.2.3.4") is given as plain IPv4, so one client never counts under two spellings.
 */
export function clientAddressOf(request: IncomingMessage, trustedProxyHops = 0): string {
  const peer = normalized(request.socket.remoteAddress ?? "");
  if (trustedProxyHops <= 0) return peer || "unknown";
  const header = request.headers["x-forwarded-for"];
  const entries = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => normalized(entry))
    .filter((entry) => entry !== "");
  const forwarded = entries[entries.length - trustedProxyHops] ?? entries[0];
  return forwarded ?? (peer || "unknown");
}

function normalized(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}
