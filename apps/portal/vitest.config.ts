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
            include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
            environment: "node",
          },
        },
        {
          extends: true,
          // Drives Chromium at a phone's size against the real API serving dist/: needs `vite build` first.
          // The API runs in this process and needs the one graphql copy Pothos and Apollo load (CommonJS).
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
