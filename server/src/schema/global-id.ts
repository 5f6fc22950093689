/**
 * Relay global ids (base64 of `Type:rawId`, as @pothos/plugin-relay encodes them), memoised on
 * the record itself under a non-enumerable symbol (invisible to JSON, copies and the schema): a page of ties
 * asks for the same entities' and relations' ids again and again, and a property read is several
 * times cheaper than a WeakMap look-up. A record's type never changes, so its id never goes stale.
 */
import { encodeGlobalID } from "@pothos/plugin-relay";

const GLOBAL_ID = Symbol("zonegraph.globalId");

type Memo = { [GLOBAL_ID]?: string };

/** The global id of `record` (an entity, relation or source record) of GraphQL type `typename`. */
export function globalIdOf(typename: string, record: { id: string }): string {
  const memo = (record as Memo)[GLOBAL_ID];
  if (memo !== undefined) return memo;
  const id = encodeGlobalID(typename, record.id);
  // Not enumerable: copies and deep equality of records never see it.
  Object.defineProperty(record, GLOBAL_ID, { value: id });
  return id;
}
