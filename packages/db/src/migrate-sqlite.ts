import Database from "better-sqlite3";
import { type AppliedMigration, newMigrationRowId, pendingMigrations, readMigrations } from "./migrations.ts";

// The table Prisma Migrate keeps, so `prisma migrate status` agrees with what ran here.
const migrationTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** Applies the committed SQLite migrations that the file lacks, each in its own transaction. */
export function migrateSqlite(file: string): string[] {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(migrationTable);
    const applied = db
      .prepare(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`)
      .all() as AppliedMigration[];
    const pending = pendingMigrations(readMigrations("sqlite"), applied);
    for (const migration of pending) {
      db.transaction(() => {
        db.exec(migration.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`,
        ).run(newMigrationRowId(), migration.checksum, migration.name);
      })();
    }
    return pending.map((migration) => migration.name);
  } finally {
    db.close();
  }
}
