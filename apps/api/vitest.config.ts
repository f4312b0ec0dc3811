import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // Node loads graphql's CommonJS entry for the libraries (Pothos, Apollo); Vite would give our
  // own imports the .mjs one, and graphql refuses to mix two copies. Use the one Node uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
});
