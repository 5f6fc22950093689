/**
 * The GraphQL schema: imports every type file (each registers its type and query fields with
 * the builder) and builds the schema.
 */
import { builder } from "../builder.ts";
import "./query.ts";
import "./ontology-enums.ts";
import "./entity.ts";
import "./relation.ts";
import "./evidence.ts";
import "./source.ts";
import "./metric.ts";
import "./zone.ts";
import "./region.ts";
import "./company.ts";
import "./platform.ts";
import "./project.ts";
import "./investor.ts";
import "./person.ts";
import "./organization.ts";
import "./node.ts";
import "./search.ts";
import "./tied-entity.ts";
import "./subgraph.ts";
import "./path.ts";
import "./stats.ts";
import "./listing.ts";
import "./overview.ts";

/** The executable schema of the ZoneGraph API. */
export const schema = builder.toSchema();
