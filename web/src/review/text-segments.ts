/**
 * The article text cut into segments for highlighting: every boundary of every proposal's span
 * (and of the span being edited) starts a new segment, and each segment knows which proposals
 * cover it. The panel colours a segment by its narrowest entity (the explorer's type colours).
 */
import type { EntityType } from "@zonegraph/graph-data/ontology";
import type { Decision, Draft } from "./review-types.ts";

/** A proposal's mark on a segment. */
export interface Mark {
  id: string;
  kind: "entity" | "relation" | "metric";
  /** The entity type (entities only). */
  type: EntityType | null;
  decision: Decision;
  /** Length of the whole span (the narrowest wins the colour). */
  length: number;
}

/** A run of text with the marks covering all of it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
  /** Inside the span being edited. */
  pending: boolean;
}

/** Cuts `draft.source.text` into segments; `pending` is the span being edited, if any. */
export function textSegments(draft: Draft, pending: { start: number; end: number } | null): Segment[] {
  const text = draft.source.text;
  const spans: { start: number; end: number; mark: Mark | null }[] = [];
  const add = (
    kind: Mark["kind"],
    id: string,
    type: EntityType | null,
    decision: Decision,
    ev: { start: number; end: number }[],
  ) => {
    for (const e of ev)
      if (e.start < e.end && e.end <= text.length)
        spans.push({
          start: e.start,
          end: e.end,
          mark: { id, kind, type, decision, length: e.end - e.start },
        });
  };
  for (const p of draft.entities) add("entity", p.id, p.type, p.decision, p.evidence);
  for (const p of draft.relations) add("relation", p.id, null, p.decision, p.evidence);
  for (const p of draft.metrics) add("metric", p.id, null, p.decision, p.evidence);
  const cuts = new Set([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  if (pending) cuts.add(pending.start).add(pending.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks = spans
      .filter((s) => s.start <= start && s.end >= end && s.mark !== null)
      .map((s) => s.mark as Mark)
      .sort((a, b) => a.length - b.length);
    const inPending = pending !== null && pending.start <= start && pending.end >= end;
    segments.push({ start, end, text: text.slice(start, end), marks, pending: inPending });
  }
  return segments;
}

/** The mark that colours a segment: its narrowest entity not rejected, else any mark not rejected, else the narrowest. */
export function leadMark(segment: Segment): Mark | null {
  const live = segment.marks.filter((m) => m.decision !== "REJECTED");
  return live.find((m) => m.kind === "entity") ?? live[0] ?? segment.marks[0] ?? null;
}
