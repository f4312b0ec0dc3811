// How much JavaScript a phone downloads to open each page of the portal, gzipped: the entry
// chunk and everything it imports statically, plus the page's own lazy chunk and its static
// imports. Read from Vite's manifest after `vite build`. Run directly to print the figures:
//   node --import tsx scripts/bundle-budget.ts [distDir]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The bar: the first load of the portal's JavaScript is at most 200 KB gzipped. */
export const firstLoadBudgetBytes = 200 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

export interface PageLoad {
  /** The page's source file (src/home/HomePage.tsx), or "entry" for the shell alone. */
  page: string;
  files: string[];
  gzipBytes: number;
}

/**
 * Every JS file a chunk pulls in (itself and its static imports, transitively); with `dynamic`,
 * also what it loads lazily as soon as it runs (the scoreboard's WebSocket client).
 */
function closure(manifest: Manifest, key: string, into: Set<string>, dynamic = false): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into, dynamic);
  if (dynamic) for (const imported of chunk.dynamicImports ?? []) closure(manifest, imported, into, dynamic);
  return into;
}

/** The first load of each page (entry + page), largest first. */
export function pageLoads(distDir: string): PageLoad[] {
  const manifest = JSON.parse(readFileSync(join(distDir, ".vite", "manifest.json"), "utf8")) as Manifest;
  const gzipSize = new Map<string, number>();
  const sizeOf = (file: string) => {
    let size = gzipSize.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
      gzipSize.set(file, size);
    }
    return size;
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error(`${distDir}/.vite/manifest.json names no entry chunk`);
  const entry = manifest[entryKey] as ManifestChunk;
  const entryFiles = closure(manifest, entryKey, new Set());
  const loads: PageLoad[] = [{ page: "entry", files: [...entryFiles], gzipBytes: 0 }];
  // The shell's lazy imports are the pages (src/app/routes.ts).
  for (const key of entry.dynamicImports ?? []) {
    const chunk = manifest[key];
    if (!chunk) continue;
    loads.push({ page: chunk.src ?? key, files: [...closure(manifest, key, new Set(entryFiles), true)], gzipBytes: 0 });
  }
  for (const load of loads) {
    load.files = load.files.filter((file) => file.endsWith(".js"));
    load.gzipBytes = load.files.reduce((sum, file) => sum + sizeOf(file), 0);
  }
  return loads.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const distDir = process.argv[2] ?? fileURLToPath(new URL("../dist/", import.meta.url));
  const loads = pageLoads(distDir);
  console.log(`First load of each page, JavaScript gzipped (budget ${firstLoadBudgetBytes / 1024} KB):`);
  for (const load of loads) {
    console.log(`  ${(load.gzipBytes / 1024).toFixed(1).padStart(6)} KB  ${load.page}`);
  }
}
