import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The key that signs sign-in tokens. With several API instances (PostgreSQL deployments) they
 * must share it, so it has to come from AUTH_SECRET; the embedded mode creates one on first start
 * and keeps it beside the database, readable by the owner only.
 */
export function resolveAuthSecret(options: { configured?: string; embeddedSecretFile?: string }): string {
  if (options.configured) return options.configured;
  const file = options.embeddedSecretFile;
  if (!file) {
    throw new Error("AUTH_SECRET is required with PostgreSQL: every API instance must sign tokens with the same key.");
  }
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
