// The models and each database's migration history must describe the same schema. This fails
// when someone changes prisma/models.prisma without `pnpm db:migration <name>`, or edits a
// migration by hand so that it no longer matches the models.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { composeSchema } from "../../scripts/compose-schema.ts";
import { prismaCli } from "../../scripts/prisma-cli.ts";
import { openDatabase } from "../open-database.ts";
import { type DatabaseProvider, modelsFile, prismaDir } from "../provider.ts";
import { createTestDatabase, postgresSkipReason, type TestDatabase, testProviders } from "../testing.ts";
import { executeScript, schemaFingerprint } from "./fingerprint.ts";

const created: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(created.splice(0).map((database) => database.drop()));
});

async function fresh(provider: DatabaseProvider): Promise<TestDatabase> {
  const database = await createTestDatabase(provider);
  created.push(database);
  return database;
}

/** The SQL that creates the current models from nothing, as Prisma writes it. */
function schemaFromModels(provider: DatabaseProvider): string {
  const file = join(mkdtempSync(join(tmpdir(), "drift-")), "schema.prisma");
  writeFileSync(file, composeSchema(provider));
  return execFileSync(
    process.execPath,
    prismaCli(provider, ["migrate", "diff", "--from-empty", "--to-schema-datamodel", file, "--script"]),
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, CHECKPOINT_DISABLE: "1" } },
  );
}

describe.each(testProviders())("migrations on %s", (provider) => {
  it("build exactly the schema the models describe", async () => {
    const migrated = await fresh(provider);
    const database = await openDatabase(migrated.url);
    expect(database.appliedMigrations.length).toBeGreaterThan(0);
    await database.close();

    const fromModels = await fresh(provider);
    await executeScript(provider, fromModels.url, schemaFromModels(provider));

    expect(await schemaFingerprint(provider, migrated.url)).toEqual(await schemaFingerprint(provider, fromModels.url));
  });

  it("are applied once: opening the database again applies nothing", async () => {
    const target = await fresh(provider);
    const first = await openDatabase(target.url);
    await first.close();
    const second = await openDatabase(target.url);
    expect(second.appliedMigrations).toEqual([]);
    await second.close();
  });
});

if (!testProviders().includes("postgresql")) it.skip(postgresSkipReason, () => {});

describe("the migration snapshot", () => {
  it("matches the models, so the next `pnpm db:migration` diffs from the right place", () => {
    expect(readFileSync(`${prismaDir}migrated.prisma`, "utf8")).toBe(readFileSync(modelsFile, "utf8"));
  });
});
