/**
 * All the problems a load found, reported together so curators fix a file in one pass rather than
 * one error per run. It is an AggregateError whose message lists every LoadError, one per line.
 */
import type { LoadError } from "./load-error.ts";

/** Every LoadError of one load, thrown together. */
export class LoadErrors extends AggregateError {
  /** The errors, in file and line order. */
  readonly loadErrors: readonly LoadError[];

  constructor(errors: readonly LoadError[]) {
    const sorted = [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    const count = `${sorted.length} error${sorted.length === 1 ? "" : "s"}`;
    super(sorted, `${count} loading ZoneGraph data:\n${sorted.map((e) => `  ${e.message}`).join("\n")}`);
    this.name = "LoadErrors";
    this.loadErrors = sorted;
  }
}
