/// <reference types="node" />
// The domain package decides; it never reads or writes anything. This test reads its own source
// files (tests excepted) and fails on anything that would make a rule depend on the outside world.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const sourceDir = fileURLToPath(new URL(".", import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  dependencies?: Record<string, string>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const forbidden: [RegExp, string][] = [
  [/from\s+["'](node:|fs|path|os|http|https|net|child_process|crypto)["'/]/, "a Node.js module"],
  [/from\s+["'](@prisma|prisma|graphql|@apollo|@pothos|express|pg|better-sqlite3)/, "a database or API library"],
  [/from\s+["']@jinzhou\/(db|api|admin)/, "another package of this repository"],
  [/\bprocess\.(env|argv|cwd|exit)/, "the process"],
  [/\bfetch\(/, "the network"],
  [/\bDate\.now\(\)|new Date\(\)/, "the clock (pass today or now in)"],
  [/\bMath\.random\(/, "chance (pass the lots or a seed in)"],
  [/\bconsole\./, "the console"],
];

describe("packages/domain", () => {
  it("has no runtime dependencies", () => {
    expect(packageJson.dependencies ?? {}).toEqual({});
  });

  it.each(sourceFiles(sourceDir).map((file) => [relative(sourceDir, file), file]))(
    "%s does no I/O and reads no clock or chance",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      const found = forbidden.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
      expect(found).toEqual([]);
    },
  );
});
