import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API serves the built panel at /admin/ and answers GraphQL at /graphql on the same origin.
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  server: {
    proxy: { "/graphql": "http://127.0.0.1:4000" },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the panel: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: "mui", test: /node_modules[\\/](@mui|@emotion)[\\/]/ },
            { name: "graphql", test: /node_modules[\\/](graphql|@apollo|@wry|optimism|ts-invariant|zen-observable)/ },
            { name: "react-admin", test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
