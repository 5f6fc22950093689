/**
 * Applies curators' decisions to a draft (pure): ACCEPT, REJECT, EDIT (name, type, span, value,
 * unit, key, endpoints …; an edit accepts the edited proposal) and LINK (an entity proposal is an
 * existing graph entity). A stale version is CONFLICT; a decision names its bad field. A rejected
 * proposal stays rejected until a decision names it again.
 */
import { z } from "zod";
import { METRIC_KEYS, type EntityType } from "../ontology.ts";
import { badInput, checkChangeable } from "./curation-error.ts";
import {
  bumped,
  EntityTypeSchema,
  MetricKeySchema,
  QualifierSchema,
  RelationTypeSchema,
  UnitSchema,
  type Actor,
  type Draft,
  type DraftEntity,
  type DraftMetric,
  type DraftRelation,
} from "./draft.ts";
import { checkDraftLimits } from "./draft-limits.ts";
import { parseInput } from "./parse-input.ts";
import { readSpan, SpanInputSchema } from "./read-span.ts";

/** What an EDIT changes; fields apply to the proposal's kind (entity, relation or metric). */
export const ProposalEditSchema = z.strictObject({
  name: z.string().trim().min(1).optional(),
  nameEn: z.string().trim().min(1).optional(),
  aliases: z.array(z.string().trim().min(1)).optional(),
  /** Entity type for an entity, relation type for a relation. */
  type: z.string().min(1).optional(),
  /** Replaces evidence `index` (default 0; evidence.length appends). */
  span: SpanInputSchema.extend({ index: z.number().int().nonnegative().optional() }).optional(),
  value: z.number().finite().optional(),
  unit: UnitSchema.optional(),
  key: MetricKeySchema.optional(),
  period: z.string().min(1).optional(),
  qualifier: QualifierSchema.optional(),
  /** Relation ends and a metric's entity: a draft entity id or an existing graph entity id. */
  from: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
  entity: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
});
/** An edit. */
export type ProposalEdit = z.infer<typeof ProposalEditSchema>;

/** One decision on one proposal. */
export const ProposalDecisionSchema = z.strictObject({
  proposalId: z.string().min(1),
  action: z.enum(["ACCEPT", "REJECT", "EDIT", "LINK"]),
  edit: ProposalEditSchema.optional(),
  linkTo: z.string().min(1).optional(),
});
/** A decision. */
export type ProposalDecision = z.infer<typeof ProposalDecisionSchema>;

/** What the current graph knows, to check LINK targets and endpoints early (optional). */
export interface GraphLookup {
  /** The type of the existing entity `id`, or undefined when there is none. */
  entityType(id: string): EntityType | undefined;
}

const FIELDS_BY_KIND = {
  entity: ["name", "nameEn", "aliases", "type", "span"],
  relation: ["type", "span", "from", "to", "title"],
  metric: ["span", "value", "unit", "key", "period", "qualifier", "entity"],
} as const;

/** `draft` with `decisions` applied, one version on; throws CONFLICT or BAD_INPUT. */
export function decideProposals(
  draft: Draft,
  expectedVersion: number,
  decisions: unknown,
  actor: Actor,
  graph?: GraphLookup,
): Draft {
  checkChangeable(draft, expectedVersion);
  const list = parseInput(z.array(ProposalDecisionSchema).min(1), decisions, "decisions");
  const next = structuredClone(draft);
  list.forEach((d, i) => apply(next, d, `decisions[${i}]`, graph));
  checkDraftLimits(next, "decisions");
  return bumped(next, actor);
}

function apply(draft: Draft, d: ProposalDecision, at: string, graph: GraphLookup | undefined): void {
  const found = findProposal(draft, d.proposalId);
  if (!found) throw badInput(`${at}.proposalId`, `draft ${draft.id} has no proposal "${d.proposalId}"`);
  if (d.action !== "EDIT" && d.edit !== undefined) throw badInput(`${at}.edit`, `only EDIT takes an edit`);
  if (d.action !== "LINK" && d.linkTo !== undefined) throw badInput(`${at}.linkTo`, `only LINK takes linkTo`);
  const { kind, item } = found;
  switch (d.action) {
    case "ACCEPT":
    case "REJECT":
      item.decision = d.action === "ACCEPT" ? "ACCEPTED" : "REJECTED";
      return;
    case "LINK": {
      if (kind !== "entity")
        throw badInput(`${at}.action`, `only entity proposals link; ${d.proposalId} is a ${kind}`);
      if (d.linkTo === undefined) throw badInput(`${at}.linkTo`, "LINK needs the id of an existing entity");
      const type = graph?.entityType(d.linkTo);
      if (graph && type === undefined) throw badInput(`${at}.linkTo`, `no existing entity "${d.linkTo}"`);
      if (type !== undefined && type !== item.type)
        throw badInput(
          `${at}.linkTo`,
          `${d.linkTo} is a ${type}, the proposal a ${item.type}: edit its type first`,
        );
      item.linkTo = d.linkTo;
      item.decision = "ACCEPTED";
      return;
    }
    case "EDIT": {
      if (d.edit === undefined) throw badInput(`${at}.edit`, "EDIT needs an edit");
      const allowed: readonly string[] = FIELDS_BY_KIND[kind];
      const wrong = Object.keys(d.edit).find((k) => !allowed.includes(k));
      if (wrong !== undefined)
        throw badInput(`${at}.edit.${wrong}`, `a ${kind} has no "${wrong}" (it takes ${allowed.join(", ")})`);
      if (kind === "entity") editEntity(item, d.edit, `${at}.edit`);
      else if (kind === "relation") editRelation(draft, item, d.edit, `${at}.edit`, graph);
      else editMetric(draft, item, d.edit, `${at}.edit`, graph);
      if (d.edit.span) editSpan(draft.source.text, item, d.edit.span, `${at}.edit.span`);
      item.decision = "ACCEPTED";
      return;
    }
  }
}

