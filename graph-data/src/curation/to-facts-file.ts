/**
 * Turns a draft's accepted facts into what publishing writes (pure): a facts YAML document in the
 * curated format (data/README.md) — new entities with kebab-case ids unique across the folder,
 * linked entities referenced by their existing id, quotes (with `occurrence` when repeated),
 * `inferred` with its reason, figures in base units — plus the article's text and its entry in
 * articles.yaml. Anything that cannot be written says which proposal and why.
 */
import { stringify } from "yaml";
import type { EntityType } from "../ontology.ts";
import type { ArticleEntry } from "./articles-file.ts";
import { badInput } from "./curation-error.ts";
import type { Draft, DraftEntity, DraftMetric } from "./draft.ts";

type ProposedDesignation = NonNullable<DraftEntity["designations"]>[number];
import type { TextSpan } from "./read-span.ts";

/** What the folder already holds, so new ids do not collide. */
export interface FolderIds {
  /** Every existing entity id. */
  entityIds: ReadonlySet<string>;
  /** Every existing source (article) id. */
  sourceIds: ReadonlySet<string>;
  /** Whether the folder already holds this relation (an accepted duplicate is then left out). */
  hasRelation?: (type: string, from: string, to: string) => boolean;
}

/** A metric for an entity another facts file defines, its quotes naming this article's source. */
export interface ExistingFigure {
  entityId: string;
  metric: Record<string, unknown>;
}

/** A title (称号) of a linked zone another facts file defines, its quotes naming this article's source. */
export interface ExistingDesignation {
  entityId: string;
  designation: Record<string, unknown>;
}

/** Counts of what a publish adds. */
export interface Added {
  entities: number;
  relations: number;
  metrics: number;
}

/** The files of one publish, and what it adds. */
export interface FactsFileOutput {
  sourceId: string;
  /** Folder-relative paths and contents. */
  factsFile: string;
  factsYaml: string;
  sourceFile: string;
  sourceText: string;
  article: ArticleEntry;
  /** Published id of every accepted draft entity (linked ones: the existing id). */
  ids: ReadonlyMap<string, string>;
  /** Figures on existing entities, to be added to the files that define them. */
  existingFigures: ExistingFigure[];
  /** Titles of linked zones, to be added to the files that define the zones. */
  existingDesignations: ExistingDesignation[];
  added: Added;
}

type Yaml = Record<string, unknown>;

/** Which entity types may carry each type-specific attribute (as the loader checks). */
const APPLIES_TO: Readonly<Record<string, readonly EntityType[]>> = {
  level: ["ZONE", "PLATFORM"],
  kind: ["PLATFORM"],
  status: ["PROJECT"],
  orgKind: ["ORGANIZATION"],
  regionKind: ["REGION"],
};

