/**
 * Checks the designations of a zone in a facts file: the level against the ontology, the name and
 * the year against the quotes (a designation's name, and its year when given, must be printed in
 * one of its own quotes), and one designation per name; resolves their evidence to offsets.
 */
import { LEVELS } from "../ontology.ts";
import type { Designation } from "../types.ts";
import type { DesignationFact } from "./fact-schemas.ts";
import type { FactScope } from "./fact-scope.ts";
import { ontologyChoice } from "./ontology-choice.ts";
import { resolveEvidence, type QuoteContext } from "./resolve-evidence.ts";

/** The checked designations (those without errors); problems are reported into `scope`. */
export function checkDesignations(
  scope: FactScope,
  facts: readonly DesignationFact[],
  context: QuoteContext,
): Designation[] {
  const seen = new Map<string, number>();
  return facts.flatMap((d, i): Designation[] => {
    const at = ["designations", i];
    const before = scope.errors.length;
    const first = seen.get(d.name);
    if (first !== undefined)
      scope.fail(
        [...at, "name"],
        `designation "${d.name}" is listed twice (first as designation ${first + 1})`,
      );
    else seen.set(d.name, i);
    const level =
      d.level === undefined ? undefined : ontologyChoice(scope, [...at, "level"], "level", LEVELS, d.level);
    const evidence = resolveEvidence(scope, d.evidence, context, [...at, "evidence"]);
    if (evidence.length > 0 && !evidence.some((e) => e.quote.includes(d.name)))
      scope.fail([...at, "name"], `designation "${d.name}" is not printed in any of its quotes`);
    if (
      d.year !== undefined &&
      evidence.length > 0 &&
      !evidence.some((e) => e.quote.includes(String(d.year)))
    )
      scope.fail(
        [...at, "year"],
        `designation "${d.name}": year ${d.year} is not printed in any of its quotes`,
      );
    if (scope.errors.length > before) return [];
    const designation: Designation = { name: d.name, evidence };
    if (level) designation.level = level.id;
    if (d.year !== undefined) designation.year = d.year;
    return [designation];
  });
}
