/**
 * The `orderBy` input of entity lists: EntityOrderBy { field, direction, metricKey, period } and
 * its parsing (METRIC needs a known metricKey; metricKey and period belong to METRIC only).
 */
import { builder } from "../builder.ts";
import type { OrderField, OrderSpec } from "../graph/entity-sort.ts";
import type { GraphState } from "../state/graph-state.ts";
import { WhereParser } from "./entity-where.ts";
import { badInput } from "../errors.ts";

const FIELDS: Record<OrderField, string> = {
  NAME: "The name: Chinese names by pinyin (包头 as baotou), English names by letters.",
  INVESTMENT_YUAN: "A project's investment in yuan.",
  METRIC: "A metric figure (`metricKey`, and `period` or the latest figure).",
  DEGREE: "Number of relations, both directions.",
  TIED_COUNT: "For zones: the number of entities tied to it (within 4 hops).",
};

/** What entities can be ordered by. */
export const EntityOrderFieldEnum = builder.enumType("EntityOrderField", {
  description: "What to order entities by.",
  values: Object.fromEntries(Object.entries(FIELDS).map(([k, d]) => [k, { description: d }])) as Record<
    OrderField,
    { description: string }
  >,
});

/** ASC or DESC. */
export const SortDirectionEnum = builder.enumType("SortDirection", {
  description: "Ascending or descending; entities without the value come last either way.",
  values: {
    ASC: { description: "Smallest (or A, or a) first." },
    DESC: { description: "Largest first." },
  } as const,
});

/** An EntityOrderBy as sent. */
export interface EntityOrderByInput {
  field: OrderField;
  direction?: "ASC" | "DESC" | null | undefined;
  metricKey?: string | null | undefined;
  period?: string | null | undefined;
}

/** One key of an entity order. */
export const EntityOrderByRef = builder.inputRef<EntityOrderByInput>("EntityOrderBy").implement({
  description:
    'One key of an order; later keys break ties of earlier ones, the raw id breaks the rest. Example: `{ field: METRIC, metricKey: "tech_contract_value", direction: DESC }`.',
  fields: (t) => ({
    field: t.field({
      type: EntityOrderFieldEnum,
      required: true,
      description: "What to order by. Example: `INVESTMENT_YUAN`.",
    }),
    direction: t.field({
      type: SortDirectionEnum,
      defaultValue: "ASC",
      description: "ASC (default) or DESC; missing values last either way. Example: `DESC`.",
    }),
    metricKey: t.string({ description: 'METRIC: the metric key. Example: `"tech_contract_value"`.' }),
    period: t.string({
      description: 'METRIC: the period (the latest figure when omitted). Example: `"2022-01..2022-11"`.',
    }),
  }),
});

/** Parses `orderBy` (argument `arg`) into order specs. */
export function parseOrderBy(
  ctx: GraphState,
  orderBy: readonly EntityOrderByInput[] | null | undefined,
  arg = "orderBy",
): OrderSpec[] {
  const parser = new WhereParser(ctx, arg);
  return (orderBy ?? []).map((o, k) => {
    const path = `${arg}[${k}]`;
    if (o.field !== "METRIC" && (o.metricKey != null || o.period != null))
      throw badInput(arg, `\`${path}\`: metricKey and period go with field METRIC only.`);
    if (o.field === "METRIC" && o.metricKey == null)
      throw badInput(arg, `\`${path}\`: field METRIC needs a metricKey, e.g. "tech_contract_value".`);
    const spec: OrderSpec = { field: o.field, direction: o.direction ?? "ASC" };
    if (o.field === "METRIC") {
      spec.metricKey = parser.metricKey(o.metricKey!, `${path}.metricKey`);
      spec.period = o.period ?? null;
    }
    return spec;
  });
}
