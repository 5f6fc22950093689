/**
 * Keeps one mention per stretch of text: longer names win (包头稀土高新区科技创新局 over the zone
 * inside it), then higher confidence; the result is in text order. Kept stretches are marked
 * character by character, so each candidate is checked against its own characters only.
 */
import type { Mention } from "./mention.ts";

/** Drops every mention that overlaps a longer (or surer) one (mentions are never empty). */
export function resolveOverlaps<M extends Mention>(mentions: readonly M[]): M[] {
  const ranked = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  let size = 0;
  for (const m of mentions) size = Math.max(size, m.end);
  const taken = new Uint8Array(size);
  const kept: M[] = [];
  for (const mention of ranked) {
    let free = true;
    for (let i = mention.start; i < mention.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, mention.start, mention.end);
    kept.push(mention);
  }
  // Kept mentions never overlap, so no two share a start.
  return kept.sort((a, b) => a.start - b.start);
}
