/**
 * Keeps one mention per stretch of text: longer names win (包头稀土高新区科技创新局 over the zone
 * inside it), then higher confidence; the result is in text order.
 */
import type { Mention } from "./mention.ts";

/** Drops every mention that overlaps a longer (or surer) one. */
export function resolveOverlaps<M extends Mention>(mentions: readonly M[]): M[] {
  const ranked = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const kept: M[] = [];
  for (const mention of ranked) {
    if (!kept.some((k) => k.start < mention.end && mention.start < k.end)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
