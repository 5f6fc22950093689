/**
 * The curation part of the schema (issue 12): drafts and their proposals, the mutations, and
 * `GraphStats.graphVersion`. Imported once by schema/index.ts.
 */
import "./draft.ts";
import "./inputs.ts";
import "./mutation.ts";
import "./graph-version.ts";
