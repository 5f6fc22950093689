// Vitest for the bench: its smoke test (test/) loads the server, so `graphql` is pinned to the one
// copy Node gives the server's Pothos and yoga (its CJS entry, resolved from the server package).
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const requireFromServer = createRequire(new URL("../server/package.json", import.meta.url));

export default defineConfig({
  resolve: { alias: { graphql: requireFromServer.resolve("graphql") } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
