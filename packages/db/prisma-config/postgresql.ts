// Prisma CLI configuration for the PostgreSQL schema. Used to generate the client and to write
// migrations with `migrate diff` between two datamodels, which needs no database.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { migrationsDir, schemaFile } from "../src/provider.ts";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: schemaFile("postgresql"),
  migrations: { path: migrationsDir("postgresql") },
  async adapter() {
    return new PrismaPg({
      connectionString: process.env.PRISMA_CLI_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    });
  },
});