type Found =
  | { kind: "entity"; item: DraftEntity }
  | { kind: "relation"; item: DraftRelation }
  | { kind: "metric"; item: DraftMetric };

/** The proposal `id` of `draft` with its kind. */
export function findProposal(draft: Draft, id: string): Found | undefined {
  const entity = draft.entities.find((e) => e.id === id);
  if (entity) return { kind: "entity", item: entity };
  const relation = draft.relations.find((r) => r.id === id);
  if (relation) return { kind: "relation", item: relation };
  const metric = draft.metrics.find((m) => m.id === id);
  return metric ? { kind: "metric", item: metric } : undefined;
}

function editEntity(item: DraftEntity, edit: ProposalEdit, at: string): void {
  if (edit.type !== undefined) {
    item.type = parseInput(EntityTypeSchema, edit.type, `${at}.type`);
    // A link made under the old type no longer holds.
    delete item.linkTo;
  }
  if (edit.name !== undefined) item.name = edit.name;
  if (edit.nameEn !== undefined) item.nameEn = edit.nameEn;
  if (edit.aliases !== undefined) item.aliases = [...new Set(edit.aliases.filter((a) => a !== item.name))];
}

function editRelation(
  draft: Draft,
  item: DraftRelation,
  edit: ProposalEdit,
  at: string,
  graph: GraphLookup | undefined,
): void {
  if (edit.type !== undefined) item.type = parseInput(RelationTypeSchema, edit.type, `${at}.type`);
  if (edit.from !== undefined) item.from = checkEnd(draft, edit.from, `${at}.from`, graph);
  if (edit.to !== undefined) item.to = checkEnd(draft, edit.to, `${at}.to`, graph);
  if (edit.title !== undefined) item.title = edit.title;
  if (item.from === item.to) throw badInput(`${at}.to`, `a relation cannot go from ${item.from} to itself`);
}

function editMetric(
  draft: Draft,
  item: DraftMetric,
  edit: ProposalEdit,
  at: string,
  graph: GraphLookup | undefined,
): void {
  if (edit.entity !== undefined) item.entity = checkEnd(draft, edit.entity, `${at}.entity`, graph);
  if (edit.key !== undefined) {
    item.key = edit.key;
    // A figure given a metric key is a metric, not a project attribute any more.
    delete item.attribute;
  }
  if (edit.value !== undefined) item.value = edit.value;
  if (edit.unit !== undefined) item.unit = edit.unit;
  if (edit.period !== undefined) item.period = edit.period;
  if (edit.qualifier !== undefined) item.qualifier = edit.qualifier;
  const unit = METRIC_KEYS.find((k) => k.id === item.key)?.unit;
  if (unit !== undefined && unit !== item.unit)
    throw badInput(`${at}.unit`, `${item.key} is measured in "${unit}", not "${item.unit}"`);
}

/** A draft entity id, or (when `graph` says so) an existing entity id; BAD_INPUT otherwise. */
export function checkEnd(draft: Draft, id: string, at: string, graph: GraphLookup | undefined): string {
  if (draft.entities.some((e) => e.id === id)) return id;
  if (graph && graph.entityType(id) === undefined)
    throw badInput(at, `"${id}" is neither an entity of draft ${draft.id} nor an existing entity`);
  return id;
}

function editSpan(
  text: string,
  item: { evidence: { quote: string; start: number; end: number }[] },
  span: z.infer<typeof ProposalEditSchema>["span"] & object,
  at: string,
): void {
  const index = span.index ?? 0;
  if (index > item.evidence.length)
    throw badInput(`${at}.index`, `evidence ${index} does not exist (it has ${item.evidence.length})`);
  const { index: _index, ...where } = span;
  item.evidence[index] = readSpan(text, where, at);
}
