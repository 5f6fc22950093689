/**
 * Paging through the whole graph: `entities` and `relations` Relay connections (optionally by
 * type), for clients that draw or export everything — the explorer loads the graph this way.
 */
import type { EntityAttributes, RelationAttributes } from "@zonegraph/graph-data";
import { builder } from "../builder.ts";
import { badInput, checkRange } from "../errors.ts";
import { entityTypeCode, relationTypeCode } from "../graph/store.ts";
import { decodeCursor, encodeCursor, type CursorKind } from "./cursor.ts";
import { EntityTypeEnum, RelationTypeEnum } from "./ontology-enums.ts";
import { EntityRef, RelationRef } from "./refs.ts";
import { MAX_FIRST } from "./tied-entity.ts";

/** A page of a list of store indexes. */
interface ListPage {
  kind: CursorKind;
  items: number[];
  offset: number;
  totalCount: number;
}

/** The page of `all` after cursor `after`, `first` long; BAD_USER_INPUT names a bad argument. */
function page(
  kind: CursorKind,
  all: number[],
  first: number | null | undefined,
  after: string | null | undefined,
): ListPage {
  const size = checkRange("first", first ?? 100, 0, MAX_FIRST);
  let offset = 0;
  if (after != null) {
    const position = decodeCursor(after, kind);
    if (position === null || position >= all.length)
      throw badInput("after", `unknown cursor; pass a \`pageInfo.endCursor\` from \`${kind}\`.`);
    offset = position + 1;
  }
  return { kind, items: all.slice(offset, offset + size), offset, totalCount: all.length };
}

/** Indexes 0..n-1 whose type code is in `codes` (all when codes is null). */
function indexesOfTypes(n: number, typeOf: Uint8Array, codes: Set<number> | null): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (codes === null || codes.has(typeOf[i]!)) out.push(i);
  return out;
}

/** The cursor of the k-th item of a page. */
const cursorAt = (p: ListPage, k: number) => encodeCursor(p.offset + k, p.kind);

/** Relay PageInfo of a page. */
const pageInfoOf = (p: ListPage) => ({
  hasNextPage: p.offset + p.items.length < p.totalCount,
  hasPreviousPage: p.offset > 0,
  startCursor: p.items.length > 0 ? cursorAt(p, 0) : null,
  endCursor: p.items.length > 0 ? cursorAt(p, p.items.length - 1) : null,
});

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
      return page(
        "entities",
        indexesOfTypes(store.entityCount, store.entityType, codes),
        args.first,
        args.after,
      );
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
      return page(
        "relations",
        indexesOfTypes(store.relationCount, store.edgeType, codes),
        args.first,
        args.after,
      );
    },
  }),
);
