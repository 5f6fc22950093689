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
import type { FigureAttribute } from "./types.ts";
import type { MetricKey } from "../index.ts";

const CAPACITY_UNITS = new Set(["tonne", "tonne/year", "MW", "MWh"]);

/** A figure with the key of its entity and what it measures. */
export interface AttachedFigure extends Figure {
  entityKey: string;
  key: MetricKey | null;
  attribute?: FigureAttribute;
  rule: string;
}

/** Attaches every figure; figures with no entity at all are dropped. */
export function attachFigures(
  match: string,
  figures: readonly Figure[],
  mentions: readonly Mention[],
  clauses: readonly Clause[],
  types: ReadonlyMap<string, string>,
): AttachedFigure[] {
  const out: AttachedFigure[] = [];
  for (const figure of figures) {
    const inside = mentions.find(
      (m) => m.type === "PROJECT" && m.start <= figure.start && figure.end <= m.end,
    );
    const modifies =
      match[figure.end] === "的" ? mentions.find((m) => m.start === figure.end + 1) : undefined;
    const clause = clauses.find((c) => c.start <= figure.start && figure.start <= c.end);
    const lastProject = findLast(mentions, (m) => m.end <= figure.start);
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
      ? [...mentions]
          .reverse()
          .find((m) => m.type === "PROJECT" && m.end <= figure.start && m.start > sentenceStart)
      : undefined;
    const inside2 = inside ?? afterProject ?? capacityOf;
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
    const attached: AttachedFigure = {
      ...figure,
      entityKey,
      key: classifyMetric(figure.label, figure.unit),
      rule,
    };
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

function findLast<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let k = list.length - 1; k >= 0; k--) {
    const item = list[k];
    if (item !== undefined && test(item)) return item;
  }
  return undefined;
}
