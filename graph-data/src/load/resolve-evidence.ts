/**
 * Resolves curators' quotes to Evidence: finds each quote in its source's text and stores its
 * [start, end) offsets. A quote missing from the text, or printed more than once without an
 * `occurrence`, is an error that says what to do.
 */
import type { EvidenceItem } from "./fact-schemas.ts";
import type { FactScope } from "./fact-scope.ts";
import type { Evidence, Source } from "../types.ts";
import type { YamlPath } from "./yaml-file.ts";

/** The sources quotes can be looked up in, and the file's default source id. */
export interface QuoteContext {
  sources: ReadonlyMap<string, Source>;
  defaultSource: string | undefined;
}

/** Resolves the evidence items at `rel` of `scope`; reports problems and returns what resolved. */
export function resolveEvidence(
  scope: FactScope,
  items: readonly EvidenceItem[],
  context: QuoteContext,
  rel: YamlPath = ["evidence"],
): Evidence[] {
  if (items.length === 0) scope.fail(rel, "needs at least one evidence quote");
  const resolved: Evidence[] = [];
  items.forEach((item, k) => {
    const {
      quote,
      occurrence,
      source: own,
    } = typeof item === "string" ? { quote: item, occurrence: undefined, source: undefined } : item;
    const at = [...rel, k];
    const sourceId = own ?? context.defaultSource;
    if (sourceId === undefined)
      return scope.fail(
        at,
        `evidence ${k + 1} has no source: set "source:" at the top of the file or on the evidence item`,
      );
    const source = context.sources.get(sourceId);
    if (!source)
      return scope.fail(
        at,
        `evidence ${k + 1}: unknown source "${sourceId}" (sources: ${[...context.sources.keys()].join(", ")})`,
      );
    const starts = occurrences(source.text, quote);
    if (starts.length === 0) {
      const elsewhere = [...context.sources.values()]
        .filter((s) => s.id !== sourceId && s.text.includes(quote))
        .map((s) => s.id);
      const hint =
        elsewhere.length > 0
          ? ` (it is in ${elsewhere.join(", ")}: add "source: ${elsewhere[0] ?? ""}" to the evidence item)`
          : " (quotes are matched exactly against the normalised text: see src/normalise.ts)";
      return scope.fail(at, `evidence ${k + 1}: quote "${short(quote)}" is not in ${sourceId}${hint}`);
    }
    if (occurrence === undefined && starts.length > 1) {
      return scope.fail(
        at,
        `evidence ${k + 1}: quote "${short(quote)}" occurs ${starts.length} times in ${sourceId}; add "occurrence: N" (1–${starts.length}) to say which`,
      );
    }
    const start = starts[(occurrence ?? 1) - 1];
    if (start === undefined) {
      return scope.fail(
        at,
        `evidence ${k + 1}: occurrence ${occurrence ?? 1} is out of range: quote "${short(quote)}" occurs ${starts.length} time${starts.length === 1 ? "" : "s"} in ${sourceId}`,
      );
    }
    resolved.push({ sourceId, quote, start, end: start + quote.length });
  });
  return resolved;
}

function occurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) starts.push(i);
  return starts;
}

function short(quote: string): string {
  return quote.length > 40 ? `${quote.slice(0, 39)}…` : quote;
}
