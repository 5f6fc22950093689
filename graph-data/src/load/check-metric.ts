/**
 * Checks one metric of an entity against the ontology (key, unit, qualifier), requires a numeric
 * value in base units that can be read in its own quote ("2.06亿元" for 206000000), and resolves
 * its evidence.
 */
import { METRIC_KEYS, QUALIFIERS, UNITS } from "../ontology.ts";
import { MetricFactSchema } from "./fact-schemas.ts";
import type { FactScope } from "./fact-scope.ts";
import { ontologyChoice } from "./ontology-choice.ts";
import { readNumbers, textHasNumber } from "../read-numbers.ts";
import { resolveEvidence, type QuoteContext } from "./resolve-evidence.ts";
import type { Metric } from "../types.ts";

/** The checked Metric, or undefined when `raw` had errors (reported into `scope`). */
export function checkMetric(scope: FactScope, raw: unknown, context: QuoteContext): Metric | undefined {
  const m = scope.parse(MetricFactSchema, raw);
  if (m === undefined) return undefined;
  const before = scope.errors.length;
  const key = ontologyChoice(scope, ["key"], "metric key", METRIC_KEYS, m.key);
  let unit: (typeof UNITS)[number] | undefined;
  if (m.unit === undefined || m.unit === null)
    scope.fail([], `no unit${key ? `: ${key.id} is measured in "${key.unit}"` : ""}`);
  else if (typeof m.unit !== "string")
    scope.fail(["unit"], `unit must be a string, got ${JSON.stringify(m.unit)}`);
  else unit = ontologyChoice(scope, ["unit"], "unit", UNITS, m.unit);
  if (key && unit && unit.id !== key.unit)
    scope.fail(["unit"], `unit "${unit.id}" is not the unit of ${key.id}, which is "${key.unit}"`);
  const qualifier =
    m.qualifier === undefined
      ? undefined
      : ontologyChoice(scope, ["qualifier"], "qualifier", QUALIFIERS, m.qualifier);
  let value: number | undefined;
  if (typeof m.value === "number" && Number.isFinite(m.value)) value = m.value;
  else
    scope.fail(
      ["value"],
      `value must be a number in base units (yuan, not 亿元), got ${JSON.stringify(m.value) ?? "nothing"}`,
    );
  const evidence = resolveEvidence(scope, m.evidence, context);
  if (value !== undefined && evidence.length > 0 && !evidence.some((e) => textHasNumber(e.quote, value))) {
    const read = evidence.flatMap((e) => readNumbers(e.quote)).map((n) => `${n.text} = ${n.value}`);
    scope.fail(
      ["value"],
      `value ${value} cannot be read in its quote (numbers read there: ${read.length > 0 ? read.join(", ") : "none"})`,
    );
  }
  if (!key || !unit || value === undefined || scope.errors.length > before) return undefined;
  const metric: Metric = { key: key.id, label: { zh: key.zh, en: key.en }, value, unit: unit.id, evidence };
  if (m.period !== undefined) metric.period = m.period;
  if (qualifier && qualifier.id !== "EXACT") metric.qualifier = qualifier.id;
  if (m.note !== undefined) metric.note = m.note;
  return metric;
}
