/**
 * Paging through the whole graph: `entities` and `relations` Relay connections (optionally by
 * type), for clients that draw or export everything — the explorer loads the graph this way.
 */
import type { EntityAttributes, RelationAttributes } from "@zonegraph/graph-data";
import { builder } from "../builder.ts";
import { entityTypeCode, relationTypeCode } from "../graph/store.ts";
import { checkFirst, cursorAt, MAX_FIRST, pageInfoOf, pageWindow, type PageWindow } from "./connection.ts";
import type { CursorKind } from "./cursor.ts";
import { EntityTypeEnum, RelationTypeEnum } from "./ontology-enums.ts";
import { EntityRef, RelationRef } from "./refs.ts";

/** A page of a list of store indexes: its window and the indexes in it. */
interface ListPage extends PageWindow {
  items: number[];
}

/**
 * The page of indexes 0..n-1 (only those whose type code is in `codes`, when given) after `after`,
 * `first` long. Without a filter no list of the whole graph is made: the page is a range.
 */
function page(
  kind: CursorKind,
  n: number,
  typeOf: Uint8Array,
  codes: Set<number> | null,
  first: number | null | undefined,
  after: string | null | undefined,
): ListPage {
  const size = checkFirst(first);
  const hint = `unknown cursor; pass a \`pageInfo.endCursor\` from \`${kind}\`.`;
  if (codes === null) {
    const window = pageWindow(kind, n, size, after, hint);
    return {
      ...window,
      items: Array.from({ length: window.end - window.offset }, (_, k) => window.offset + k),
    };
  }
  const all: number[] = [];
  for (let i = 0; i < n; i++) if (codes.has(typeOf[i]!)) all.push(i);
  const window = pageWindow(kind, all.length, size, after, hint);
  return { ...window, items: all.slice(window.offset, window.end) };
}

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
  description: "A page of entities, in store order (stable for a loaded graph).",
  fields: (t) => ({
    totalCount: t.exposeInt("totalCount", {
      description: "Number of entities matching `types` (all pages).",
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
      description: "Number of relations matching `types` (all pages).",
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
      "Every entity, page by page (optionally only some types): for clients that draw or export the whole graph.",
    args: {
      types: t.arg({ type: [EntityTypeEnum], description: "Only entities of these types." }),
      first: t.arg.int({ defaultValue: 100, description: `Page size, 0..${MAX_FIRST}.` }),
      after: t.arg.string({
        description: "Cursor of the last item of the previous page (`pageInfo.endCursor`).",
      }),
    },
    resolve: (_root, args, { store }) => {
      const codes = args.types ? new Set(args.types.map(entityTypeCode)) : null;
      return page("entities", store.entityCount, store.entityType, codes, args.first, args.after);
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
      first: t.arg.int({ defaultValue: 100, description: `Page size, 0..${MAX_FIRST}.` }),
      after: t.arg.string({
        description: "Cursor of the last item of the previous page (`pageInfo.endCursor`).",
      }),
    },
    resolve: (_root, args, { store }) => {
      const codes = args.types ? new Set(args.types.map(relationTypeCode)) : null;
      return page("relations", store.relationCount, store.edgeType, codes, args.first, args.after);
    },
  }),
);
