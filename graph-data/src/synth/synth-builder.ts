/**
 * SynthBuilder: collects synthetic entities and relations, then renders one synthetic Source per
 * zone whose lines name each entity and state each relation and metric, so every piece of evidence
 * quotes text that really is in its source (`text.slice(start, end) === quote`).
 */
import { METRIC_KEYS, type Bilingual, type MetricKey, type RelationType } from "../ontology.ts";
import type { GraphParts } from "../snapshot/graph-parts.ts";
import type { EntityAttributes, Evidence, Metric, RelationAttributes, Source } from "../types.ts";

/** How a relation reads in a source line, given the name of its target and its title. */
const CLAUSES: Record<RelationType, (to: string, title: string | undefined) => string> = {
  LOCATED_IN: (to) => `位于${to}`,
  PART_OF: (to) => `隶属于${to}`,
  HOSTED_BY: (to) => `依托${to}建设`,
  OWNED_BY: (to) => `由${to}承担`,
  FUNDED_BY: (to) => `获${to}投资`,
  ROLE_AT: (to, title) => `任${to}${title ?? ""}`,
  PARTNERS_WITH: (to) => `与${to}开展战略合作`,
  RELIES_ON: (to) => `依托${to}`,
  ADMINISTERS: (to) => `负责${to}的建设管理`,
  COOPERATES_WITH: (to) => `与${to}签署合作协议`,
  ESTABLISHED_BY: (to) => `由${to}设立`,
};

const LABELS = new Map<string, Bilingual>(METRIC_KEYS.map((k) => [k.id, { zh: k.zh, en: k.en }]));

/** Entity fields the generator sets; evidence and metrics are filled in by the builder. */
export type EntityDraft = Omit<EntityAttributes, "evidence" | "metrics">;

/** Accumulates a synthetic graph; `build()` renders sources and evidence and returns GraphParts. */
export class SynthBuilder {
  private readonly nodes: EntityAttributes[] = [];
  private readonly home: number[] = [];
  private readonly metricClauses = new Map<number, string[]>();
  private readonly src: number[] = [];
  private readonly dst: number[] = [];
  private readonly types: RelationType[] = [];
  private readonly titles = new Map<number, string>();

  /** Add an entity described in the source of zone entity `home` (-1: the entity is a zone itself). */
  add(draft: EntityDraft, home: number): number {
    const index = this.nodes.length;
    this.nodes.push({ ...draft, evidence: [], metrics: [] });
    this.home.push(home < 0 ? index : home);
    return index;
  }

  /** Change the zone whose source describes an entity. */
  setHome(index: number, home: number): void {
    this.home[index] = home;
  }

  /** The entity at `index` (as added). */
  entity(index: number): EntityAttributes {
    const node = this.nodes[index];
    if (node === undefined) throw new Error(`graph-data/synth/synth-builder: no entity ${index}`);
    return node;
  }

  /** Number of entities so far. */
  get size(): number {
    return this.nodes.length;
  }

  /** Add a relation from → to; `title` is the ROLE_AT title. */
  relate(from: number, type: RelationType, to: number, title?: string): void {
    if (title !== undefined) this.titles.set(this.src.length, title);
    this.src.push(from);
    this.dst.push(to);
    this.types.push(type);
  }

  /** Add a metric whose sentence (`clause`, which states the value) goes into the entity's line. */
  metric(index: number, key: MetricKey, value: number, period: string, clause: string): void {
    const metric: Metric = {
      key,
      label: LABELS.get(key) ?? { zh: key, en: key },
      value,
      unit: unitOf(key),
      period,
      evidence: [],
    };
    this.entity(index).metrics.push(metric);
    const clauses = this.metricClauses.get(index) ?? [];
    clauses.push(clause);
    this.metricClauses.set(index, clauses);
  }

  /** Render one source per zone and attach evidence to every entity, relation and metric. */
  build(name: string): GraphParts {
    const n = this.nodes.length;
    const m = this.src.length;
    const outStart = new Uint32Array(n + 1);
    for (let e = 0; e < m; e++) outStart[(this.src[e] ?? 0) + 1]! += 1;
    for (let i = 0; i < n; i++) outStart[i + 1]! += outStart[i]!;
    const fill = outStart.slice(0, n);
    const outEdges = new Uint32Array(m);
    for (let e = 0; e < m; e++) outEdges[fill[this.src[e] ?? 0]!++] = e;

    const byHome = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const h = this.home[i] ?? i;
      const list = byHome.get(h);
      if (list === undefined) byHome.set(h, [i]);
      else list.push(i);
    }

    const relations: RelationAttributes[] = new Array<RelationAttributes>(m);
    const sources: Source[] = [];
    for (const [zone, members] of byHome) {
      const zoneNode = this.entity(zone);
      const sourceId = `src-${zoneNode.id}`;
      const parts: string[] = [];
      let pos = 0;
      const emit = (text: string): Evidence => {
        const ev: Evidence = { sourceId, quote: text, start: pos, end: pos + text.length };
        parts.push(text);
        pos += text.length;
        return ev;
      };
      const sep = (text: string): void => {
        parts.push(text);
        pos += text.length;
      };
      for (const i of members) {
        const node = this.nodes[i] as EntityAttributes;
        node.evidence.push(emit(node.name));
        for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
          const e = outEdges[k]!;
          const type = this.types[e] as RelationType;
          const title = this.titles.get(e);
          sep("，");
          const ev = emit(CLAUSES[type](this.entity(this.dst[e] ?? 0).name, title));
          relations[e] =
            title === undefined
              ? { id: `rel-${e}`, type, evidence: [ev] }
              : { id: `rel-${e}`, type, title, evidence: [ev] };
        }
        const metrics = node.metrics;
        const clauses = this.metricClauses.get(i) ?? [];
        for (let k = 0; k < metrics.length; k++) {
          sep("，");
          metrics[k]!.evidence.push(emit(clauses[k] ?? ""));
        }
        sep("。\n");
      }
      const text = parts.join("");
      sources.push({
        id: sourceId,
        title: `${zoneNode.name}发展概况（合成语料）`,
        publication: "园区图谱合成语料",
        authors: [],
        zoneId: zoneNode.id,
        start: 0,
        end: text.length,
        text,
      });
    }
    const edges = relations.map((attributes, e) => ({
      source: this.src[e] ?? 0,
      target: this.dst[e] ?? 0,
      attributes,
    }));
    return { attributes: { name, sources }, nodes: this.nodes, edges };
  }
}

/** The unit a metric key must be in. */
function unitOf(key: MetricKey): Metric["unit"] {
  const entry = METRIC_KEYS.find((k) => k.id === key);
  if (entry === undefined) throw new Error(`graph-data/synth/synth-builder: unknown metric key ${key}`);
  return entry.unit;
}