/** The facts file, source text and article entry of `draft`'s accepted facts. */
export function toFactsFile(draft: Draft, folder: FolderIds): FactsFileOutput {
  const { title, publication } = draft.source;
  if (title === undefined || title.trim() === "")
    throw badInput("source.title", "an article needs a title to be published");
  if (publication === undefined || publication.trim() === "")
    throw badInput("source.publication", "an article needs its publication to be published");
  const sourceId = sourceIdOf(draft, folder.sourceIds);
  const text = draft.source.text;
  const taken = new Set(folder.entityIds);
  const ids = new Map<string, string>();
  const yamlEntities = new Map<string, Yaml>();
  const accepted = draft.entities.filter((e) => e.decision === "ACCEPTED");
  const existingDesignations: ExistingDesignation[] = [];
  accepted.forEach((e, i) => {
    if (e.linkTo !== undefined) {
      // A linked zone's titles go into the file that defines it, as its figures do.
      if (e.type === "ZONE")
        for (const d of e.designations ?? [])
          existingDesignations.push({ entityId: e.linkTo, designation: designationYaml(d, text, sourceId) });
      return void ids.set(e.id, e.linkTo);
    }
    const id = newId(e, sourceId, i + 1, taken);
    ids.set(e.id, id);
    yamlEntities.set(e.id, entityYaml(e, id, text));
  });
  const endOf = (ref: string, at: string): string => {
    const own = draft.entities.find((e) => e.id === ref);
    if (!own) return ref; // an existing entity's id
    const id = ids.get(ref);
    if (id === undefined)
      throw badInput(
        at,
        `${ref} (${own.name}) is ${own.decision.toLowerCase()}: accept or link it, or reject this`,
      );
    return id;
  };
  let metrics = 0;
  const existingFigures: ExistingFigure[] = [];
  for (const m of draft.metrics.filter((x) => x.decision === "ACCEPTED")) {
    const at = `metrics.${m.id}`;
    const entityId = endOf(m.entity, `${at}.entity`);
    const host = yamlEntities.get(m.entity);
    if (host) addFigure(host, m, text, at);
    else {
      if (m.attribute !== undefined)
        throw badInput(
          `${at}.attribute`,
          `${m.attribute} of an existing entity (${entityId}) is edited in its own facts file`,
        );
      const metric = metricYaml(m, evidenceYaml(m.evidence, text, sourceId), at);
      existingFigures.push({ entityId, metric });
    }
    metrics++;
  }
  const relations = draft.relations
    .filter((r) => r.decision === "ACCEPTED")
    .flatMap((r) => {
      const at = `relations.${r.id}`;
      const [from, to] = [endOf(r.from, `${at}.from`), endOf(r.to, `${at}.to`)];
      if (folder.hasRelation?.(r.type, from, to)) return [];
      const rel: Yaml = { type: r.type, from, to };
      if (r.title !== undefined) rel["title"] = r.title;
      if (r.inferred) rel["inferred"] = r.reason ?? `inferred by the proposer's rule ${r.rule}`;
      rel["evidence"] = evidenceYaml(r.evidence, text);
      return [rel];
    });
  if (
    yamlEntities.size === 0 &&
    relations.length === 0 &&
    existingFigures.length === 0 &&
    existingDesignations.length === 0
  )
    throw badInput("draft", `draft ${draft.id} has nothing new accepted: accept, edit or add facts first`);
  const doc = { source: sourceId, entities: [...yamlEntities.values()], relations };
  const header = `# ${title} (${publication}${draft.source.date ? `, ${draft.source.date}` : ""})\n# Published from draft ${draft.id} (proposer ${draft.proposerVersion}) by ${draft.updatedBy}.\n`;
  const article: ArticleEntry = {
    id: sourceId,
    file: `sources/${sourceId}.txt`,
    title,
    publication,
    authors: draft.source.authors,
    zoneId: zoneOf(draft, ids, relations),
  };
  if (draft.source.date !== undefined) article.date = draft.source.date;
  if (draft.source.url !== undefined) article.url = draft.source.url;
  return {
    sourceId,
    factsFile: `facts/${sourceId}.yaml`,
    factsYaml: header + stringify(doc, { lineWidth: 0 }),
    sourceFile: article.file,
    sourceText: text,
    article,
    ids,
    existingFigures,
    existingDesignations,
    added: { entities: yamlEntities.size, relations: relations.length, metrics },
  };
}

