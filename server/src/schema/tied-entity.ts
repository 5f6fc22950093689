/**
 * "Tied to a zone": the TieRole enum, TiedEntity with its role, hops and path, the cursor
 * connection with counts, and the `tiedToZone` query field (also reachable as `Zone.tied`).
 */
import type { ArgBuilder } from "@pothos/core";
import type { RelationAttributes } from "@zonegraph/graph-data";
import { ENTITY_TYPE_IDS, type EntityType } from "@zonegraph/graph-data/ontology";
import { builder } from "../builder.ts";
import type { GraphState } from "../state/graph-state.ts";
import { badInput, checkRange } from "../errors.ts";
import { DEFAULT_MAX_HOPS, MAX_HOPS, MIN_HOPS } from "../graph/tied-to-zone.ts";
import { entityTypeCode } from "../graph/store.ts";
import { tieAt, type Tie } from "../graph/tied-to-zone.ts";
import type { BuilderTypes } from "../builder.ts";
import { resolveEntityId } from "../ids.ts";
import { BEFORE_DESCRIPTION, LAST_DESCRIPTION, MAX_FIRST, pageInfoOf, pageWindow } from "./connection.ts";
import { encodeCursor } from "./cursor.ts";
import { EntityTypeEnum } from "./ontology-enums.ts";
import { TieRoleEnum } from "./tie-role.ts";
import { entityTest } from "../graph/entity-filter.ts";
import { entityComparator } from "../graph/entity-sort.ts";
import { EntityOrderByRef, parseOrderBy, type EntityOrderByInput } from "./entity-order-by.ts";
import { EntityWhereRef, WhereParser, type EntityWhereInput } from "./entity-where.ts";
import {
  EntityRef,
  RelationRef,
  TiedEntityConnectionRef,
  TiedEntityEdgeRef,
  TiedEntityRef,
  TypeCountRef,
  type TiedEdge,
  type TiedPage,
} from "./refs.ts";

/** MEMBER or COUNTERPARTY (defined in tie-role.ts). */
export { TieRoleEnum };

/** Arguments of tiedToZone and Zone.tied (besides the zone). */
export function tiedArgs(arg: ArgBuilder<BuilderTypes>) {
  return {
    maxHops: arg.int({
      defaultValue: DEFAULT_MAX_HOPS,
      description: `Largest hop count to include, ${MIN_HOPS}..${MAX_HOPS}.`,
    }),
    types: arg({
      type: [EntityTypeEnum],
      description: "Only return entities of these types (counts by type ignore this filter).",
    }),
    where: arg({
      type: EntityWhereRef,
      description:
        'Only tied entities matching this filter (counts by type and role ignore it). Example: `{ type: { eq: COMPANY }, metric: { key: "patents_granted", value: { gte: 50 } } }`.',
    }),
    orderBy: arg({
      type: [EntityOrderByRef],
      description:
        "Order of the tied entities (keys in turn, then raw id); by role, hops, type and name when omitted. Example: `[{ field: DEGREE, direction: DESC }]`.",
    }),
    first: arg.int({ defaultValue: 100, description: `Page size, 0..${MAX_FIRST}.` }),
    after: arg.string({
      description: "Cursor of the last item of the previous page (`pageInfo.endCursor`).",
    }),
    last: arg.int({ description: LAST_DESCRIPTION }),
    before: arg.string({ description: BEFORE_DESCRIPTION }),
  };
}

/** Computes a page of the entities tied to zone `zone` (an entity index). */
export function tiedPage(
  ctx: GraphState,
  zone: number,
  args: {
    maxHops?: number | null | undefined;
    types?: readonly EntityType[] | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
    last?: number | null | undefined;
    before?: string | null | undefined;
    where?: EntityWhereInput | null | undefined;
    orderBy?: readonly EntityOrderByInput[] | null | undefined;
  },
): TiedPage {
  const maxHops = checkRange("maxHops", args.maxHops ?? DEFAULT_MAX_HOPS, MIN_HOPS, MAX_HOPS);
  const result = ctx.tied.result(zone, maxHops);
  const { entities } = result;
  const types = ctx.store.entityType;
  const counts = new Array<number>(ENTITY_TYPE_IDS.length).fill(0);
  for (let s = 0; s < entities.length; s++) counts[types[entities[s]!]!]!++;
  const codes = args.types ? new Set(args.types.map(entityTypeCode)) : null;
  // Slots of the ties that pass the `types` filter (all of them without one).
  let slots: Int32Array | null = null;
  const test = args.where ? entityTest(ctx.query, new WhereParser(ctx).entity(args.where)) : null;
  if (codes || test) {
    slots = new Int32Array(entities.length);
    let k = 0;
    for (let s = 0; s < entities.length; s++) {
      const i = entities[s]!;
      if ((!codes || codes.has(types[i]!)) && (!test || test(i))) slots[k++] = s;
    }
    slots = slots.subarray(0, k);
  }
  const specs = parseOrderBy(ctx, args.orderBy);
  if (specs.length > 0) {
    const compare = entityComparator(ctx.query, specs);
    slots ??= Int32Array.from(entities, (_, s) => s);
    slots.sort((a, b) => compare(entities[a]!, entities[b]!));
  }
  const window = pageWindow(
    "tied",
    slots ? slots.length : entities.length,
    args,
    "unknown cursor; pass a `cursor` or `pageInfo.endCursor` from this query.",
  );
  const ties: Tie[] = [];
  for (let k = window.offset; k < window.end; k++) ties.push(tieAt(result, slots ? slots[k]! : k));
  return {
    ...window,
    ties,
    countsByType: ENTITY_TYPE_IDS.map((type, k) => ({ type, count: counts[k] ?? 0 })).filter(
      (c) => c.count > 0,
    ),
    memberCount: result.memberCount,
    counterpartyCount: entities.length - result.memberCount,
  };
}

