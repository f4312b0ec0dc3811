// A comparable description of a database's schema: tables, columns, indexes, foreign keys and
// enums, without Prisma's bookkeeping table. Two databases with equal fingerprints have the same
// shape, however they were built.
import Database from "better-sqlite3";
import pg from "pg";
import { sqliteFileOf } from "../open-database.ts";
import type { DatabaseProvider } from "../provider.ts";

export async function schemaFingerprint(provider: DatabaseProvider, url: string): Promise<unknown> {
  return provider === "sqlite" ? sqliteFingerprint(sqliteFileOf(url)) : postgresqlFingerprint(url);
}

function sqliteFingerprint(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('_prisma_migrations', 'sqlite_sequence') ORDER BY name`,
      )
      .all() as { name: string }[];
    return tables.map(({ name }) => ({
      table: name,
      columns: db.pragma(`table_xinfo("${name}")`),
      indexes: (db.pragma(`index_list("${name}")`) as { name: string; unique: number; partial: number }[])
        .map((index) => ({
          name: index.name,
          unique: index.unique,
          partial: index.partial,
          columns: (db.pragma(`index_info("${index.name}")`) as { name: string }[]).map((column) => column.name),
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      foreignKeys: db.pragma(`foreign_key_list("${name}")`),
    }));
  } finally {
    db.close();
  }
}

async function postgresqlFingerprint(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await query(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`),
      indexes: await query(`SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`),
      constraints:
        await query(`SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_prisma_migrations"'
        AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY conname`),
      enums: await query(`SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`),
    };
  } finally {
    await client.end();
  }
}

/** Runs a whole SQL script (several statements) against a database. */
export async function executeScript(provider: DatabaseProvider, url: string, sql: string): Promise<void> {
  if (provider === "sqlite") {
    const db = new Database(sqliteFileOf(url));
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
