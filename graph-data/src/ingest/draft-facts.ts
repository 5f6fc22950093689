/**
 * Writes a proposal as a draft in the curated facts format: <dir>/article.txt (the normalised
 * text), <dir>/sources.yaml and <dir>/facts/<source>.yaml. Rules, confidences, links and flags are
 * YAML comments, and anything the loader would refuse (a metric without a key, a relation the
 * ontology does not allow) is written commented out, so a reviewed draft loads as it is.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RELATION_TYPES, textHasNumber } from "../index.ts";
import type { ProposalDocument, ProposedEntity, Span } from "./types.ts";

/** Writes the draft folder for `doc` under `draftsDir`; returns the folder. */
export function writeDraft(doc: ProposalDocument, draftsDir: string): string {
  const dir = join(draftsDir, doc.source.id);
  mkdirSync(join(dir, "facts"), { recursive: true });
  writeFileSync(join(dir, "article.txt"), `${doc.source.text}\n`);
  writeFileSync(join(dir, "sources.yaml"), sourcesYaml(doc));
  writeFileSync(join(dir, "facts", `${doc.source.id}.yaml`), factsYaml(doc));
  return dir;
}

const q = (s: string): string => JSON.stringify(s);

function sourcesYaml(doc: ProposalDocument): string {
  const zone = doc.entities.find((e) => e.type === "ZONE");
  const anchor = (doc.source.text.split("\n").find((l) => l.trim() !== "") ?? "").trim().slice(0, 12);
  return [
    "# Written by pnpm ingest: the article as the proposer read it (normalised).",
    "page:",
    `  id: ${doc.source.id}-page`,
    "  file: article.txt",
    `  publication: ${q(doc.source.publication ?? "unknown")}`,
    ...(doc.source.date ? [`  date: ${q(doc.source.date)}`] : []),
    "articles:",
    `  - id: ${doc.source.id}`,
    `    title: ${q(doc.source.title ?? doc.source.id)}`,
    `    authors: [${doc.source.authors.map(q).join(", ")}]`,
    `    zoneId: ${zone?.id ?? "unknown"}`,
    `    zoneNames: [${q(zone?.name ?? doc.source.title ?? doc.source.id)}]`,
    `    anchor: ${q(anchor)}`,
    "",
  ].join("\n");
}

function factsYaml(doc: ProposalDocument): string {
  const lines = [
    `# Proposed by pnpm ingest from ${doc.source.id}: review every fact, then move it into data/facts/.`,
    `source: ${doc.source.id}`,
    "entities:",
  ];
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  for (const e of doc.entities) {
    lines.push(
      `  # rule ${e.rule}, confidence ${e.confidence}${links(e)}`,
      ...e.flags.map((f) => `  # FLAG: ${f}`),
    );
    lines.push(
      `  - id: ${e.id}`,
      `    type: ${e.type}`,
      `    name: ${q(e.name)}`,
      `    nameEn: ${q(e.name)} # to translate`,
      `    aliases: [${e.aliases.map(q).join(", ")}]`,
    );
    if (e.kind) lines.push(`    kind: ${e.kind}`);
    if (e.orgKind) lines.push(`    orgKind: ${e.orgKind}`);
    if (e.regionKind) lines.push(`    regionKind: ${e.regionKind}`);
    if (e.status) lines.push(`    status: ${e.status}`);
    const figures = doc.metrics.filter((m) => m.entity === e.id);
    const investment = figures.find((m) => m.attribute === "investmentYuan");
    if (investment) lines.push(`    investmentYuan: ${investment.value}`);
    const capacity = figures.filter(
      (m) =>
        m.attribute === "capacity" &&
        (m.unit === "MW" || m.unit === "MWh" || m.unit === "tonne" || m.unit === "tonne/year"),
    );
    if (capacity.length > 0)
      lines.push(
        `    capacity: [${capacity.map((c) => `{ value: ${c.value}, unit: ${c.unit} }`).join(", ")}]`,
      );
    const fund = figures.find((m) => m.attribute === "fundSizeYuan");
    if (fund) lines.push(`    fundSizeYuan: ${fund.value}`);
    for (const d of e.designations ?? [])
      lines.push(
        `    # designation: ${d.name}${d.level ? ` (${d.level})` : ""}${d.year ? ` ${d.year}` : ""}`,
      );
    lines.push("    evidence:", ...evidence(doc, e.evidence, "      "));
    const metrics = figures.filter((m) => m.attribute === undefined || m.attribute === "fundSizeYuan");
    if (metrics.length > 0) lines.push("    metrics:");
    for (const m of metrics) {
      const loadable = m.key !== null && m.evidence.some((ev) => textHasNumber(ev.quote, m.value));
      const p = loadable ? "      " : "      # ";
      lines.push(`      # rule ${m.rule}, confidence ${m.confidence}: ${m.label}`);
      lines.push(
        `${p}- key: ${m.key ?? "(no key fits)"}`,
        `${p}  value: ${m.value}`,
        `${p}  unit: ${m.unit}`,
      );
      if (m.period) lines.push(`${p}  period: ${q(m.period)}`);
      if (m.qualifier) lines.push(`${p}  qualifier: ${m.qualifier}`);
      lines.push(`${p}  evidence:`, ...evidence(doc, m.evidence.slice(0, 1), `${p}    `));
    }
  }
  lines.push("relations:");
  for (const r of doc.relations) {
    const spec = RELATION_TYPES.find((t) => t.id === r.type);
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    const allowed =
      spec !== undefined &&
      from !== undefined &&
      to !== undefined &&
      (spec.from as readonly string[]).includes(from.type) &&
      (spec.to as readonly string[]).includes(to.type);
    const p = allowed ? "  " : "  # ";
    lines.push(
      `  # rule ${r.rule}, confidence ${r.confidence}: ${from?.name ?? r.from} → ${to?.name ?? r.to}${allowed ? "" : " (not allowed by the ontology)"}`,
    );
    lines.push(`${p}- type: ${r.type}`, `${p}  from: ${r.from}`, `${p}  to: ${r.to}`);
    if (r.title) lines.push(`${p}  title: ${q(r.title)}`);
    if (r.inferred) lines.push(`${p}  inferred: ${q(r.reason ?? "implied by the text")}`);
    lines.push(`${p}  evidence:`, ...evidence(doc, r.evidence.slice(0, 1), `${p}    `));
  }
  return `${lines.join("\n")}\n`;
}

function evidence(doc: ProposalDocument, spans: readonly Span[], indent: string): string[] {
  return spans.map((s) => {
    const starts: number[] = [];
    for (let i = doc.source.text.indexOf(s.quote); i >= 0; i = doc.source.text.indexOf(s.quote, i + 1))
      starts.push(i);
    const occurrence = starts.indexOf(s.start) + 1;
    return starts.length > 1
      ? `${indent}- { quote: ${q(s.quote)}, occurrence: ${occurrence} }`
      : `${indent}- ${q(s.quote)}`;
  });
}

function links(e: ProposedEntity): string {
  return e.linksTo.length === 0 ? "" : `; may be ${e.linksTo.map((l) => `${l.id} (${l.reason})`).join(", ")}`;
}
