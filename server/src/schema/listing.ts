/**
 * Paging through the whole graph: `entities` and `relations` Relay connections (optionally by
 * type), for clients that draw or export everything — the explorer loads the graph this way.
 */
import type { EntityAttributes, RelationAttributes } from "@zonegraph/graph-data";
import { builder } from "../builder.ts";
import { entityTypeCode, relationTypeCode } from "../graph/store.ts";
import {
  BEFORE_DESCRIPTION,
  cursorAt,
  LAST_DESCRIPTION,
  MAX_FIRST,
  pageInfoOf,
  pageWindow,
  type PageArgs,
  type PageWindow,
} from "./connection.ts";
import type { CursorKind } from "./cursor.ts";
import { EntityTypeEnum, RelationTypeEnum } from "./ontology-enums.ts";
import { EntityRef, RelationRef } from "./refs.ts";
import { filterEntities, filterRelations, type EntityFilter } from "../graph/entity-filter.ts";
import { sortedPage } from "../graph/entity-sort.ts";
import { EntityOrderByRef, parseOrderBy } from "./entity-order-by.ts";
import { EntityWhereRef, RelationWhereRef, WhereParser } from "./entity-where.ts";

/** A page of a list of store indexes: its window and the indexes in it. */
interface ListPage extends PageWindow {
  items: number[];
}

/**
 * The page of indexes 0..n-1 (only those whose type code is in `codes`, when given) that `args`
 * select. Without a filter no list of the whole graph is made: the page is a range.
 */
function page(
  kind: CursorKind,
  n: number,
  typeOf: Uint8Array,
  codes: Set<number> | null,
  args: PageArgs,
): ListPage {
  const hint = `unknown cursor; pass a \`pageInfo.endCursor\` from \`${kind}\`.`;
  if (codes === null) {
    const window = pageWindow(kind, n, args, hint);
    return {
      ...window,
      items: Array.from({ length: window.end - window.offset }, (_, k) => window.offset + k),
    };
  }
  const all: number[] = [];
  for (let i = 0; i < n; i++) if (codes.has(typeOf[i]!)) all.push(i);
  const window = pageWindow(kind, all.length, args, hint);
  return { ...window, items: all.slice(window.offset, window.end) };
}

const ENTITY_HINT = "unknown cursor; pass a `pageInfo.endCursor` from `entities`.";
const RELATION_HINT = "unknown cursor; pass a `pageInfo.endCursor` from `relations`.";

const EntityEdgeRef = builder.objectRef<{ node: EntityAttributes; cursor: string }>("EntityEdge");
EntityEdgeRef.implement({
  description: "An edge of the entity connection.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", {
      description: "Opaque cursor of this edge; pass it as `after` to continue after it.",
    }),
    node: t.field({ type: EntityRef, description: "The entity.", resolve: (e) => e.node }),
  }),
});
const EntityConnectionRef = builder.objectRef<ListPage>("EntityConnection");
EntityConnectionRef.implement({
  description: "A page of entities, in `orderBy` order, else in store order (stable for a loaded graph).",
  fields: (t) => ({
    totalCount: t.exposeInt("totalCount", {
      description: "Number of entities matching `types` and `where` (all pages).",
    }),
    edges: t.field({
      type: [EntityEdgeRef],
      description: "This page's edges.",
      resolve: (p, _a, { store }) =>
        p.items.map((i, k) => ({ node: store.entity(i), cursor: cursorAt(p, k) })),
    }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      description: "Where this page sits.",
      resolve: pageInfoOf,
    }),
  }),
});

const RelationEdgeRef = builder.objectRef<{ node: RelationAttributes; cursor: string }>("RelationEdge");
RelationEdgeRef.implement({
  description: "An edge of the relation connection.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", {
      description: "Opaque cursor of this edge; pass it as `after` to continue after it.",
    }),
    node: t.field({ type: RelationRef, description: "The relation.", resolve: (e) => e.node }),
  }),
});
const RelationConnectionRef = builder.objectRef<ListPage>("RelationConnection");
RelationConnectionRef.implement({
  description: "A page of relations, in store order (stable for a loaded graph).",
  fields: (t) => ({
    totalCount: t.exposeInt("totalCount", {
      description: "Number of relations matching `types` and `where` (all pages).",
    }),
    edges: t.field({
      type: [RelationEdgeRef],
      description: "This page's edges.",
      resolve: (p, _a, { store }) =>
        p.items.map((e, k) => ({ node: store.relation(e), cursor: cursorAt(p, k) })),
    }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      description: "Where this page sits.",
      resolve: pageInfoOf,
    }),
  }),
});

