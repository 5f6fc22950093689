/**
 * `GraphStats.graphVersion`: the curated folder's graph version being served, bumped by every
 * publish. The explorer polls it to notice a new graph; 0 when the server serves a graph file.
 */
import { builder } from "../../builder.ts";
import { GraphStatsRef } from "../refs.ts";

builder.objectField(GraphStatsRef, "graphVersion", (t) =>
  t.int({
    description:
      "The curated folder's graph version this answer comes from (bumped by every publish; poll it to notice a new graph). 0 when the server serves a graph file (ZONEGRAPH_DATA).",
    resolve: (_stats, _args, context) => context.graphVersion,
  }),
);
