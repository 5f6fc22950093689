/**
 * Figures and titles a draft reports about entities that other facts files define (a linked zone's
 * new figure or designation): each is appended to the `metrics` (`designations`) of its entity in
 * the file that defines it, spliced into the text at the end of that list (or as a new key), so the
 * rest of the file is kept byte for byte and `git diff` shows only the added lines. A title the
 * zone already holds (same name) is not added again.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, parseDocument, stringify, type YAMLMap } from "yaml";
import { badInput } from "./curation-error.ts";
import type { ExistingDesignation, ExistingFigure } from "./to-facts-file.ts";

type ListKey = "metrics" | "designations";

/** Folder-relative path → new content of every facts file of `dir` that gains a figure or a title. */
export function addExistingFigures(
  dir: string,
  figures: readonly ExistingFigure[],
  designations: readonly ExistingDesignation[] = [],
): Map<string, string> {
  const out = new Map<string, string>();
  const additions: { entityId: string; key: ListKey; item: Record<string, unknown> }[] = [
    ...figures.map((f) => ({ entityId: f.entityId, key: "metrics" as const, item: f.metric })),
    ...designations.map((d) => ({ entityId: d.entityId, key: "designations" as const, item: d.designation })),
  ];
  if (additions.length === 0) return out;
  const names = readdirSync(join(dir, "facts"))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const read = (path: string): string => out.get(path) ?? readFileSync(join(dir, path), "utf8");
  for (const { entityId, key, item } of additions) {
    const candidates = names.map((n) => `facts/${n}`).filter((p) => read(p).includes(entityId));
    const found = candidates.flatMap((file) => {
      const entity = entityNode(read(file), entityId);
      return entity ? [{ file, entity }] : [];
    })[0];
    const field = key === "metrics" ? "metrics.entity" : "entities.linkTo";
    if (!found) throw badInput(field, `no facts file defines entity ${entityId}`);
    if (key === "designations" && holds(found.entity, item["name"])) continue;
    out.set(found.file, splice(read(found.file), found.entity, key, item, field));
  }
  return out;
}

function entityNode(text: string, id: string): YAMLMap | undefined {
  const entities = parseDocument(text).get("entities");
  if (!isSeq(entities)) return undefined;
  const node = entities.items.find((e) => isMap(e) && e.get("id") === id);
  return isMap(node) ? node : undefined;
}

/** Whether `entity` already holds a designation named `name`. */
function holds(entity: YAMLMap, name: unknown): boolean {
  const list = entity.get("designations");
  return isSeq(list) && list.items.some((d) => isMap(d) && d.get("name") === name);
}

/** `text` with `value` added at the end of `entity`'s list `key`. */
function splice(
  text: string,
  entity: YAMLMap,
  key: ListKey,
  value: Record<string, unknown>,
  field: string,
): string {
  const list = entity.get(key, true);
  const item = stringify([value], { lineWidth: 0 });
  if (isSeq(list) && list.items.length > 0 && list.range && !list.flow) {
    return insertAfterLine(text, list.range[1], indent(item, columnOf(text, list.range[0])));
  }
  // An empty or flow-style list is not rewritten in place: the curator tidies that file first.
  if (list !== undefined) throw badInput(field, `the entity's ${key} are not a non-empty block list`);
  const column = columnOf(text, entity.range?.[0] ?? 0);
  const block = `${" ".repeat(column)}${key}:\n${indent(item, column + 2)}`;
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
