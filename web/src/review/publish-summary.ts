/**
 * What publishing a draft will add, counted from its decisions: new entities (accepted, not linked
 * to an existing one), linked entities, relations and figures; and how many proposals are still
 * undecided or rejected (publishing leaves them out).
 */
import type { Draft } from "./review-types.ts";

/** The counts the publish bar shows. */
export interface PublishSummary {
  decided: number;
  total: number;
  newEntities: number;
  linked: number;
  relations: number;
  metrics: number;
  undecided: number;
  rejected: number;
}

/** Counts a draft's decisions. */
export function publishSummary(draft: Draft): PublishSummary {
  const all = [...draft.entities, ...draft.relations, ...draft.metrics];
  const accepted = <T extends { decision: string }>(list: readonly T[]) =>
    list.filter((p) => p.decision === "ACCEPTED");
  const entities = accepted(draft.entities);
  return {
    decided: all.filter((p) => p.decision !== "PROPOSED").length,
    total: all.length,
    newEntities: entities.filter((e) => e.linkTo === null).length,
    linked: entities.filter((e) => e.linkTo !== null).length,
    relations: accepted(draft.relations).length,
    metrics: accepted(draft.metrics).length,
    undecided: all.filter((p) => p.decision === "PROPOSED").length,
    rejected: all.filter((p) => p.decision === "REJECTED").length,
  };
}
