import { fileURLToPath } from "node:url";

export type DatabaseProvider = "sqlite" | "postgresql";
export const databaseProviders: readonly DatabaseProvider[] = ["sqlite", "postgresql"];

/** The repository's prisma/ folder: models, composed schemas and migrations. */
export const prismaDir = fileURLToPath(new URL("../../../prisma/", import.meta.url));

export const modelsFile = `${prismaDir}models.prisma`;

export function schemaFile(provider: DatabaseProvider): string {
  return `${prismaDir}${provider}/schema.prisma`;
}

export function migrationsDir(provider: DatabaseProvider): string {
  return `${prismaDir}${provider}/migrations`;
}

/** Which database a URL names: postgresql:// (or postgres://) is PostgreSQL, anything else SQLite. */
export function providerOf(databaseUrl: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//i.test(databaseUrl) ? "postgresql" : "sqlite";
}
