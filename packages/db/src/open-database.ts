import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresqlPrismaClient } from "./generated/postgresql/client.ts";
import { PrismaClient as SqlitePrismaClient } from "./generated/sqlite/client.ts";
import { migratePostgresql } from "./migrate-postgresql.ts";
import { migrateSqlite } from "./migrate-sqlite.ts";
import { type DatabaseProvider, providerOf } from "./provider.ts";

/**
 * The client type the rest of the code sees. Both generated clients come from the same models and
 * expose the same API; the SQLite one names the type.
 */
export type PrismaClient = SqlitePrismaClient;

export interface Database {
  prisma: PrismaClient;
  provider: DatabaseProvider;
  /** Migrations applied while opening, oldest first. */
  appliedMigrations: string[];
  /** True when the database answers a trivial query. */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/** The file a SQLite URL names (`file:./data/x.db`, `file:/abs/x.db` or a bare path), made absolute. */
export function sqliteFileOf(databaseUrl: string): string {
  return resolve(databaseUrl.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/**
 * Opens the database a URL names, after applying the migrations it lacks: a postgresql:// URL
 * is PostgreSQL, anything else a SQLite file (created, with its folder, when missing).
 */
export async function openDatabase(databaseUrl: string): Promise<Database> {
  return providerOf(databaseUrl) === "postgresql" ? openPostgresql(databaseUrl) : openSqlite(databaseUrl);
}

async function openSqlite(databaseUrl: string): Promise<Database> {
  const file = sqliteFileOf(databaseUrl);
  mkdirSync(dirname(file), { recursive: true });
  const appliedMigrations = migrateSqlite(file);
  const prisma = new SqlitePrismaClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: 5000 }) });
  // The adapter holds one connection; these settings are per connection.
  await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  return withHealth(prisma, "sqlite", appliedMigrations);
}

async function openPostgresql(databaseUrl: string): Promise<Database> {
  const appliedMigrations = await migratePostgresql(databaseUrl);
  const client = new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  return withHealth(client as unknown as PrismaClient, "postgresql", appliedMigrations);
}

function withHealth(prisma: PrismaClient, provider: DatabaseProvider, appliedMigrations: string[]): Database {
  return {
    prisma,
    provider,
    appliedMigrations,
    async isReachable() {
      try {
        await prisma.$queryRawUnsafe("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    close: () => prisma.$disconnect(),
  };
}
