import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressOf } from "../http/client-address.ts";

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  } as unknown as IncomingMessage;
}

// The address the per-IP ballot limit counts by.
describe("clientAddressOf", () => {
  it("uses the socket address by default, ignoring X-Forwarded-For a client may forge", () => {
    expect(clientAddressOf(request("203.0.113.7", "198.51.100.1"))).toBe("203.0.113.7");
    expect(clientAddressOf(request("::ffff:203.0.113.7"))).toBe("203.0.113.7");
    expect(clientAddressOf(request("2001:DB8::1"))).toBe("2001:db8::1");
  });

  it("behind trusted proxies, reads X-Forwarded-For that many entries from the right", () => {
    // The client wrote "1.1.1.1"; nginx appended the address it saw (198.51.100.9).
    expect(clientAddressOf(request("10.0.0.2", "1.1.1.1, 198.51.100.9"), 1)).toBe("198.51.100.9");
    expect(clientAddressOf(request("10.0.0.2", "198.51.100.9, 10.0.0.1"), 2)).toBe("198.51.100.9");
    // Fewer entries than proxies: the leftmost there is; no header at all: the socket.
    expect(clientAddressOf(request("10.0.0.2", "198.51.100.9"), 2)).toBe("198.51.100.9");
    expect(clientAddressOf(request("10.0.0.2"), 1)).toBe("10.0.0.2");
  });
});
