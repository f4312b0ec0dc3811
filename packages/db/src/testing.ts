// Throw-away databases for tests: a SQLite file in a temporary folder, or a fresh PostgreSQL
// database created next to the one TEST_DATABASE_URL names and dropped afterwards.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { DatabaseProvider } from "./provider.ts";

export interface TestDatabase {
  provider: DatabaseProvider;
  url: string;
  drop(): Promise<void>;
}

/**
 * The databases the tests run on: SQLite always; PostgreSQL when TEST_DATABASE_URL is set, and
 * always under CI=true, where a missing PostgreSQL must fail the run instead of skipping.
 */
export function testProviders(): DatabaseProvider[] {
  return process.env.TEST_DATABASE_URL || process.env.CI === "true" ? ["sqlite", "postgresql"] : ["sqlite"];
}

export const postgresSkipReason =
  "PostgreSQL tests skipped: set TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/test) to run them.";

export async function createTestDatabase(provider: DatabaseProvider): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "jinzhou-test-"));
    return {
      provider,
      url: `file:${join(dir, "test.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error(`CI=true but TEST_DATABASE_URL is not set. ${postgresSkipReason}`);
  const name = `jinzhou_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL at TEST_DATABASE_URL is not reachable: ${(error as Error).message}`);
  }
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    provider,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
