/**
 * The `node(id)` query field (Relay): any entity, relation or source by global id, or by raw id
 * for convenience. Unknown or malformed ids give null, not an error.
 */
import { builder } from "../builder.ts";
import { resolveId } from "../ids.ts";
import { NodeRef } from "./refs.ts";

builder.queryField("node", (t) =>
  t.field({
    type: NodeRef,
    nullable: true,
    description:
      "Any object with an id (Relay): pass a global id, or for convenience a raw entity, relation or source id, or an entity's exact name or alias. Null when unknown.",
    args: {
      id: t.arg.id({
        required: true,
        description: "Global id; or a raw entity, relation or source id; or an exact entity name or alias.",
      }),
    },
    resolve: (_root, args, ctx) => {
      const { store } = ctx;
      const r = resolveId(ctx, String(args.id));
      if (!r) return null;
      if (r.kind === "entity") return store.entity(r.index);
      if (r.kind === "relation") return store.relation(r.index);
      return store.source(r.id) ?? null;
    },
  }),
);
