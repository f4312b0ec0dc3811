import { createHmac } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";

const issuer = "jinzhou-worker-activities";
/** How long a token stays valid unless TOKEN_TTL says otherwise. */
export const defaultTokenLifetime = "12h";

export interface TokenIssuer {
  issue(userId: number): Promise<string>;
  /** The user id a token names, or null when it is forged, expired or malformed. */
  verify(token: string): Promise<number | null>;
  /**
   * A short-lived token for another purpose than signing in (e.g. "voter-phone"), signed with the
   * same secret. It never passes `verify`, and `verifyFor` accepts it only for its own purpose.
   */
  issueFor(purpose: string, claims: Record<string, string>, lifetimeSeconds: number): Promise<string>;
  /** The claims of a token issued for `purpose`, or null when forged, expired or for another purpose. */
  verifyFor(purpose: string, token: string): Promise<Record<string, unknown> | null>;
  /** HMAC-SHA256 under the secret (hex): binds a value to a token without storing or revealing it. */
  digest(text: string): string;
}

/** Tokens signed with HS256 that expire after `lifetime` ("12h", "30m", "7d"). */
export function createTokenIssuer(secret: string, lifetime: string = defaultTokenLifetime): TokenIssuer {
  const key = new TextEncoder().encode(secret);
  return {
    issue: (userId) =>
      new SignJWT({})
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(String(userId))
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(lifetime)
        .sign(key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer, algorithms: ["HS256"] });
        if (payload.purpose !== undefined) return null;
        const userId = Number(payload.sub);
        return Number.isInteger(userId) && userId > 0 ? userId : null;
      } catch {
        return null;
      }
    },
    issueFor: (purpose, claims, lifetimeSeconds) =>
      new SignJWT({ ...claims, purpose })
        .setProtectedHeader({ alg: "HS256" })
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + lifetimeSeconds)
        .sign(key),
    async verifyFor(purpose, token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer, algorithms: ["HS256"] });
        return payload.purpose === purpose ? (payload as Record<string, unknown>) : null;
      } catch {
        return null;
      }
    },
    digest: (text) => createHmac("sha256", key).update(text).digest("hex"),
  };
}
