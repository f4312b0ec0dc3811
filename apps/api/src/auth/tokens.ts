import { jwtVerify, SignJWT } from "jose";

const issuer = "jinzhou-worker-activities";
const tokenLifetime = "12h";

export interface TokenIssuer {
  issue(userId: number): Promise<string>;
  /** The user id a token names, or null when it is forged, expired or malformed. */
  verify(token: string): Promise<number | null>;
}

export function createTokenIssuer(secret: string): TokenIssuer {
  const key = new TextEncoder().encode(secret);
  return {
    issue: (userId) =>
      new SignJWT({})
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(String(userId))
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(tokenLifetime)
        .sign(key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer, algorithms: ["HS256"] });
        const userId = Number(payload.sub);
        return Number.isInteger(userId) && userId > 0 ? userId : null;
      } catch {
        return null;
      }
    },
  };
}
