/**
 * Turns a zod validation failure of part of a YAML file into LoadErrors, each located at the line
 * of the offending node and prefixed with the field path ("evidence.1.quote: …").
 */
import type { z } from "zod";
import { LoadError } from "./load-error.ts";
import type { YamlFile, YamlPath } from "./yaml-file.ts";

/** LoadErrors for every issue of `error`, whose paths are relative to `base` in `yaml`. */
export function zodLoadErrors(
  yaml: YamlFile,
  base: YamlPath,
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
