/**
 * Expected facts to score the proposer against: the curated corpus (one set per article: the
 * entities, relations and figures whose evidence is in it) and held-out sets written as YAML
 * (`text` plus entities/relations/figures by name) — see test/ingest/heldout/.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import {
  ENTITY_TYPE_IDS,
  RELATION_TYPE_IDS,
  UNITS,
  loadCorpusGraph,
  type EntityType,
  type RelationType,
  type Unit,
} from "../index.ts";

/** An expected entity: its type, every name it may be given, and where the text names it. */
export interface GoldEntity {
  type: EntityType;
  names: string[];
  spans: { start: number; end: number }[];
}

/** One article with its expected facts (relations and figures point at `entities` by index). */
export interface GoldSet {
  id: string;
  text: string;
  entities: GoldEntity[];
  relations: { type: RelationType; from: number; to: number }[];
  figures: { entity: number; value: number; unit: Unit }[];
}

/** One gold set per article of the curated corpus. */
export function curatedGoldSets(): GoldSet[] {
  const graph = loadCorpusGraph();
  return graph.getAttribute("sources").map((source) => {
    const index = new Map<string, number>();
    const entities: GoldEntity[] = [];
    const figures: GoldSet["figures"] = [];
    graph.forEachNode((id, a) => {
      const spans = a.evidence.filter((e) => e.sourceId === source.id);
      const metricsHere = a.metrics.filter((m) => m.evidence.some((e) => e.sourceId === source.id));
      if (spans.length === 0 && metricsHere.length === 0) return;
      index.set(id, entities.length);
      entities.push({
        type: a.type,
        names: [a.name, ...a.aliases],
        spans: spans.map(({ start, end }) => ({ start, end })),
      });
      const at = entities.length - 1;
      for (const m of metricsHere) figures.push({ entity: at, value: m.value, unit: m.unit });
      if (a.investmentYuan !== undefined) figures.push({ entity: at, value: a.investmentYuan, unit: "yuan" });
      if (a.fundSizeYuan !== undefined) figures.push({ entity: at, value: a.fundSizeYuan, unit: "yuan" });
      for (const c of a.capacity ?? []) figures.push({ entity: at, value: c.value, unit: c.unit });
    });
    const relations: GoldSet["relations"] = [];
    graph.forEachEdge((_e, a, s, t) => {
      const from = index.get(s);
      const to = index.get(t);
      if (from !== undefined && to !== undefined && a.evidence.some((e) => e.sourceId === source.id))
        relations.push({ type: a.type, from, to });
    });
    const unique = figures.filter(
      (f, i) =>
        figures.findIndex((g) => g.entity === f.entity && g.value === f.value && g.unit === f.unit) === i,
    );
    return { id: source.id, text: source.text, entities, relations, figures: unique };
  });
}

const HeldOut = z.strictObject({
  text: z.string().min(1),
  entities: z.array(
    z.strictObject({
      type: z.enum(ENTITY_TYPE_IDS as [EntityType, ...EntityType[]]),
      name: z.string(),
      aliases: z.array(z.string()).default([]),
    }),
  ),
  relations: z
    .array(
      z.strictObject({
        type: z.enum(RELATION_TYPE_IDS as [RelationType, ...RelationType[]]),
        from: z.string(),
        to: z.string(),
      }),
    )
    .default([]),
  figures: z
    .array(
      z.strictObject({
        entity: z.string(),
        value: z.number(),
        unit: z.enum(UNITS.map((u) => u.id) as [Unit, ...Unit[]]),
      }),
    )
    .default([]),
});

/** The held-out sets in `dir` (*.yaml); names in relations and figures must be entity names. */
export function heldOutGoldSets(dir: string): GoldSet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((file) => {
      const parsed = HeldOut.safeParse(parse(readFileSync(join(dir, file), "utf8")));
      if (!parsed.success)
        throw new Error(
          `gold-sets: ${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
        );
      const set = parsed.data;
      const at = (name: string): number => {
        const i = set.entities.findIndex((e) => e.name === name || e.aliases.includes(name));
        if (i < 0) throw new Error(`gold-sets: ${file}: "${name}" is not an entity of the set`);
        return i;
      };
      const entities = set.entities.map((e) => ({
        type: e.type,
        names: [e.name, ...e.aliases],
        spans: spansOf(set.text, [e.name, ...e.aliases]),
      }));
      return {
        id: file.replace(/\.yaml$/u, ""),
        text: set.text,
        entities,
        relations: set.relations.map((r) => ({ type: r.type, from: at(r.from), to: at(r.to) })),
        figures: set.figures.map((f) => ({ entity: at(f.entity), value: f.value, unit: f.unit })),
      };
    });
}

function spansOf(text: string, names: string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const name of names)
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      spans.push({ start: i, end: i + name.length });
  return spans;
}
