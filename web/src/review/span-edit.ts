/**
 * Span editing with the arrow keys: move the whole span, extend or shrink its end, or move its
 * start, always inside the text and never empty. Pure: (span, text length, how) → span.
 */

/** How an arrow key changes a span. */
export type SpanNudge = "left" | "right" | "extend" | "shrink" | "start-left" | "start-right";

/** A [start, end) span. */
export interface Span {
  start: number;
  end: number;
}

/** The span after one nudge; the same span when the nudge would leave the text or empty it. */
export function nudgeSpan(span: Span, length: number, how: SpanNudge): Span {
  const { start, end } = span;
  const next: Span =
    how === "left"
      ? { start: start - 1, end: end - 1 }
      : how === "right"
        ? { start: start + 1, end: end + 1 }
        : how === "extend"
          ? { start, end: end + 1 }
          : how === "shrink"
            ? { start, end: end - 1 }
            : how === "start-left"
              ? { start: start - 1, end }
              : { start: start + 1, end };
  return next.start < 0 || next.end > length || next.end <= next.start ? span : next;
}
