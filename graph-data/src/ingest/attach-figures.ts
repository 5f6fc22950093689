/**
 * Puts each figure on the entity it is about: inside a project's name (年产30万吨…) → the project;
 * "4.1亿元的X项目" → X; otherwise the subject of its clause (clause-subjects.ts). Picks the metric
 * key (or, for projects and funds, the attribute: investment, capacity, fund size).
 */
import type { Clause } from "./clause-subjects.ts";
import { classifyMetric } from "./classify-metric.ts";
import type { Figure } from "./find-figures.ts";
import type { Mention } from "./mention.ts";
import { keyOf } from "./relation-draft.ts";
import { SortedSpans } from "./sorted-spans.ts";
import type { FigureAttribute } from "./types.ts";
import type { MetricKey } from "../index.ts";

const CAPACITY_UNITS = new Set(["tonne", "tonne/year", "MW", "MWh"]);
/** Words right before an amount that make it a project's own investment (not 协议总投资 of a signing). */
const INVESTMENT_LABEL = /(?:^|[^议约])(?:总投资|计划投资|投资额)(?:约|达|为|超过|近)?$/u;

/** A figure with the key of its entity and what it measures. */
export interface AttachedFigure extends Figure {
  entityKey: string;
  key: MetricKey | null;
  attribute?: FigureAttribute;
  rule: string;
}

/** Attaches every figure; figures with no entity at all are dropped (mentions and clauses in text order). */
export function attachFigures(
  match: string,
  figures: readonly Figure[],
  mentions: readonly Mention[],
  clauses: readonly Clause[],
  types: ReadonlyMap<string, string>,
): AttachedFigure[] {
  const out: AttachedFigure[] = [];
  const sorted = new SortedSpans(mentions);
  const projects = new SortedSpans(mentions.filter((m) => m.type === "PROJECT"));
  const clauseIndex = new SortedSpans(clauses);
  for (const figure of figures) {
    const inside = projects.firstHolding(figure.start, figure.end);
    const modifies =
      match[figure.end] === "的" ? sorted.firstStarting(figure.end + 1, figure.end + 2) : undefined;
    const clause = clauseIndex.holding(figure.start);
    const lastProject = sorted.lastEnding(figure.start);
    const afterProject =
      lastProject?.type === "PROJECT" &&
      /^[^,，;；。、]{0,8}$/u.test(match.slice(lastProject.end, figure.start))
        ? lastProject
        : undefined;
    // A capacity (MW, MWh, tonnes) in a sentence that names a project is that project's.
    const sentenceStart = Math.max(
      match.lastIndexOf("。", figure.start),
      match.lastIndexOf("\n", figure.start),
    );
    const capacityOf = CAPACITY_UNITS.has(figure.unit)
      ? projects.lastEnding(figure.start, (m) => m.start > sentenceStart, sentenceStart + 1)
      : undefined;
    // "…X项目,总投资32亿元": an investment in a sentence that names a project is that project's.
    const investmentOf =
      figure.unit === "yuan" &&
      INVESTMENT_LABEL.test(match.slice(Math.max(sentenceStart, figure.start - 12), figure.start))
        ? projects.lastEnding(figure.start, (m) => m.start > sentenceStart, sentenceStart + 1)
        : undefined;
    const inside2 = inside ?? afterProject ?? capacityOf ?? investmentOf;
    const entityKey = inside2 ? keyOf(inside2) : modifies ? keyOf(modifies) : clause?.subject;
    if (!entityKey) continue;
    const rule = inside
      ? "figure-in-project-name"
      : afterProject
        ? "figure-after-project"
        : modifies
          ? "figure-before-name"
          : "figure-clause-subject";
    const type = types.get(entityKey);
    // Built field by field: one object shape for every figure (a spread gives each its own).
    const attached: AttachedFigure = {
      start: figure.start,
      end: figure.end,
      value: figure.value,
      unit: figure.unit,
      label: figure.label,
      entityKey,
      key: classifyMetric(figure.label, figure.unit),
      rule,
    };
    if (figure.valueMax !== undefined) attached.valueMax = figure.valueMax;
    if (figure.qualifier !== undefined) attached.qualifier = figure.qualifier;
    if (figure.period !== undefined) attached.period = figure.period;
    if (type === "PROJECT") {
      if (figure.unit === "yuan") attached.attribute = "investmentYuan";
      else if (["tonne", "tonne/year", "MW", "MWh"].includes(figure.unit)) attached.attribute = "capacity";
      if (attached.attribute) attached.key = null;
    }
    if (type === "INVESTOR" && figure.unit === "yuan") {
      attached.attribute = "fundSizeYuan";
      attached.key = "fund_size";
    }
    out.push(attached);
  }
  return out;
}
