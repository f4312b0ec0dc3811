import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { DatabaseProvider } from "../src/provider.ts";

const require = createRequire(import.meta.url);

/** Node arguments that run the Prisma CLI with the configuration for one database. */
export function prismaCli(provider: DatabaseProvider, args: string[]): string[] {
  const cli = require.resolve("prisma/build/index.js");
  const config = fileURLToPath(new URL(`../prisma-config/${provider}.ts`, import.meta.url));
  return [cli, ...args, "--config", config];
}
