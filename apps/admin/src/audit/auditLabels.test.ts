import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { en, zh } from "./messages.ts";

/** Every `.ts` source of the API (not its tests), where the audit entries are written. */
function apiSources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "test" || entry.name === "scenarios" ? [] : apiSources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const sources = apiSources(fileURLToPath(new URL("../../../api/src/", import.meta.url))).map((file) =>
  readFileSync(file, "utf8"),
);

/** The codes written as `<key>: "CODE"` in the API, e.g. `action: "MATCH_SCORE"` (not type unions). */
function writtenCodes(key: string, pattern: string): string[] {
  const found = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(new RegExp(`\\b${key}: "(${pattern})"(?!\\s*\\|)`, "g")))
      found.add(match[1] as string);
  }
  return [...found].sort();
}

describe("the audit log's labels", () => {
  const actions = writtenCodes("action", "[A-Z][A-Z_]+");
  const entities = writtenCodes("entityType", "[A-Z][A-Za-z]+");

  it("finds what the API writes", () => {
    expect(actions).toContain("ACTIVITY_TRANSITION");
    expect(entities).toContain("Registration");
  });

  it("names every action the API records, in Chinese and English", () => {
    expect(actions.filter((action) => !(action in zh.AuditEntry.actions))).toEqual([]);
    expect(actions.filter((action) => !(action in en.AuditEntry.actions))).toEqual([]);
  });

  it("names every kind of record the API audits, in Chinese and English", () => {
    expect(entities.filter((entity) => !(entity in zh.AuditEntry.entities))).toEqual([]);
    expect(entities.filter((entity) => !(entity in en.AuditEntry.entities))).toEqual([]);
  });
});
