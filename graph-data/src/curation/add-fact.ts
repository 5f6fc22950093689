/**
 * Adds a fact the proposer missed to a draft (pure): an entity, a relation or a metric, accepted,
 * with its quote — a span of the article's text, given by offsets or as a quote found once.
 */
import { z } from "zod";
import { METRIC_KEYS } from "../ontology.ts";
import { textHasNumber } from "../read-numbers.ts";
import { badInput, checkChangeable } from "./curation-error.ts";
import { checkEnd, type GraphLookup } from "./decide-proposals.ts";
import {
  bumped,
  EntityTypeSchema,
  MetricKeySchema,
  QualifierSchema,
  RelationTypeSchema,
  UnitSchema,
  type Actor,
  type Draft,
} from "./draft.ts";
import { checkDraftLimits } from "./draft-limits.ts";
import { parseInput } from "./parse-input.ts";
import { readSpan, SpanInputSchema } from "./read-span.ts";

/** A fact to add: kind ENTITY, RELATION or METRIC, each with the span that states it. */
export const NewFactSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("ENTITY"),
    name: z.string().trim().min(1),
    nameEn: z.string().trim().min(1).optional(),
    type: EntityTypeSchema,
    aliases: z.array(z.string().trim().min(1)).default([]),
    span: SpanInputSchema,
  }),
  z.strictObject({
    kind: z.literal("RELATION"),
    type: RelationTypeSchema,
    from: z.string().min(1),
    to: z.string().min(1),
    title: z.string().min(1).optional(),
    span: SpanInputSchema,
  }),
  z.strictObject({
    kind: z.literal("METRIC"),
    entity: z.string().min(1),
    key: MetricKeySchema,
    value: z.number().finite(),
    unit: UnitSchema,
    period: z.string().min(1).optional(),
    qualifier: QualifierSchema.optional(),
    span: SpanInputSchema,
  }),
]);
/** A new fact. */
export type NewFact = z.input<typeof NewFactSchema>;

/** `draft` with `fact` added (accepted, origin CURATOR), one version on; the new proposal's id is `added-N`. */
export function addFact(
  draft: Draft,
  expectedVersion: number,
  fact: unknown,
  actor: Actor,
  graph?: GraphLookup,
): Draft {
  checkChangeable(draft, expectedVersion);
  const f = parseInput(NewFactSchema, fact, "fact");
  const evidence = [readSpan(draft.source.text, f.span, "fact.span")];
  const id = nextId(draft);
  const common = {
    id,
    decision: "ACCEPTED",
    origin: "CURATOR",
    confidence: 1,
    rule: "curator",
    evidence,
  } as const;
  const next = structuredClone(draft);
  if (f.kind === "ENTITY") {
    const aliases = [...new Set(f.aliases.filter((a) => a !== f.name))];
    next.entities.push({
      ...common,
      evidence,
      name: f.name,
      type: f.type,
      aliases,
      linksTo: [],
      flags: [],
      ...opt("nameEn", f.nameEn),
    });
  } else if (f.kind === "RELATION") {
    const from = checkEnd(draft, f.from, "fact.from", graph);
    const to = checkEnd(draft, f.to, "fact.to", graph);
    if (from === to) throw badInput("fact.to", `a relation cannot go from ${from} to itself`);
    next.relations.push({
      ...common,
      evidence,
      type: f.type,
      from,
      to,
      inferred: false,
      ...opt("title", f.title),
    });
  } else {
    const entity = checkEnd(draft, f.entity, "fact.entity", graph);
    const key = METRIC_KEYS.find((k) => k.id === f.key);
    if (key && key.unit !== f.unit)
      throw badInput("fact.unit", `${f.key} is measured in "${key.unit}", not "${f.unit}"`);
    if (!evidence.some((e) => textHasNumber(e.quote, f.value)))
      throw badInput(
        "fact.value",
        `${f.value} cannot be read in the quote "${evidence[0]?.quote ?? ""}" (base units: yuan, not 亿元)`,
      );
    next.metrics.push({
      ...common,
      evidence,
      entity,
      key: f.key,
      label: key?.zh ?? f.key,
      value: f.value,
      unit: f.unit,
      ...opt("period", f.period),
      ...opt("qualifier", f.qualifier),
    });
  }
  checkDraftLimits(next, "fact");
  return bumped(next, actor);
}

function nextId(draft: Draft): string {
  const taken = new Set([...draft.entities, ...draft.relations, ...draft.metrics].map((p) => p.id));
  let n = 1;
  while (taken.has(`added-${n}`)) n++;
  return `added-${n}`;
}

/** `{ [key]: value }` when value is defined, else `{}` (for exactOptionalPropertyTypes). */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
