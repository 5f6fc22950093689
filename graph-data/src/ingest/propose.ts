/**
 * The proposer: raw article → normalised text → mentions → figures → relations → proposals. Every
 * proposal names its rule and carries quotes whose offsets point into `source.text`.
 */
import { articleContext, type ArticleContext } from "./article-context.ts";
import { attachFigures, type AttachedFigure } from "./attach-figures.ts";
import { clauseSubjects } from "./clause-subjects.ts";
import { findFigures } from "./find-figures.ts";
import { findMentions } from "./find-mentions.ts";
import { projectStatus } from "./find-projects.ts";
import { findRelations } from "./find-relations.ts";
import { findRoles } from "./find-roles.ts";
import { groupMentions, type MentionGroup } from "./group-mentions.ts";
import { inferRelations } from "./infer-relations.ts";
import { linkEntities, type GraphNames } from "./link-entities.ts";
import { prepareText } from "./prepare-text.ts";
import { keyOf, type RelationDraft } from "./relation-draft.ts";
import { SortedSpans } from "./sorted-spans.ts";
import { designationsOf } from "./zone-designations.ts";
import type {
  ProposalDocument,
  ProposedEntity,
  ProposedMetric,
  ProposedRelation,
  SourceMeta,
  Span,
} from "./types.ts";

/** Where a project's sentence ends (its status is read up to there). */
const SENTENCE_END = /[。;；\n]/gu;
/** Characters a quote never starts with. */
const QUOTE_TRIM = /[\s,，;；:：、。]/u;

/** What the caller knows about the article, and the existing graph to link to (none: --no-graph). */
export interface ProposeOptions {
  label: string;
  meta?: Partial<SourceMeta>;
  graph?: GraphNames;
}

/** Proposes entities, relations and metrics for one article (bytes or text). */
export function propose(input: Uint8Array | string, options: ProposeOptions): ProposalDocument {
  const prepared = prepareText(input, options.label);
  const context = articleContext(prepared);
  const found = findMentions(context);
  const { groups, keyMap } = groupMentions(found.mentions);
  for (const m of found.mentions) {
    const key = keyMap.get(keyOf(m)) ?? keyOf(m);
    if (key !== m.key) m.refersTo = key;
  }
  const types = new Map(groups.map((g) => [g.key, g.type as string]));
  const mainZone = groups
    .filter((g) => g.type === "ZONE")
    .sort((a, b) => b.mentions.length - a.mentions.length)[0]?.key;
  const clauses = clauseSubjects(context.match, found.mentions, mainZone);
  const stated: RelationDraft[] = [
    ...findRelations({ match: context.match, mentions: found.mentions, clauses, types }),
    ...findRoles(context.match, found.people, found.mentions),
    ...found.projects.map((p): RelationDraft => ({
      type: "OWNED_BY",
      from: keyOf(p),
      to: keyOf(p.owner),
      confidence: 0.8,
      rule: "company-project-list",
      start: p.owner.start,
      end: p.end,
    })),
  ];
  const hosted = found.hosts.map(({ platform, host }): RelationDraft => ({
    type: "HOSTED_BY",
    from: keyOf(platform),
    to: keyOf(host),
    reason: "a postdoctoral workstation is named after the unit that hosts it",
    confidence: 0.5,
    rule: "postdoc-workstation-host",
    start: platform.start,
    end: platform.end,
  }));
  const drafts = [...stated, ...hosted, ...inferRelations(groups, [...stated, ...hosted], mainZone)];
  const figures = attachFigures(context.match, findFigures(context.match), found.mentions, clauses, types);
  const ids = new Map<string, string>();
  const entities = groups.map((g, i) => entityOf(context, g, i, ids));
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const designation of designationsOf(context, found.designations, clauses)) {
    const id = ids.get(designation.zoneKey);
    const zone = id === undefined ? undefined : byId.get(id);
    if (zone?.type === "ZONE") (zone.designations ??= []).push(designation.designation);
  }
  if (options.graph) linkEntities(entities, options.graph);
  const meta = options.meta ?? {};
  const source = {
    id: meta.id ?? "article",
    authors: meta.authors && meta.authors.length > 0 ? meta.authors : found.reporters,
    ...(meta.title !== undefined ? { title: meta.title } : titleOf(prepared.text)),
    ...(meta.publication !== undefined ? { publication: meta.publication } : {}),
    ...(meta.date !== undefined ? { date: meta.date } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    text: prepared.text,
  };
  return {
    source,
    entities,
    relations: relationsOf(context, drafts, ids),
    metrics: metricsOf(context, figures, ids, clauses),
  };
}

