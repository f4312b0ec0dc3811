// Prisma CLI configuration for the SQLite schema: the WASM schema engine over better-sqlite3,
// because the native engine cannot be downloaded on these machines.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { migrationsDir, schemaFile } from "../src/provider.ts";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: schemaFile("sqlite"),
  migrations: { path: migrationsDir("sqlite") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.PRISMA_CLI_SQLITE_URL ?? "file::memory:" });
  },
});
