/**
 * Figures a draft reports about entities that other facts files define (a linked zone's new
 * figure): each is appended to the `metrics` of its entity in the file that defines it. The metric
 * is spliced into the text at the end of that entity's metrics (or as a new `metrics:` key), so the
 * rest of the file is kept byte for byte and `git diff` shows only the added lines.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, parseDocument, stringify, type YAMLMap } from "yaml";
import { badInput } from "./curation-error.ts";
import type { ExistingFigure } from "./to-facts-file.ts";

/** Folder-relative path → new content of every facts file of `dir` that gains a figure. */
export function addExistingFigures(dir: string, figures: readonly ExistingFigure[]): Map<string, string> {
  const out = new Map<string, string>();
  if (figures.length === 0) return out;
  const names = readdirSync(join(dir, "facts"))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const read = (path: string): string => out.get(path) ?? readFileSync(join(dir, path), "utf8");
  for (const figure of figures) {
    const candidates = names.map((n) => `facts/${n}`).filter((p) => read(p).includes(figure.entityId));
    const found = candidates.flatMap((file) => {
      const entity = entityNode(read(file), figure.entityId);
      return entity ? [{ file, entity }] : [];
    })[0];
    if (!found) throw badInput("metrics.entity", `no facts file defines entity ${figure.entityId}`);
    out.set(found.file, splice(read(found.file), found.entity, figure.metric));
  }
  return out;
}

function entityNode(text: string, id: string): YAMLMap | undefined {
  const entities = parseDocument(text).get("entities");
  if (!isSeq(entities)) return undefined;
  const node = entities.items.find((e) => isMap(e) && e.get("id") === id);
  return isMap(node) ? node : undefined;
}

/** `text` with `metric` added at the end of `entity`'s metrics. */
function splice(text: string, entity: YAMLMap, metric: Record<string, unknown>): string {
  const metrics = entity.get("metrics", true);
  const item = stringify([metric], { lineWidth: 0 });
  if (isSeq(metrics) && metrics.items.length > 0 && metrics.range && !metrics.flow) {
    return insertAfterLine(text, metrics.range[1], indent(item, columnOf(text, metrics.range[0])));
  }
  // An empty or flow-style list is not rewritten in place: the curator tidies that file first.
  if (metrics !== undefined)
    throw badInput("metrics.entity", "the entity's metrics are not a non-empty block list");
  const column = columnOf(text, entity.range?.[0] ?? 0);
  const block = `${" ".repeat(column)}metrics:\n${indent(item, column + 2)}`;
  return insertAfterLine(text, entity.range?.[1] ?? text.length, block);
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

function indent(block: string, column: number): string {
  const pad = " ".repeat(column);
  return block
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}

function insertAfterLine(text: string, offset: number, block: string): string {
  let at = offset;
  if (at > 0 && text[at - 1] !== "\n") {
    const nl = text.indexOf("\n", at);
    at = nl < 0 ? text.length : nl + 1;
  }
  const before = text.slice(0, at);
  return `${before}${before.endsWith("\n") || before === "" ? "" : "\n"}${block}${text.slice(at)}`;
}
