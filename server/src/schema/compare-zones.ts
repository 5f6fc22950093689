/**
 * `compareZones(ids, metrics, period)`: zones side by side, metric by metric — each cell the
 * zone's figure (of `period`, else its latest) with unit, period and evidence, or empty — for the
 * analyst's comparison table.
 */
import type { EntityAttributes, Metric } from "@zonegraph/graph-data";
import { METRIC_KEYS } from "@zonegraph/graph-data/ontology";
import { builder } from "../builder.ts";
import { badInput } from "../errors.ts";
import { metricSlot } from "../graph/entity-columns.ts";
import { entityTypeCode } from "../graph/store.ts";
import { resolveEntityId } from "../ids.ts";
import { WhereParser } from "./entity-where.ts";
import { EvidenceRef, ZoneRef } from "./refs.ts";

/** Most zones, and most metrics, one comparison takes. */
export const MAX_COMPARED = 100;

interface Cell {
  key: string;
  metric: Metric | null;
}
interface Row {
  zone: EntityAttributes;
  cells: Cell[];
}
interface Comparison {
  zones: EntityAttributes[];
  metrics: string[];
  rows: Row[];
}

const ZONE = entityTypeCode("ZONE");
const LABELS = new Map<string, { zh: string; en: string; unit: string }>(METRIC_KEYS.map((m) => [m.id, m]));

const MetricKeyInfoRef = builder.objectRef<string>("MetricKeyInfo").implement({
  description: "A metric key of the comparison with its labels and unit.",
  fields: (t) => ({
    key: t.string({ description: 'The key, e.g. "tech_contract_value".', resolve: (k) => k }),
    label: t.string({
      description: "Chinese label, e.g. 技术合同成交额.",
      resolve: (k) => LABELS.get(k)?.zh ?? k,
    }),
    labelEn: t.string({ description: "English label.", resolve: (k) => LABELS.get(k)?.en ?? k }),
    unit: t.string({ description: "The base unit.", resolve: (k) => LABELS.get(k)?.unit ?? "" }),
  }),
});

const ComparisonCellRef = builder.objectRef<Cell>("ComparisonCell").implement({
  description: "One zone's figure for one metric, with its evidence; value null when the zone has none.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "The metric key." }),
    label: t.string({
      description: "Chinese label.",
      resolve: (c) => c.metric?.label.zh ?? LABELS.get(c.key)?.zh ?? c.key,
    }),
    value: t.float({
      nullable: true,
      description: "The value in base units (null: not reported).",
      resolve: (c) => c.metric?.value ?? null,
    }),
    unit: t.string({
      description: "The base unit.",
      resolve: (c) => c.metric?.unit ?? LABELS.get(c.key)?.unit ?? "",
    }),
    period: t.string({
      nullable: true,
      description: "The figure's period.",
      resolve: (c) => c.metric?.period ?? null,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "The quotes that state the figure (none when not reported).",
      resolve: (c) => c.metric?.evidence ?? [],
    }),
  }),
});

const ComparisonRowRef = builder.objectRef<Row>("ComparisonRow").implement({
  description: "One zone and its cells, in the order of `metrics`.",
  fields: (t) => ({
    zone: t.expose("zone", { type: ZoneRef, description: "The zone." }),
    cells: t.expose("cells", { type: [ComparisonCellRef], description: "One cell per metric." }),
  }),
});

const ZoneComparisonRef = builder.objectRef<Comparison>("ZoneComparison").implement({
  description: "Zones × metrics, each cell with its evidence.",
  fields: (t) => ({
    zones: t.expose("zones", { type: [ZoneRef], description: "The zones, in the order asked." }),
    metrics: t.field({
      type: [MetricKeyInfoRef],
      description: "The metrics (columns).",
      resolve: (c) => c.metrics,
    }),
    rows: t.expose("rows", { type: [ComparisonRowRef], description: "One row per zone." }),
  }),
});

builder.queryField("compareZones", (t) =>
  t.field({
    type: ZoneComparisonRef,
    // Null with a BAD_USER_INPUT error for an unknown zone: one bad id never wipes the other fields.
    nullable: true,
    description:
      'Zones side by side: one row per zone, one cell per metric with its value, period and evidence; null, with a BAD_USER_INPUT error naming the argument, when an id is no zone. Example: `compareZones(ids: ["包头稀土高新区", "泸州高新区"], metrics: ["tech_contract_value"])`.',
    args: {
      ids: t.arg.idList({
        required: true,
        description: `The zones (global ids, raw ids, names or aliases), 1..${MAX_COMPARED}. Example: \`["包头稀土高新区", "泸州高新区"]\`.`,
      }),
      metrics: t.arg.stringList({
        description: `Metric keys to compare, at most ${MAX_COMPARED}; every key any of the zones reports when omitted (ontology order). Example: \`["tech_contract_value", "rd_staff"]\`.`,
      }),
      period: t.arg.string({
        description: 'Compare figures of this period (else each zone\'s latest). Example: `"2022"`.',
      }),
    },
    resolve: (_root, args, ctx) => {
      if (args.ids.length === 0 || args.ids.length > MAX_COMPARED)
        throw badInput("ids", `give 1..${MAX_COMPARED} zones, got ${args.ids.length}.`);
      const zones = args.ids.map((id, k) => {
        const i = resolveEntityId(ctx, String(id));
        if (i < 0 || ctx.store.entityType[i] !== ZONE)
          throw badInput("ids", `\`ids[${k}]\`: no zone with id "${String(id)}".`);
        return i;
      });
      const q = ctx.query;
      const cols = q.columns;
      const parser = new WhereParser(ctx, "metrics");
      let keys: string[];
      if (args.metrics) {
        if (args.metrics.length > MAX_COMPARED)
          throw badInput("metrics", `give at most ${MAX_COMPARED} keys.`);
        keys = args.metrics.map((k, j) => parser.metricKey(k, `metrics[${j}]`));
      } else {
        const present = new Set<string>();
        for (const z of zones)
          for (let s = cols.metricOffsets[z]!; s < cols.metricOffsets[z + 1]!; s++)
            present.add(cols.metricKeys[cols.metricKey[s]!]!);
        keys = METRIC_KEYS.map((m) => m.id as string).filter((k) => present.has(k));
      }
      const rows = zones.map((z) => {
        const record = ctx.store.entity(z);
        const cells = keys.map((key) => {
          const code = cols.metricCode.get(key);
          const s = code === undefined ? -1 : metricSlot(cols, z, code, args.period ?? null);
          return { key, metric: s < 0 ? null : (record.metrics[s - cols.metricOffsets[z]!] ?? null) };
        });
        return { zone: record, cells };
      });
      return { zones: rows.map((r) => r.zone), metrics: keys, rows };
    },
  }),
);
