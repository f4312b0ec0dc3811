import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { type DatabaseProvider, migrationsDir } from "./provider.ts";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** The committed migrations of one database, oldest first. */
export function readMigrations(provider: DatabaseProvider): Migration[] {
  const dir = migrationsDir(provider);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${dir}/${entry.name}/migration.sql`))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(`${dir}/${name}/migration.sql`, "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
}

/**
 * What is left to apply, given what the database records. A migration that started and never
 * finished, or one whose file changed after it was applied, stops the start: applying more on top
 * of an unknown state would make it worse.
 */
export function pendingMigrations(all: Migration[], applied: AppliedMigration[]): Migration[] {
  const byName = new Map(applied.map((row) => [row.migration_name, row]));
  for (const row of applied) {
    if (row.finished_at === null) {
      throw new Error(
        `Migration ${row.migration_name} started but did not finish. Repair the database by hand, then delete its row from _prisma_migrations.`,
      );
    }
  }
  for (const migration of all) {
    const row = byName.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was changed after it was applied. Write a new migration instead.`);
    }
  }
  return all.filter((migration) => !byName.has(migration.name));
}

export function newMigrationRowId(): string {
  return randomUUID();
}
