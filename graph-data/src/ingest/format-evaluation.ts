/**
 * Prints an Evaluation as a table: per entity type, all entities, relations and figures, each with
 * gold and proposed counts and strict/tolerant precision and recall, then what was missed.
 */
import { precision, recall, type Evaluation, type Score } from "./evaluate.ts";

/** The evaluation as text, headed by `title`. */
export function formatEvaluation(title: string, e: Evaluation, showMisses = true): string {
  const pct = (x: number): string => x.toFixed(2);
  const row = (name: string, s: { strict: Score; tolerant: Score }): string =>
    `| ${name.padEnd(12)} | ${String(s.strict.gold).padStart(4)} | ${String(s.strict.proposed).padStart(8)} | ${pct(precision(s.strict))} | ${pct(recall(s.strict))} | ${pct(precision(s.tolerant))} | ${pct(recall(s.tolerant))} |`;
  const lines = [
    `## ${title}`,
    "",
    "| what         | gold | proposed | P strict | R strict | P tolerant | R tolerant |",
    "|--------------|------|----------|------|------|------|------|",
  ];
  for (const [type, s] of Object.entries(e.entities))
    if (type !== "ALL" && s.strict.gold + s.strict.proposed > 0) lines.push(row(type, s));
  const all = e.entities["ALL"];
  if (all) lines.push(row("entities", all));
  lines.push(row("relations", e.relations), row("figures", e.figures));
  if (showMisses && e.misses.length > 0)
    lines.push("", "misses and extras (strict):", ...e.misses.map((m) => `- ${m}`));
  return lines.join("\n");
}
