/**
 * The Query root type; its fields are declared beside the types they return.
 */
import { builder } from "../builder.ts";

builder.queryType({
  description: "Read-only queries over the ZoneGraph (园区图谱) knowledge graph of Chinese industrial zones.",
});
