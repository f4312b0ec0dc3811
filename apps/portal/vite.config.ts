import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API serves the built portal at / and answers GraphQL at /graphql on the same origin.
export default defineConfig({
  base: "/",
  plugins: [react()],
  server: {
    proxy: { "/graphql": { target: "http://127.0.0.1:4000", ws: true }, "/files": "http://127.0.0.1:4000" },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // scripts/bundle-budget.ts reads which chunks each page loads from the manifest.
    manifest: true,
    // Phones on slow connections: modern syntax only, and each page loads with its route.
    target: "es2020",
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
});
