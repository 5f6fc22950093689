// Vitest for the server: one copy of graphql (its CJS entry, the one Node gives Pothos and yoga),
// so schema objects built by the app and read by tests come from the same module.
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: { alias: { graphql: require.resolve("graphql") } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 20_000 },
});