/** A kebab-case slug of `s` ("" when it has no ASCII letters or digits). */
export function kebab(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

function sourceIdOf(draft: Draft, taken: ReadonlySet<string>): string {
  const own = kebab(draft.source.id);
  if (own !== "" && own !== "article" && !taken.has(own)) return own;
  const id = `${own || "article"}-${draft.id}`;
  if (taken.has(id)) throw badInput("source.id", `an article "${id}" is already published`);
  return id;
}

function newId(e: DraftEntity, sourceId: string, n: number, taken: Set<string>): string {
  const base = kebab(e.nameEn ?? "") || `${sourceId}-${e.type.toLowerCase()}-${n}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

function entityYaml(e: DraftEntity, id: string, text: string): Yaml {
  // The proposer gives no English names; the Chinese name stands in until a curator sets one.
  const y: Yaml = { id, type: e.type, name: e.name, nameEn: e.nameEn ?? e.name };
  const aliases = e.aliases.filter((a) => a !== e.name);
  if (aliases.length > 0) y["aliases"] = aliases;
  for (const [field, types] of Object.entries(APPLIES_TO)) {
    const value = e[field as keyof DraftEntity];
    if (value !== undefined && types.includes(e.type)) y[field] = value;
  }
  // A new zone's titles (称号) go with it; the loader checks each name and year against its quotes.
  if (e.type === "ZONE" && e.designations !== undefined && e.designations.length > 0)
    y["designations"] = e.designations.map((d) => designationYaml(d, text));
  y["evidence"] = evidenceYaml(e.evidence, text);
  return y;
}

/** A designation as a facts file writes it (quotes naming `source` when the file is another article's). */
function designationYaml(d: ProposedDesignation, text: string, source?: string): Yaml {
  const designation: Yaml = { name: d.name };
  if (d.level !== undefined) designation["level"] = d.level;
  if (d.year !== undefined) designation["year"] = d.year;
  designation["evidence"] = evidenceYaml(d.evidence, text, source);
  return designation;
}

function addFigure(host: Yaml, m: DraftMetric, text: string, at: string): void {
  const evidence = evidenceYaml(m.evidence, text);
  if (m.attribute !== undefined) {
    if (m.attribute === "capacity")
      host["capacity"] = [...asArray(host["capacity"]), { value: m.value, unit: m.unit }];
    else host[m.attribute] = m.value;
    host["evidence"] = [...asArray(host["evidence"]), ...evidence];
    return;
  }
  host["metrics"] = [...asArray(host["metrics"]), metricYaml(m, evidence, at)];
}

function metricYaml(m: DraftMetric, evidence: unknown[], at: string): Yaml {
  if (m.key === null) throw badInput(`${at}.key`, `the figure "${m.label}" has no metric key: edit its key`);
  const metric: Yaml = { key: m.key, value: m.value, unit: m.unit };
  if (m.period !== undefined) metric["period"] = m.period;
  if (m.qualifier !== undefined) metric["qualifier"] = m.qualifier;
  if (m.valueMax !== undefined) metric["note"] = `up to ${m.valueMax}`;
  metric["evidence"] = evidence;
  return metric;
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? (v as unknown[]) : [];
}

/**
 * Quotes as curators write them: bare, or with `occurrence` when the quote is printed twice, and
 * with `source` when they go into another article's facts file.
 */
function evidenceYaml(spans: readonly TextSpan[], text: string, source?: string): unknown[] {
  const seen = new Set<number>();
  return spans
    .filter((s) => !seen.has(s.start) && seen.add(s.start))
    .map((s) => {
      let count = 0;
      let occurrence = 0;
      for (let i = text.indexOf(s.quote); i >= 0; i = text.indexOf(s.quote, i + 1)) {
        count++;
        if (i === s.start) occurrence = count;
      }
      // A span whose quote is not at its offsets is kept as is: the loader will refuse it by name.
      const item = count > 1 && occurrence > 0 ? { quote: s.quote, occurrence } : s.quote;
      if (source === undefined) return item;
      return typeof item === "string" ? { quote: item, source } : { ...item, source };
    });
}

function zoneOf(draft: Draft, ids: ReadonlyMap<string, string>, relations: readonly Yaml[]): string {
  const zones = new Map(
    draft.entities.filter((e) => e.type === "ZONE" && ids.has(e.id)).map((e) => [ids.get(e.id) ?? "", e]),
  );
  const located = relations.find((r) => r["type"] === "LOCATED_IN" && zones.has(String(r["to"])));
  return located ? String(located["to"]) : ([...zones.keys()][0] ?? "");
}
