/**
 * The invariant of a graph's evidence, checked by readers of graph files: it cites a source of the
 * graph, its [start, end) lies inside that source's text, and its quote is the text there.
 */
import type { Evidence } from "./types.ts";

/** What is wrong with `evidence` against `sources` (by id), or undefined when nothing is. */
export function evidenceProblem(
  evidence: Evidence,
  sources: ReadonlyMap<string, { readonly id: string; readonly text: string }>,
): string | undefined {
  const source = sources.get(evidence.sourceId);
  if (source === undefined) return `cites no source of the graph ("${evidence.sourceId}")`;
  const { start, end, quote } = evidence;
  if (!(start <= end && end <= source.text.length))
    return `[${start}, ${end}) lies outside the ${source.text.length} characters of ${source.id}`;
  if (source.text.slice(start, end) !== quote)
    return `quote "${quote.slice(0, 40)}" is not the text of ${source.id} at [${start}, ${end})`;
  return undefined;
}
