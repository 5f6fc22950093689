/**
 * Every file of a folder (recursively) with its bytes as base64, so tests can assert that a folder
 * is byte-identical before and after something.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Folder-relative path → base64 content of every file under `dir`. */
export function snapshotFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString("base64");
    }
  };
  walk(dir);
  return out;
}
