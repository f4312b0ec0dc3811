// `pnpm generate`: compose the schema per database and generate both Prisma clients
// (and the Pothos types, from the SQLite one: the models are the same).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { databaseProviders, schemaFile } from "../src/provider.ts";
import { composeSchema } from "./compose-schema.ts";
import { prismaCli } from "./prisma-cli.ts";

for (const provider of databaseProviders) {
  const file = schemaFile(provider);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, composeSchema(provider));
  execFileSync(process.execPath, prismaCli(provider, ["generate", "--no-hints"]), { stdio: "inherit" });
}
