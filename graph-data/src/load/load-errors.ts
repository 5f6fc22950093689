/**
 * The loader's errors, in one place: LoadError names one bad fact or file at file:line
 * (`facts/baotou.yaml:42: relation LOCATED_IN weifeng->nowhere: "to" names no entity "nowhere"`),
 * LoadErrors throws every problem of a load together, zodLoadErrors turns a zod failure into them.
 */
import type { z } from "zod";

/** One problem found while loading sources or facts, located at file:line and a fact. */
export class LoadError extends Error {
  /** The file as shown to curators, e.g. "facts/baotou.yaml". */
  readonly file: string;
  /** 1-based line of the offending YAML node (0 when unknown). */
  readonly line: number;
  /** The fact at fault, e.g. "entity weifeng-electromagnetic"; undefined for file-level problems. */
  readonly fact: string | undefined;
  /** The problem alone, without the location prefix. */
  readonly reason: string;

  constructor(file: string, line: number, fact: string | undefined, reason: string) {
    super(`${file}:${line}: ${fact === undefined ? "" : `${fact}: `}${reason}`);
    this.name = "LoadError";
    this.file = file;
    this.line = line;
    this.fact = fact;
    this.reason = reason;
  }
}

/**
 * Every LoadError of one load, thrown together so curators fix a file in one pass rather than one
 * error per run: an AggregateError whose message lists every LoadError, one per line.
 */
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

/** Where a zod failure happened: a file and the line of a path in it (a YamlFile is one). */
export interface LocatedFile {
  readonly file: string;
  lineOf(path: readonly (string | number)[]): number;
}

/**
 * LoadErrors for every issue of a zod failure of part of a YAML file (issue paths relative to
 * `base` in `yaml`), each at the line of the offending node, prefixed with the field path.
 */
export function zodLoadErrors(
  yaml: LocatedFile,
  base: readonly (string | number)[],
  fact: string | undefined,
  error: z.ZodError,
): LoadError[] {
  return error.issues.map((issue) => {
    const rel = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    // An unknown key is best shown on its own line.
    if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) rel.push(issue.keys[0]);
    const field = rel.length > 0 && issue.code !== "unrecognized_keys" ? `${rel.join(".")}: ` : "";
    return new LoadError(yaml.file, yaml.lineOf([...base, ...rel]), fact, `${field}${issue.message}`);
  });
}
