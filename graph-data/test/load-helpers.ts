/**
 * Test helpers: the fixture sources, and loading one invalid facts fixture alone (copied into a
 * temporary `facts/` directory so errors read `facts/<case>.yaml:<line>`).
 */
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadFacts } from "../src/load/load-facts.ts";
import { LoadErrors } from "../src/load/load-errors.ts";
import { loadSources } from "../src/load/load-sources.ts";

/** test/fixtures/. */
export const FIXTURES: string = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** The two-article fixture sources. */
export const fixtureSources = loadSources(join(FIXTURES, "sources.yaml")).sources;

/** The error messages of loading test/fixtures/invalid/<name>.yaml alone (fails if it loads). */
export function loadErrorsOf(name: string): string[] {
  const facts = join(mkdtempSync(join(tmpdir(), "zonegraph-")), "facts");
  mkdirSync(facts);
  copyFileSync(join(FIXTURES, "invalid", `${name}.yaml`), join(facts, `${name}.yaml`));
  try {
    loadFacts(facts, fixtureSources);
  } catch (error) {
    if (error instanceof LoadErrors) return error.loadErrors.map((e) => e.message);
    throw error;
  }
  throw new Error(`fixtures/invalid/${name}.yaml loaded without errors`);
}
