// Vite build of the explorer into web/dist; the dev server proxies /graphql to the server on :4000.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  server: {
    proxy: { "/graphql": "http://localhost:4000", "/healthz": "http://localhost:4000" },
  },
  worker: { format: "es" },
});
