/**
 * What the peers are asked, shared by their scripts: the relation types of "tied to a zone" and
 * the JSON line each peer script prints.
 */
import { INBOUND_COUNTERPARTY_RELATION_TYPES, MEMBERSHIP_RELATION_TYPES } from "@zonegraph/graph-data/ontology";

/** Relation types whose source belongs to whatever the target belongs to (the ontology's). */
export const MEMBERSHIP = MEMBERSHIP_RELATION_TYPES;
/** Relation types whose source is a counterparty of the member they point at (the ontology's). */
export const INBOUND_COUNTERPARTY = INBOUND_COUNTERPARTY_RELATION_TYPES;

/** What a peer script prints (one JSON line). */
export interface PeerReport {
  peer: string;
  loadMs: number;
  countOnlyMs: number;
  withResultsMs: number;
  count: number;
  runs: number;
}

/** Median of samples. */
export function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
}