function entityOf(
  context: ArticleContext,
  g: MentionGroup,
  i: number,
  ids: Map<string, string>,
): ProposedEntity {
  const id = `${g.type.toLowerCase()}-${i + 1}`;
  ids.set(g.key, id);
  const own = g.mentions.filter((m) => m.rule !== "anaphora");
  const lead = own[0] ?? g.mentions[0];
  const evidence = dedupe((own.length > 0 ? own : g.mentions).map((m) => span(context, m.start, m.end)));
  const entity: ProposedEntity = {
    id,
    name: g.name,
    type: g.type,
    aliases: g.aliases,
    confidence: Math.max(...g.mentions.map((m) => m.confidence)),
    rule: [...new Set(own.map((m) => m.rule))].join("+") || (lead?.rule ?? ""),
    evidence,
    linksTo: [],
    flags: [],
  };
  if (lead?.kind) entity.kind = lead.kind;
  if (lead?.orgKind) entity.orgKind = lead.orgKind;
  if (lead?.regionKind) entity.regionKind = lead.regionKind;
  if (g.type === "PROJECT" && lead) {
    SENTENCE_END.lastIndex = lead.end;
    const sentenceEnd = SENTENCE_END.exec(context.match)?.index;
    const status = projectStatus(context.match.slice(lead.end, sentenceEnd ?? lead.end + 80));
    if (status) entity.status = status;
  }
  return entity;
}

function relationsOf(
  context: ArticleContext,
  drafts: readonly RelationDraft[],
  ids: ReadonlyMap<string, string>,
): ProposedRelation[] {
  const byKey = new Map<string, ProposedRelation>();
  for (const d of drafts) {
    const from = ids.get(d.from);
    const to = ids.get(d.to);
    if (!from || !to || from === to) continue;
    const key = `${d.type}:${from}->${to}`;
    const existing = byKey.get(key);
    const evidence = span(context, d.start, d.end);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === evidence.start)) existing.evidence.push(evidence);
      if (existing.inferred && d.reason === undefined)
        Object.assign(existing, {
          inferred: false,
          rule: d.rule,
          confidence: d.confidence,
          reason: undefined,
        });
      continue;
    }
    const relation: ProposedRelation = {
      type: d.type,
      from,
      to,
      inferred: d.reason !== undefined,
      confidence: d.confidence,
      rule: d.rule,
      evidence: [evidence],
    };
    if (d.title) relation.title = d.title;
    if (d.reason) relation.reason = d.reason;
    byKey.set(key, relation);
  }
  return [...byKey.values()].map((r) => (r.reason === undefined ? withoutReason(r) : r));
}

function withoutReason(r: ProposedRelation): ProposedRelation {
  const { reason: _reason, ...rest } = r;
  return rest;
}

function metricsOf(
  context: ArticleContext,
  figures: readonly AttachedFigure[],
  ids: ReadonlyMap<string, string>,
  clauses: readonly { start: number; end: number }[],
): ProposedMetric[] {
  const out: ProposedMetric[] = [];
  const clauseIndex = new SortedSpans(clauses);
  // Metrics by entity and unit, then by value, in the order they were proposed.
  const byValue = new Map<string, Map<number, ProposedMetric[]>>();
  for (const f of figures) {
    const entity = ids.get(f.entityKey);
    if (!entity) continue;
    const clause = clauseIndex.holding(f.start);
    const quoteStart = Math.max(clause?.start ?? f.start, f.start - 24);
    const evidence = span(context, quoteStart, f.end);
    const entityUnit = `${entity}\u0000${f.unit}`;
    const values = byValue.get(entityUnit) ?? new Map<number, ProposedMetric[]>();
    byValue.set(entityUnit, values);
    const sameValue = values.get(f.value) ?? [];
    const same = sameValue.find((m) => m.key === f.key || m.key === null || f.key === null);
    if (same) {
      if (!same.evidence.some((e) => e.quote === evidence.quote)) same.evidence.push(evidence);
      if (same.key === null && f.key !== null) Object.assign(same, { key: f.key, label: f.label.trim() });
      continue;
    }
    const metric: ProposedMetric = {
      entity,
      key: f.key,
      label: f.label.trim(),
      value: f.value,
      unit: f.unit,
      confidence: f.key ? 0.8 : 0.6,
      rule: f.rule,
      evidence: [evidence],
    };
    if (f.attribute) metric.attribute = f.attribute;
    if (f.valueMax !== undefined) metric.valueMax = f.valueMax;
    if (f.qualifier) metric.qualifier = f.qualifier;
    if (f.period) metric.period = f.period;
    out.push(metric);
    values.set(f.value, [...sameValue, metric]);
  }
  return out;
}

function span(context: ArticleContext, start: number, end: number): Span {
  let from = start;
  while (from < end && QUOTE_TRIM.test(context.text[from] ?? "")) from++;
  return { quote: context.text.slice(from, end), start: from, end };
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return spans.filter((s) => !seen.has(s.start) && seen.add(s.start));
}

function titleOf(text: string): { title?: string } {
  const heading = /^#{1,2}\s*(.+)$/mu.exec(text);
  return heading?.[1] ? { title: heading[1].trim() } : {};
}