builder.queryField("entities", (t) =>
  t.field({
    type: EntityConnectionRef,
    description:
      "Every entity, page by page, optionally filtered (`where`) and ordered (`orderBy`): what analysts query, and how clients draw or export the whole graph. Example: `entities(where: { type: { in: [PROJECT] }, investmentYuan: { gte: 1e9 } }, orderBy: [{ field: INVESTMENT_YUAN, direction: DESC }])`.",
    args: {
      types: t.arg({ type: [EntityTypeEnum], description: "Only entities of these types." }),
      where: t.arg({
        type: EntityWhereRef,
        description:
          'Only entities matching this filter. Example: `{ inRegion: "四川省", type: { eq: ZONE } }`.',
      }),
      orderBy: t.arg({
        type: [EntityOrderByRef],
        description:
          "Order of the entities (keys in turn, then raw id); store order when omitted. Example: `[{ field: NAME }]`.",
      }),
      first: t.arg.int({ defaultValue: 100, description: `Page size, 0..${MAX_FIRST}.` }),
      after: t.arg.string({
        description: "Cursor of the last item of the previous page (`pageInfo.endCursor`).",
      }),
      last: t.arg.int({ description: LAST_DESCRIPTION }),
      before: t.arg.string({ description: BEFORE_DESCRIPTION }),
    },
    resolve: (_root, args, ctx) => {
      const { store } = ctx;
      if (args.where == null && args.orderBy == null) {
        const codes = args.types ? new Set(args.types.map(entityTypeCode)) : null;
        return page("entities", store.entityCount, store.entityType, codes, args);
      }
      const parts: EntityFilter[] = [];
      if (args.types) parts.push({ op: "type", types: args.types });
      if (args.where) parts.push(new WhereParser(ctx).entity(args.where));
      const specs = parseOrderBy(ctx, args.orderBy);
      const q = ctx.query;
      const items = filterEntities(q, parts.length === 1 ? parts[0]! : { op: "AND", parts });
      const window = pageWindow("entities", items.length, args, ENTITY_HINT);
      return {
        ...window,
        items: Array.from(sortedPage(q, items, specs, window.offset, window.end - window.offset)),
      };
    },
  }),
);

builder.queryField("relations", (t) =>
  t.field({
    type: RelationConnectionRef,
    description:
      "Every relation, page by page (optionally only some types): for clients that draw or export the whole graph.",
    args: {
      types: t.arg({ type: [RelationTypeEnum], description: "Only relations of these types." }),
      where: t.arg({
        type: RelationWhereRef,
        description: "Only relations matching this filter. Example: `{ inferred: true }`.",
      }),
      first: t.arg.int({ defaultValue: 100, description: `Page size, 0..${MAX_FIRST}.` }),
      after: t.arg.string({
        description: "Cursor of the last item of the previous page (`pageInfo.endCursor`).",
      }),
      last: t.arg.int({ description: LAST_DESCRIPTION }),
      before: t.arg.string({ description: BEFORE_DESCRIPTION }),
    },
    resolve: (_root, args, ctx) => {
      const { store } = ctx;
      const codes = args.types ? new Set(args.types.map(relationTypeCode)) : null;
      if (args.where == null) return page("relations", store.relationCount, store.edgeType, codes, args);
      const filter = new WhereParser(ctx).relation(args.where);
      const items = filterRelations(ctx.query, filter).filter((e) => !codes || codes.has(store.edgeType[e]!));
      const window = pageWindow("relations", items.length, args, RELATION_HINT);
      return { ...window, items: Array.from(items.subarray(window.offset, window.end)) };
    },
  }),
);
