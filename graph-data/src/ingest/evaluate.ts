/**
 * Scores proposals against gold sets: entities per type (strict: a name or alias equal; tolerant:
 * evidence spans overlap), relations (type and both ends matched) and figures (value and unit on
 * the matched entity), as precision and recall.
 */
import { ENTITY_TYPE_IDS } from "../index.ts";
import type { GoldEntity, GoldSet } from "./gold-sets.ts";
import type { ProposalDocument, ProposedEntity } from "./types.ts";

/** Counts behind a precision/recall pair. */
export interface Score {
  gold: number;
  proposed: number;
  /** Proposals that match some gold item. */
  correct: number;
  /** Gold items some proposal matches. */
  found: number;
}

/** Strict and tolerant scores per entity type, for all entities, relations and figures. */
export interface Evaluation {
  entities: Record<string, { strict: Score; tolerant: Score }>;
  relations: { strict: Score; tolerant: Score };
  figures: { strict: Score; tolerant: Score };
  misses: string[];
}

type Mode = "strict" | "tolerant";

/** Scores the proposal for each gold set (same order) and sums the counts. */
export function evaluate(sets: readonly GoldSet[], docs: readonly ProposalDocument[]): Evaluation {
  const entities: Evaluation["entities"] = {};
  const relations = { strict: empty(), tolerant: empty() };
  const figures = { strict: empty(), tolerant: empty() };
  const misses: string[] = [];
  sets.forEach((set, i) => {
    const doc = docs[i];
    if (!doc) return;
    for (const mode of ["strict", "tolerant"] as const) {
      const same = (p: ProposedEntity, g: GoldEntity): boolean => matches(p, g, mode);
      for (const type of [...ENTITY_TYPE_IDS, "ALL"]) {
        const gold = set.entities.filter((g) => type === "ALL" || g.type === type);
        const proposed = doc.entities.filter((p) => type === "ALL" || p.type === type);
        const score = (entities[type] ??= { strict: empty(), tolerant: empty() })[mode];
        tally(score, gold, proposed, same);
        if (mode === "strict" && type === "ALL") {
          for (const g of gold)
            if (!proposed.some((p) => same(p, g)))
              misses.push(`${set.id}: missed ${g.type} ${g.names[0] ?? ""}`);
          for (const p of proposed)
            if (!gold.some((g) => same(p, g))) misses.push(`${set.id}: extra ${p.type} ${p.name}`);
        }
      }
      const byId = new Map(doc.entities.map((e) => [e.id, e]));
      const endsMatch = (id: string, g: number): boolean => {
        const p = byId.get(id);
        const gold = set.entities[g];
        return p !== undefined && gold !== undefined && same(p, gold);
      };
      const relOk = (r: (typeof doc.relations)[number], g: GoldSet["relations"][number]): boolean =>
        r.type === g.type && endsMatch(r.from, g.from) && endsMatch(r.to, g.to);
      tally(relations[mode], set.relations, doc.relations, relOk);
      const figOk = (m: (typeof doc.metrics)[number], g: GoldSet["figures"][number]): boolean =>
        m.unit === g.unit &&
        Math.abs(m.value - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value)) &&
        endsMatch(m.entity, g.entity);
      tally(figures[mode], set.figures, doc.metrics, figOk);
      if (mode === "strict")
        for (const g of set.figures)
          if (!doc.metrics.some((m) => figOk(m, g)))
            misses.push(
              `${set.id}: missed figure ${g.value} ${g.unit} on ${set.entities[g.entity]?.names[0] ?? "?"}`,
            );
      if (mode === "strict")
        for (const g of set.relations)
          if (!doc.relations.some((r) => relOk(r, g)))
            misses.push(
              `${set.id}: missed ${g.type} ${set.entities[g.from]?.names[0] ?? "?"} → ${set.entities[g.to]?.names[0] ?? "?"}`,
            );
    }
  });
  return { entities, relations, figures, misses };
}

function matches(p: ProposedEntity, g: GoldEntity, mode: Mode): boolean {
  if (p.type !== g.type) return false;
  const names = [p.name, ...p.aliases];
  if (names.some((n) => g.names.includes(n))) return true;
  return (
    mode === "tolerant" && p.evidence.some((e) => g.spans.some((s) => e.start < s.end && s.start < e.end))
  );
}

function empty(): Score {
  return { gold: 0, proposed: 0, correct: 0, found: 0 };
}

/** Adds to `score` the gold and proposed items of one article: proposed ones that match a gold one, gold ones matched. */
function tally<P, G>(
  score: Score,
  gold: readonly G[],
  proposed: readonly P[],
  ok: (p: P, g: G) => boolean,
): void {
  score.gold += gold.length;
  score.proposed += proposed.length;
  score.correct += proposed.filter((p) => gold.some((g) => ok(p, g))).length;
  score.found += gold.filter((g) => proposed.some((p) => ok(p, g))).length;
}

/** Precision of a score (1 when nothing was proposed). */
export function precision(s: Score): number {
  return s.proposed === 0 ? 1 : s.correct / s.proposed;
}

/** Recall of a score (1 when nothing was expected). */
export function recall(s: Score): number {
  return s.gold === 0 ? 1 : s.found / s.gold;
}
