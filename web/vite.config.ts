// Vite build of the explorer (index.html) and the review page (review.html) into web/dist; the dev
// server proxies /graphql to the server on :4000.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL("index.html", import.meta.url)),
        review: fileURLToPath(new URL("review.html", import.meta.url)),
      },
    },
  },
  server: {
    proxy: { "/graphql": "http://localhost:4000", "/healthz": "http://localhost:4000" },
  },
  worker: { format: "es" },
});
