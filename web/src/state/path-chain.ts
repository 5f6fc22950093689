/**
 * Turns a list of relations into a chain read from one entity: each step says which relation,
 * in which direction, and the entity reached. Used for "why is it here?" and the path tool.
 */
import type { EntitySummary, PathRelation } from "../api/api-types.ts";

/** One step of a chain. */
export interface ChainStep {
  relation: PathRelation;
  /** True when the relation points from the previous entity to the next. */
  forward: boolean;
  to: EntitySummary;
}

/** Reads relations as a chain starting at `startId`; relations that do not connect are skipped. */
export function pathChain(startId: string, relations: readonly PathRelation[]): ChainStep[] {
  const steps: ChainStep[] = [];
  let at = startId;
  for (const relation of relations) {
    if (relation.from.id === at) {
      steps.push({ relation, forward: true, to: relation.to });
      at = relation.to.id;
    } else if (relation.to.id === at) {
      steps.push({ relation, forward: false, to: relation.from });
      at = relation.from.id;
    }
  }
  return steps;
}
