export * from "./demo/index.ts";
export type { Department, InstallationFact, Organization, Prisma, User, Worker } from "./generated/sqlite/client.ts";
export { type Database, openDatabase, type PrismaClient, sqliteFileOf } from "./open-database.ts";
export { hashPassword, verifyPassword } from "./passwords.ts";
export { isForeignKeyViolation, isUniqueViolation } from "./prisma-errors.ts";
export { type DatabaseProvider, providerOf } from "./provider.ts";
