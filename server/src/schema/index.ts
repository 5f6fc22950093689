/**
 * The GraphQL schema: imports every type file (each registers its type and query fields with
 * the builder) and builds the schema.
 */
import type { EntityAttributes } from "@zonegraph/graph-data";
import { isInterfaceType } from "graphql";
import { builder } from "../builder.ts";
import { ENTITY_TYPENAMES } from "../ids.ts";
import "./query.ts";
import "./ontology-enums.ts";
import "./entity.ts";
import "./relation.ts";
import "./evidence.ts";
import "./source.ts";
import "./metric.ts";
import "./zone.ts";
import "./designation.ts";
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
import "./shortest-paths.ts";
import "./stats.ts";
import "./listing.ts";
import "./overview.ts";
import "./aggregate.ts";
import "./compare-zones.ts";
import "./curation/index.ts";

/** The executable schema of the ZoneGraph API. */
export const schema = builder.toSchema();

// Pothos wraps an interface's resolveType to look for its own type brands first (an `in` check on
// every value); no ZoneGraph value is branded, so Entity resolves straight from the record's type:
// tied pages and paths resolve it for every entity they hold.
const entityInterface = schema.getType("Entity");
if (!isInterfaceType(entityInterface)) throw new Error("server/src/schema: no Entity interface");
entityInterface.resolveType = (value) => ENTITY_TYPENAMES[(value as EntityAttributes).type];
