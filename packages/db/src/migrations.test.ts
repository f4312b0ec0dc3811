import { describe, expect, it } from "vitest";
import { type Migration, pendingMigrations } from "./migrations.ts";

const migration = (name: string, checksum = `sum-${name}`): Migration => ({ name, sql: "", checksum });

describe("pendingMigrations", () => {
  const all = [migration("20150301_init"), migration("20150401_activities"), migration("20150501_votes")];

  it("returns the migrations the database has not recorded, oldest first", () => {
    const applied = [{ migration_name: "20150301_init", checksum: "sum-20150301_init", finished_at: new Date() }];
    expect(pendingMigrations(all, applied).map((m) => m.name)).toEqual(["20150401_activities", "20150501_votes"]);
  });

  it("refuses to go on after a migration that started and never finished", () => {
    const applied = [{ migration_name: "20150301_init", checksum: "sum-20150301_init", finished_at: null }];
    expect(() => pendingMigrations(all, applied)).toThrow(/did not finish/);
  });

  it("refuses a migration whose file changed after it was applied", () => {
    const applied = [{ migration_name: "20150301_init", checksum: "edited", finished_at: new Date() }];
    expect(() => pendingMigrations(all, applied)).toThrow(/changed after it was applied/);
  });
});
