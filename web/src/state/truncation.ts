/**
 * What a view leaves out, as "showing N of M": zones and links of the overview, the entities tied
 * to a zone beyond the per-view cap, a neighbourhood cut by its limit. Pure list updates.
 */

/** What was cut. */
export type TruncationKind = "zones" | "links" | "tied" | "neighbors";

/** One cut: `shown` of `total` things of a kind. */
export interface Truncation {
  kind: TruncationKind;
  shown: number;
  total: number;
}

/** Most entities one view draws; more load on demand ("load more"). */
export const VIEW_CAP = 5000;

/** Records a cut of one kind (replacing the previous one); a complete view removes it. */
export function noteTruncation(
  list: readonly Truncation[],
  kind: TruncationKind,
  shown: number,
  total: number,
): readonly Truncation[] {
  const others = list.filter((t) => t.kind !== kind);
  if (shown >= total) return others.length === list.length ? list : others;
  return [...others, { kind, shown, total }];
}

/** Removes the cuts of these kinds. */
export function clearTruncations(
  list: readonly Truncation[],
  kinds: readonly TruncationKind[],
): readonly Truncation[] {
  const kept = list.filter((t) => !kinds.includes(t.kind));
  return kept.length === list.length ? list : kept;
}
