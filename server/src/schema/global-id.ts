/**
 * Relay global ids (base64 of `Type:rawId`, as @pothos/plugin-relay encodes them), memoised per
 * record: a page of ties asks for the same entities' and relations' ids again and again.
 */
import { encodeGlobalID } from "@pothos/plugin-relay";

const cache = new WeakMap<object, string>();

/** The global id of `record` (an entity, relation or source record) of GraphQL type `typename`. */
export function globalIdOf(typename: string, record: { id: string }): string {
  let id = cache.get(record);
  if (id === undefined) cache.set(record, (id = encodeGlobalID(typename, record.id)));
  return id;
}
