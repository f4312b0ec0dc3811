import { createRequire } from "node:module";
import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

const require = createRequire(import.meta.url);

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            include: ["src/**/*.test.ts"],
            environment: "node",
            // ra-data-graphql imports @apollo/client's ESM build by name; Node would load its CommonJS one.
            server: { deps: { inline: ["ra-data-graphql", "ra-data-graphql-simple", "@apollo/client"] } },
          },
        },
        {
          extends: true,
          // Drives a real browser against the real API serving dist/: needs `vite build` first.
          // The API runs in this process: like its own tests, it needs the one graphql copy that
          // Pothos and Apollo load (CommonJS), not Vite's ESM one beside it.
          resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
          test: {
            name: "e2e",
            include: ["e2e/**/*.e2e.test.ts"],
            environment: "node",
            testTimeout: 180_000,
            hookTimeout: 180_000,
          },
        },
      ],
    },
  }),
);
