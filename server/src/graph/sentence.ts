/**
 * The sentence around a quote: from just after the previous sentence end (。！？!? or a line break)
 * to the next one inclusive, so the explorer can show a quote inside its sentence.
 */

const ENDS = new Set(["。", "！", "？", "!", "?", "\n"]);

/** The text and start offset of the sentence(s) containing [start, end) of `text`. */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !ENDS.has(text[from - 1]!)) from--;
  let to = Math.max(from, Math.min(end, text.length));
  // A quote that itself ends a sentence keeps that end; otherwise extend to the next one.
  if (!(to > from && ENDS.has(text[to - 1]!))) {
    while (to < text.length && !ENDS.has(text[to]!)) to++;
    if (to < text.length && text[to] !== "\n") to++;
  }
  const raw = text.slice(from, to);
  return { text: raw.trim(), start: from + raw.length - raw.trimStart().length };
}
