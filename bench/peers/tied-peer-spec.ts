/**
 * What the peers are asked, shared by their scripts: the relation types of "tied to a zone" and
 * the JSON line each peer script prints.
 */

/** Relation types whose source belongs to whatever the target belongs to (as the server). */
export const MEMBERSHIP = [
  "LOCATED_IN",
  "PART_OF",
  "HOSTED_BY",
  "OWNED_BY",
  "ROLE_AT",
  "ADMINISTERS",
  "ESTABLISHED_BY",
  "RELIES_ON",
] as const;
/** Relation types whose source is a counterparty of the member they point at. */
export const INBOUND_COUNTERPARTY = ["COOPERATES_WITH", "PARTNERS_WITH"] as const;

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
