/**
 * The evidence of an entity as the details panel shows it: every quote of the entity, of its
 * relations and of its metrics, grouped by sentence (the same sentence once, all its quotes
 * marked), each sentence with the facts it supports, and markup of the source text ("## "
 * headings, "**" emphasis, "> " quotes) stripped.
 */
import type { EvidenceItem } from "../api/api-types.ts";

/** A fact a sentence supports: the entity itself, one of its relations, or one of its metrics. */
export type EvidenceFact =
  { kind: "entity" } | { kind: "relation"; id: string } | { kind: "metric"; key: string };

/** A piece of a sentence: plain text, or a quote to mark. */
export interface SentencePart {
  text: string;
  marked: boolean;
}

/** One sentence of a source, its quotes marked, with the facts it supports and its article. */
export interface EvidenceSentence {
  parts: SentencePart[];
  facts: EvidenceFact[];
  source: EvidenceItem["source"];
}

/** Most characters of a sentence shown around its quotes. */
export const MAX_SENTENCE = 320;

/** Removes Markdown-like markup a source's text carries: heading and quote markers, emphasis. */
export function stripMarkup(text: string): string {
  return text
    .replace(/(^|\n)\s*#{1,6}\s+/g, "$1")
    .replace(/(^|\n)\s*>\s+/g, "$1")
    .replace(/\*\*|__/g, "");
}

/** The key of the sentence an item quotes (source and where its context starts; the quote alone without one). */
const sentenceKey = (ev: EvidenceItem) =>
  ev.context !== null && ev.contextStart !== null
    ? `${ev.source.id}@${ev.contextStart}`
    : `${ev.source.id}#${ev.start}`;

/** Splits a context into parts with the quotes of `items` marked (quotes whose offsets do not match are skipped). */
function markQuotes(context: string, contextStart: number, items: readonly EvidenceItem[]): SentencePart[] {
  const spans = items
    .map((ev) => ({ from: ev.start - contextStart, to: ev.end - contextStart, quote: ev.quote }))
    .filter((s) => s.from >= 0 && s.to <= context.length && context.slice(s.from, s.to) === s.quote)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const parts: SentencePart[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.to <= at) continue;
    const from = Math.max(s.from, at);
    if (from > at) parts.push({ text: context.slice(at, from), marked: false });
    parts.push({ text: context.slice(from, s.to), marked: true });
    at = s.to;
  }
  if (at < context.length) parts.push({ text: context.slice(at), marked: false });
  return parts;
}

/** Strips markup from the parts, trims the sentence and cuts long plain stretches at either end. */
function tidy(parts: SentencePart[]): SentencePart[] {
  const out = parts
    .map((p) => ({ ...p, text: p.marked ? p.text : stripMarkup(p.text) }))
    .filter((p) => p.text !== "");
  const first = out[0];
  const last = out[out.length - 1];
  if (first && !first.marked) {
    first.text = first.text.trimStart();
    if (first.text.length > MAX_SENTENCE / 2) first.text = `…${first.text.slice(-MAX_SENTENCE / 2)}`;
  }
  if (last && !last.marked) {
    last.text = last.text.trimEnd();
    if (last.text.length > MAX_SENTENCE / 2) last.text = `${last.text.slice(0, MAX_SENTENCE / 2)}…`;
  }
  return out.filter((p) => p.text !== "");
}

/** Groups the evidence of an entity, its relations and its metrics by sentence, in source order. */
export function evidenceSentences(details: {
  evidence: readonly EvidenceItem[];
  relations: readonly { id: string; evidence: readonly EvidenceItem[] }[];
  metrics: readonly { key: string; evidence: readonly EvidenceItem[] }[];
}): EvidenceSentence[] {
  const tagged: { ev: EvidenceItem; fact: EvidenceFact }[] = [
    ...details.evidence.map((ev) => ({ ev, fact: { kind: "entity" } as const })),
    ...details.relations.flatMap((r) =>
      r.evidence.map((ev) => ({ ev, fact: { kind: "relation", id: r.id } as const })),
    ),
    ...details.metrics.flatMap((m) =>
      m.evidence.map((ev) => ({ ev, fact: { kind: "metric", key: m.key } as const })),
    ),
  ];
  const groups = new Map<string, { items: EvidenceItem[]; facts: EvidenceFact[] }>();
  for (const { ev, fact } of tagged) {
    const key = sentenceKey(ev);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { items: [], facts: [] }));
    g.items.push(ev);
    if (!g.facts.some((f) => JSON.stringify(f) === JSON.stringify(fact))) g.facts.push(fact);
  }
  const sentences = [...groups.values()].map((g) => {
    const first = g.items[0]!;
    const parts =
      first.context !== null && first.contextStart !== null
        ? markQuotes(first.context, first.contextStart, g.items)
        : [{ text: first.quote, marked: true }];
    const marked = parts.some((p) => p.marked) ? parts : [{ text: first.quote, marked: true }];
    return {
      parts: tidy(marked),
      facts: g.facts,
      source: first.source,
      at: first.contextStart ?? first.start,
    };
  });
  sentences.sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : a.at - b.at));
  return sentences.map(({ parts, facts, source }) => ({ parts, facts, source }));
}
