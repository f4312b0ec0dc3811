// `pnpm db:migration <name>`: writes one migration per database that takes the models as of the
// last migration (prisma/migrated.prisma) to the current prisma/models.prisma. It needs no database.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseProviders, migrationsDir, modelsFile, prismaDir } from "../src/provider.ts";
import { composeSchema } from "./compose-schema.ts";
import { prismaCli } from "./prisma-cli.ts";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: pnpm db:migration <name>   (lower-case letters, digits and underscores, e.g. add_activities)");
  process.exit(1);
}

const snapshotFile = `${prismaDir}migrated.prisma`;
const models = readFileSync(modelsFile, "utf8");
const previous = existsSync(snapshotFile) ? readFileSync(snapshotFile, "utf8") : undefined;
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const work = mkdtempSync(join(tmpdir(), "migration-"));
let wrote = 0;

for (const provider of databaseProviders) {
  const to = join(work, `${provider}-to.prisma`);
  writeFileSync(to, composeSchema(provider, models));
  const from =
    previous === undefined ? ["--from-empty"] : ["--from-schema-datamodel", join(work, `${provider}-from.prisma`)];
  if (previous !== undefined) writeFileSync(from[1] as string, composeSchema(provider, previous));
  const sql = execFileSync(
    process.execPath,
    prismaCli(provider, ["migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"]),
    { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } },
  ).replace(/^Loaded Prisma config.*\n+/m, "");
  if (/^-- This is an empty migration\.\s*$/.test(sql.trim())) {
    console.log(`${provider}: the models did not change; nothing to write.`);
    continue;
  }
  const dir = `${migrationsDir(provider)}/${stamp}_${name}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/migration.sql`, sql);
  console.log(`${provider}: wrote ${dir}/migration.sql`);
  wrote++;
}

if (wrote > 0) {
  writeFileSync(snapshotFile, models);
  console.log("Updated prisma/migrated.prisma. Review both migration.sql files, then commit them together.");
}
