/**
 * The picture of one zone, as 企查查 draws an entity's relations: the zone at the centre, its
 * members on rings by hops, its counterparties on rings of their own further out (a wider gap
 * before them), each ring cut into sectors by entity type, the most connected first. A collapsed
 * group is one node in its sector. Deterministic: the same answer gives the same picture.
 */
import type { ZoneGroup } from "../state/zone-groups.ts";

/** A point of the layout. */
export interface Point {
  x: number;
  y: number;
}

/** A ring of the picture: its radius (the middle of its band) and what sits on it. */
export interface Ring {
  radius: number;
  role: ZoneGroup["role"];
  hops: number;
}

/** Where everything goes: entities, the nodes of collapsed groups, and the rings to draw behind. */
export interface ZoneLayout {
  positions: Map<string, Point>;
  groups: Map<string, Point>;
  rings: Ring[];
}

/** Distance between neighbouring nodes on a ring, and between sub-rings of a crowded ring. */
export const SPACING = 1;
const BAND_STEP = 1.3;
/** Radius of the first ring, the gap between rings, and the wider gap before counterparties. */
const FIRST_RING = 5;
const RING_GAP = 4;
const COUNTERPARTY_GAP = 7;
/** Slots a collapsed group's node takes (it is drawn larger). */
const GROUP_SLOTS = 3;

type Slot = { kind: "entity"; id: string } | { kind: "group"; key: string } | { kind: "gap" };

/**
 * Lays a zone out. `groups` in drawing order (members, then counterparties; by hops; by type),
 * `collapsed` the keys of groups drawn as one node, `weight` orders a group's entities (most
 * connected first, then by id).
 */
export function zoneLayout(
  zoneId: string,
  groups: readonly ZoneGroup[],
  collapsed: ReadonlySet<string>,
  weight: (id: string) => number,
): ZoneLayout {
  const positions = new Map<string, Point>([[zoneId, { x: 0, y: 0 }]]);
  const groupPoints = new Map<string, Point>();
  const rings: Ring[] = [];
  // One ring per (role, hops), in the order of the groups.
  const byRing = new Map<string, ZoneGroup[]>();
  for (const g of groups) {
    const key = `${g.role}:${g.hops}`;
    const list = byRing.get(key);
    if (list) list.push(g);
    else byRing.set(key, [g]);
  }
  let outer = FIRST_RING - RING_GAP;
  let previousRole: ZoneGroup["role"] = "MEMBER";
  for (const ringGroups of byRing.values()) {
    const first = ringGroups[0];
    if (!first) continue;
    // The top of each ring stays free for its caption.
    const slots: Slot[] = [{ kind: "gap" }, { kind: "gap" }];
    for (const g of ringGroups) {
      if (slots.length > 2) slots.push({ kind: "gap" });
      if (collapsed.has(g.key)) {
        for (let i = 0; i < GROUP_SLOTS; i++)
          slots.push(i === 1 ? { kind: "group", key: g.key } : { kind: "gap" });
      } else {
        const ids = [...g.ids].sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0));
        for (const id of ids) slots.push({ kind: "entity", id });
      }
    }
    slots.push({ kind: "gap" }, { kind: "gap" });
    const base = outer + (first.role !== previousRole ? COUNTERPARTY_GAP : RING_GAP);
    // Sub-rings when one circle at this radius cannot hold the slots apart.
    const perCircle = Math.max(1, Math.floor((2 * Math.PI * base) / SPACING));
    const bands = Math.max(1, Math.ceil(slots.length / perCircle));
    const columns = Math.ceil(slots.length / bands);
    slots.forEach((slot, k) => {
      if (slot.kind === "gap") return;
      // From the top of the ring (graph y points up on screen), where its caption goes.
      const angle = Math.PI / 2 + (2 * Math.PI * Math.floor(k / bands)) / columns;
      const r = base + (k % bands) * BAND_STEP;
      const p = { x: r * Math.cos(angle), y: r * Math.sin(angle) };
      if (slot.kind === "entity") positions.set(slot.id, p);
      else groupPoints.set(slot.key, { x: base * Math.cos(angle), y: base * Math.sin(angle) });
    });
    outer = base + (bands - 1) * BAND_STEP;
    rings.push({ radius: base + ((bands - 1) * BAND_STEP) / 2, role: first.role, hops: first.hops });
    previousRole = first.role;
  }
  return { positions, groups: groupPoints, rings };
}
