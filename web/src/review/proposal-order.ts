/**
 * The order a curator reviews a draft in: entities first, in the order the text first names them
 * (each one with every mention together), then relations, then figures; and lookups by id.
 */
import type { Draft, EntityProposal, Proposal } from "./review-types.ts";

const firstStart = (e: EntityProposal): number => e.evidence[0]?.start ?? Number.MAX_SAFE_INTEGER;

/** Every proposal of a draft in review order. */
export function orderedProposals(draft: Draft): Proposal[] {
  const entities = [...draft.entities].sort((a, b) => firstStart(a) - firstStart(b));
  return [
    ...entities.map((p): Proposal => ({ kind: "entity", p })),
    ...draft.relations.map((p): Proposal => ({ kind: "relation", p })),
    ...draft.metrics.map((p): Proposal => ({ kind: "metric", p })),
  ];
}

/** The proposal with this id, if the draft has it. */
export function findProposal(draft: Draft, id: string): Proposal | undefined {
  return orderedProposals(draft).find((x) => x.p.id === id);
}

/** The name of an end of a relation or figure: an entity proposal's name, else the raw id. */
export function endName(draft: Draft, id: string): string {
  return draft.entities.find((e) => e.id === id)?.name ?? id;
}
