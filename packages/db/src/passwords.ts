import { type Algorithm, hash, verify } from "@node-rs/argon2";

// `Algorithm` is a const enum in the library's typings, which `isolatedModules` cannot read at
// run time; 2 is its Argon2id member.
const argon2id = 2 as Algorithm;

/**
 * Argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane): slow enough to make guessing a
 * stolen hash expensive, fast enough (tens of milliseconds) that signing in never feels slow on
 * the small servers a union federation runs.
 */
const passwordHashOptions = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A PHC string ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash") with its own random salt. */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, passwordHashOptions);
}

/**
 * True when `plain` is the password behind `passwordHash`. A malformed or empty stored hash counts
 * as a wrong password rather than an error, so a damaged account row can never let anyone in.
 */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  if (passwordHash === "") return false;
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