// TiedEntity and its edge are plain objects built once per page (tiedEdges): their fields are
// read straight off them (Pothos `expose`), so graphql-jit inlines them instead of calling a
// resolver per field of every tie.
TiedEntityRef.implement({
  description:
    "An entity tied to a zone, with why: its role, hop count and the path of relations that ties it.",
  fields: (t) => ({
    entity: t.expose("entity", { type: EntityRef, description: "The tied entity." }),
    role: t.expose("role", { type: TieRoleEnum, description: "MEMBER or COUNTERPARTY." }),
    hops: t.exposeInt("hops", { description: "Number of relations between the entity and the zone." }),
    path: t.expose("path", {
      type: [RelationRef],
      description:
        "The relations that tie it, from the tied entity toward the zone: the first touches the entity, the last the zone.",
      extensions: { listSize: 1 },
    }),
  }),
});

TiedEntityEdgeRef.implement({
  description: "An edge of the tied-entity connection.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", {
      description: "Opaque cursor of this edge; pass it as `after` to continue after it.",
    }),
    node: t.expose("node", { type: TiedEntityRef, description: "The tied entity." }),
  }),
});

/** The edges of a page: each tie with its records and cursor. */
export function tiedEdges(ctx: GraphState, page: TiedPage): TiedEdge[] {
  const { store } = ctx;
  const edges: TiedEdge[] = new Array<TiedEdge>(page.ties.length);
  for (let k = 0; k < page.ties.length; k++) {
    const tie = page.ties[k]!;
    const path = new Array<RelationAttributes>(tie.path.length);
    for (let j = 0; j < tie.path.length; j++) path[j] = store.relation(tie.path[j]!);
    edges[k] = {
      cursor: encodeCursor(page.offset + k, "tied"),
      node: { entity: store.entity(tie.entity), role: tie.role, hops: tie.hops, path },
    };
  }
  return edges;
}

TypeCountRef.implement({
  description: "A number of entities of one type.",
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum, description: "The entity type.", resolve: (c) => c.type }),
    count: t.exposeInt("count", { description: "How many." }),
  }),
});

TiedEntityConnectionRef.implement({
  description:
    "A page of the entities tied to a zone (Relay cursor connection), ordered by role (members first), hops, type, name.",
  fields: (t) => ({
    totalCount: t.exposeInt("totalCount", {
      description: "Number of tied entities matching `types` and `where` (all pages).",
    }),
    edges: t.field({
      type: [TiedEntityEdgeRef],
      description: "This page's edges.",
      extensions: { listSize: 1 },
      resolve: (p, _a, ctx) => tiedEdges(ctx, p),
    }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      description: "Where this page sits.",
      resolve: pageInfoOf,
    }),
    countsByType: t.field({
      type: [TypeCountRef],
      description:
        "Counts by entity type of all tied entities, before the `types` filter (types with none omitted).",
      resolve: (p) => p.countsByType,
    }),
    memberCount: t.exposeInt("memberCount", { description: "Number of members, before the `types` filter." }),
    counterpartyCount: t.exposeInt("counterpartyCount", {
      description: "Number of counterparties, before the `types` filter.",
    }),
  }),
});

builder.queryField("tiedToZone", (t) =>
  t.field({
    type: TiedEntityConnectionRef,
    // Null (with a BAD_USER_INPUT error naming the argument) for an unknown zone or a bad argument,
    // so that one bad id never wipes the other fields of a request (as node, entity, shortestPath).
    nullable: true,
    description:
      "Every entity tied to a zone — members and counterparties — each with the path that ties it (DESIGN.md). Also `Zone.tied`. Null, with a BAD_USER_INPUT error naming the argument, when `zoneId` is no zone or an argument is out of range.",
    args: {
      zoneId: t.arg.id({
        required: true,
        description:
          'The zone: global id, raw id (e.g. "baotou-rare-earth-hi-tech-zone"), or exact name or alias (e.g. "包头稀土高新区").',
      }),
      ...tiedArgs(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const zone = zoneIndex(ctx, String(args.zoneId));
      return tiedPage(ctx, zone, args);
    },
  }),
);

function zoneIndex(ctx: GraphState, id: string): number {
  const i = resolveEntityId(ctx, id);
  if (i < 0 || ctx.store.entity(i).type !== "ZONE") throw badInput("zoneId", `no zone with id "${id}".`);
  return i;
}
