import type { IncomingMessage } from "node:http";
import { clientAddressOf } from "./client-address.ts";

/**
 * The client's address for rate limits (sign-in throttle, votes per IP): the socket's peer, or,
 * only with `TRUST_PROXY=true` (one trusted reverse proxy in front), the address that proxy
 * appended to `X-Forwarded-For`. Without it the header is ignored, so a client cannot choose its
 * own address. Requests handled by GraphQL carry it already as `context.clientAddress`.
 */
export function clientIpOf(request: IncomingMessage, trustProxy = false): string {
  return clientAddressOf(request, trustProxy ? 1 : 0);
}
