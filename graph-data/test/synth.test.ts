/**
 * The synthetic generator: deterministic per seed, valid against the ontology, evidence that is
 * really in its sources, and the national shape in miniature (heavy-tailed zones, shared investors).
 */
import { describe, expect, it } from "vitest";
import { METRIC_KEYS, RELATION_TYPES } from "../src/ontology.ts";
import { partsToGraph } from "../src/snapshot/graph-parts.ts";
import { generateGraph } from "../src/synth/generate-graph.ts";

const small = generateGraph({ preset: "small", seed: 7 });
// The company figures: keys the curated corpus gives its companies, and operating revenue.
const COMPANY_KEYS = [
  "patents_granted",
  "operating_revenue",
  "rd_spending_share",
  "innovation_funding",
  "achievements_transferred",
];
const typeOf = (i: number): string => small.nodes[i]?.type ?? "?";

describe("generateGraph", () => {
  it("gives the same graph for the same seed and a different one for another seed", () => {
    const again = generateGraph({ preset: "small", seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    const other = generateGraph({ preset: "small", seed: 8 });
    expect(other.nodes.map((n) => n.name)).not.toEqual(small.nodes.map((n) => n.name));
  });

  it("makes about a thousand entities for the small preset", () => {
    expect(small.nodes.length).toBeGreaterThan(800);
    expect(small.nodes.length).toBeLessThan(1300);
    expect(small.edges.length).toBeGreaterThan(small.nodes.length);
    expect(new Set(small.nodes.map((n) => n.id)).size).toBe(small.nodes.length);
    expect(new Set(small.edges.map((e) => e.attributes.id)).size).toBe(small.edges.length);
  });

  it("only relates entity types the ontology allows", () => {
    const rules = new Map(RELATION_TYPES.map((r) => [r.id, r]));
    for (const e of small.edges) {
      const rule = rules.get(e.attributes.type);
      expect(rule?.from as readonly string[], `${e.attributes.id} from`).toContain(typeOf(e.source));
      expect(rule?.to as readonly string[], `${e.attributes.id} to`).toContain(typeOf(e.target));
    }
  });

  it("backs every entity, relation and metric with a quote found at its offsets", () => {
    const texts = new Map(small.attributes.sources.map((s) => [s.id, s.text]));
    const check = (evidence: { sourceId: string; quote: string; start: number; end: number }[]): void => {
      expect(evidence.length).toBeGreaterThan(0);
      for (const ev of evidence) expect(texts.get(ev.sourceId)?.slice(ev.start, ev.end)).toBe(ev.quote);
    };
    const units = new Map(METRIC_KEYS.map((k) => [k.id, k.unit]));
    for (const n of small.nodes) {
      check(n.evidence);
      for (const m of n.metrics) {
        check(m.evidence);
        expect(m.unit).toBe(units.get(m.key));
      }
    }
    for (const e of small.edges) check(e.attributes.evidence);
    for (const s of small.attributes.sources)
      expect(small.nodes.some((n) => n.id === s.zoneId && n.type === "ZONE")).toBe(true);
  });

  it("names companies by registered name with unique short-name aliases", () => {
    const companies = small.nodes.filter((n) => n.type === "COMPANY");
    for (const c of companies) expect(c.name).toMatch(/^\p{Script=Han}+(有限公司|股份有限公司)$/u);
    const aliases = small.nodes.flatMap((n) => n.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(companies.filter((c) => c.aliases.length > 0).length).toBeGreaterThan(companies.length * 0.9);
  });

  it("gives zones heavy-tailed sizes and investors that fund across many zones", () => {
    const perZone = new Map<number, number>();
    const zoneOfProject = new Map<number, number>();
    for (const e of small.edges) {
      if (e.attributes.type === "LOCATED_IN" && typeOf(e.source) === "COMPANY")
        perZone.set(e.target, (perZone.get(e.target) ?? 0) + 1);
      if (e.attributes.type === "LOCATED_IN" && typeOf(e.source) === "PROJECT")
        zoneOfProject.set(e.source, e.target);
    }
    const sizes = [...perZone.values()].sort((a, b) => b - a);
    expect(sizes[0]).toBeGreaterThan(4 * (sizes[Math.floor(sizes.length / 2)] ?? 1));
    const zonesByInvestor = new Map<number, Set<number>>();
    for (const e of small.edges) {
      const zone = zoneOfProject.get(e.source);
      if (e.attributes.type === "FUNDED_BY" && typeOf(e.target) === "INVESTOR" && zone !== undefined) {
        zonesByInvestor.set(e.target, (zonesByInvestor.get(e.target) ?? new Set()).add(zone));
      }
    }
    expect(Math.max(...[...zonesByInvestor.values()].map((s) => s.size))).toBeGreaterThanOrEqual(5);
  });

  it("gives a share of companies figures with ontology keys and units, each stated by its quote", () => {
    const companies = small.nodes.filter((n) => n.type === "COMPANY");
    const reporting = companies.filter((c) => c.metrics.length > 0);
    expect(reporting.length).toBeGreaterThan(companies.length * 0.3);
    expect(reporting.length).toBeLessThan(companies.length * 0.6);
    const texts = new Map(small.attributes.sources.map((s) => [s.id, s.text]));
    const units = new Map(METRIC_KEYS.map((k) => [k.id, k.unit]));
    const scale: Record<string, number> = { 亿元: 1e8, 万元: 1e4, "%": 1, 项: 1 };
    for (const c of reporting) {
      for (const m of c.metrics) {
        const where = `${c.id} ${m.key}`;
        expect(COMPANY_KEYS, where).toContain(m.key);
        expect(m.unit, where).toBe(units.get(m.key));
        expect(m.period, where).toMatch(/^(2022|as of publication)$/);
        const ev = m.evidence[0];
        expect(texts.get(ev?.sourceId ?? "")?.slice(ev?.start, ev?.end), where).toBe(ev?.quote);
        const [, printed, unit] = /([\d.]+)(亿元|万元|%|项)$/u.exec(ev?.quote ?? "") ?? [];
        expect(Math.round(Number(printed) * (scale[unit ?? ""] ?? NaN) * 10), where).toBe(
          Math.round(m.value * 10),
        );
      }
    }
  });

  it("gives companies heavy-tailed figures, so ranking them by patents ranks real values", () => {
    const patents = small.nodes
      .flatMap((n) => (n.type === "COMPANY" ? n.metrics : []))
      .filter((m) => m.key === "patents_granted")
      .map((m) => m.value)
      .sort((a, b) => a - b);
    expect(patents.length).toBeGreaterThan(100);
    const median = patents[Math.floor(patents.length / 2)] ?? 0;
    expect(patents.at(-1)).toBeGreaterThan(8 * median);
    expect(new Set(patents.slice(-20)).size).toBeGreaterThan(10);
  });

  it("builds a graphology graph with every entity and relation", () => {
    const graph = partsToGraph(small);
    expect(graph.order).toBe(small.nodes.length);
    expect(graph.size).toBe(small.edges.length);
    const zone = small.nodes.find((n) => n.type === "ZONE");
    expect(graph.getNodeAttributes(zone?.id ?? "").metrics.length).toBeGreaterThan(0);
  });
});
