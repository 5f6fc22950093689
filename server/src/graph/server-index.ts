/**
 * The server's indexes stored with a snapshot ("indexes built once, stored with the data"): the
 * search index's arrays and the entity orders, as extension sections `server-index.*` (layout 1).
 * Loading them is taking typed-array views on the snapshot's bytes: nothing is rebuilt or copied.
 */
import type { Snapshot } from "@zonegraph/graph-data/snapshot/snapshot";
import { sortedIndices, type EntityOrders } from "./entity-orders.ts";
import { buildSearchData, type SearchData } from "./search-data.ts";
import type { GraphStore } from "./store.ts";

/** The layout of the `server-index.*` sections this code writes and reads. */
export const SERVER_INDEX_LAYOUT = 1;
const PREFIX = "server-index.";

/** Everything the server would otherwise build at load. */
export interface ServerIndex {
  search: SearchData;
  orders: Required<EntityOrders>;
}

type ArrayKind = "i32" | "u32" | "u16" | "u8" | "f64";
type AnyArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;
const SEARCH_ARRAYS = {
  keyChars: "u16",
  keyStart: "u32",
  owner: "i32",
  field: "u8",
  sorted: "i32",
  rank: "i32",
  textChars: "u16",
  textStart: "u32",
  gramCodes: "f64",
  gramStart: "u32",
  postings: "i32",
} as const satisfies Record<keyof SearchData, ArrayKind>;
const ORDER_ARRAYS = {
  nameOrder: "i32",
  nameRank: "i32",
  idOrder: "i32",
  edgeIdOrder: "i32",
} as const satisfies Record<keyof EntityOrders, ArrayKind>;
const CTORS = {
  i32: Int32Array,
  u32: Uint32Array,
  u16: Uint16Array,
  u8: Uint8Array,
  f64: Float64Array,
} as const;

/** The metadata section: layout, the graph it indexes, each array's kind and length. */
interface IndexMeta {
  layout: number;
  entities: number;
  relations: number;
  arrays: Record<string, { kind: ArrayKind; length: number }>;
}

/** Builds every server index of a store (search data, name and id orders). */
export function buildServerIndex(store: GraphStore): ServerIndex {
  const search = buildSearchData(store);
  const idOrder = sortedIndices(store.entityCount, (i) => store.entityId(i));
  const edgeIdOrder = sortedIndices(store.relationCount, (e) => store.relationId(e));
  return { search, orders: { nameOrder: store.nameOrder, nameRank: store.nameRank, idOrder, edgeIdOrder } };
}

/** The extension sections holding `index` for a graph of these counts. */
export function encodeServerIndex(
  index: ServerIndex,
  counts: { entities: number; relations: number },
): Record<string, Uint8Array> {
  const sections: Record<string, Uint8Array> = {};
  const meta: IndexMeta = { layout: SERVER_INDEX_LAYOUT, ...counts, arrays: {} };
  const put = (name: string, kind: ArrayKind, array: AnyArray): void => {
    meta.arrays[name] = { kind, length: array.length };
    sections[PREFIX + name] = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  };
  for (const [name, kind] of Object.entries(SEARCH_ARRAYS))
    put(name, kind, index.search[name as keyof SearchData]);
  for (const [name, kind] of Object.entries(ORDER_ARRAYS))
    put(name, kind, index.orders[name as keyof EntityOrders]);
  return { [`${PREFIX}meta`]: Buffer.from(JSON.stringify(meta), "utf8"), ...sections };
}

/** The index stored in `snapshot`, or a string saying why there is none usable. */
export function decodeServerIndex(snapshot: Snapshot): ServerIndex | string {
  const metaBytes = snapshot.extension(`${PREFIX}meta`);
  if (!metaBytes) return "the snapshot has no prebuilt server index";
  let meta: IndexMeta;
  try {
    meta = JSON.parse(
      Buffer.from(metaBytes.buffer, metaBytes.byteOffset, metaBytes.byteLength).toString("utf8"),
    ) as IndexMeta;
  } catch {
    return "the server index metadata is not JSON";
  }
  if (meta.layout !== SERVER_INDEX_LAYOUT)
    return `the server index has layout ${meta.layout}, this server reads ${SERVER_INDEX_LAYOUT}`;
  if (meta.entities !== snapshot.nodeCount || meta.relations !== snapshot.edgeCount)
    return "the server index was built for another graph";
  const arrays: Record<string, AnyArray> = {};
  for (const [name, kind] of [...Object.entries(SEARCH_ARRAYS), ...Object.entries(ORDER_ARRAYS)]) {
    const bytes = snapshot.extension(PREFIX + name);
    const spec = meta.arrays[name];
    const Ctor = CTORS[kind];
    if (!bytes || spec?.kind !== kind || bytes.byteLength !== spec.length * Ctor.BYTES_PER_ELEMENT)
      return `the server index section ${name} is missing or damaged`;
    // Views need aligned offsets; a snapshot's sections are 8-aligned, a copy covers the rest.
    const aligned = bytes.byteOffset % Ctor.BYTES_PER_ELEMENT === 0 ? bytes : bytes.slice();
    arrays[name] = new Ctor(aligned.buffer as ArrayBuffer, aligned.byteOffset, spec.length);
  }
  const n = snapshot.nodeCount;
  const o = arrays as unknown as Required<EntityOrders>;
  if (
    o.nameOrder.length !== n ||
    o.nameRank.length !== n ||
    o.idOrder.length !== n ||
    o.edgeIdOrder.length !== snapshot.edgeCount
  )
    return "the server index's orders do not match the graph";
  const s = arrays as unknown as SearchData;
  const forms = s.owner.length;
  if (
    s.keyStart.length !== forms + 1 ||
    s.field.length !== forms ||
    s.sorted.length !== forms ||
    s.textStart.length !== forms + 1 ||
    s.rank.length !== n ||
    s.gramStart.length !== s.gramCodes.length + 1
  )
    return "the server index's search arrays do not fit together";
  return { search: s, orders: o };
}
