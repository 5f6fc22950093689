/**
 * What the curation plugin (use-curation.ts) puts in the GraphQL context of a request it has
 * authorised: the service and the curator's name. Resolvers of curation fields read it with
 * `grantOf`; it is absent on every other request (and never on the fast path, which runs only reads).
 */
import { GraphQLError } from "graphql";
import type { GraphState } from "../state/graph-state.ts";
import type { CurationService } from "./curation-service.ts";

/** The context key the grant is stored under. */
export const GRANT_KEY = "curationGrant";

/** An authorised curation request: the folder's service and who is curating. */
export class CurationGrant {
  constructor(
    /** The served folder. */
    readonly service: CurationService,
    /** The curator's name (X-ZoneGraph-Curator), or null when the request did not send one. */
    readonly curator: string | null,
  ) {}

  /** The curator's name; BAD_USER_INPUT (400) when the request sent none (every write is journalled with it). */
  who(): string {
    if (this.curator === null)
      throw new GraphQLError(
        "Name the curator in the X-ZoneGraph-Curator header (percent-encoded UTF-8): every write is journalled with it.",
        {
          extensions: { code: "BAD_USER_INPUT", argumentName: "X-ZoneGraph-Curator", http: { status: 400 } },
        },
      );
    return this.curator;
  }
}

/** The grant of an authorised request; a server fault when the plugin did not authorise it. */
export function grantOf(context: GraphState): CurationGrant {
  const grant: unknown = (context as GraphState & { [GRANT_KEY]?: unknown })[GRANT_KEY];
  if (grant instanceof CurationGrant) return grant;
  throw new Error(
    "server/src/curation/curation-grant: a curation field ran without the curation plugin's grant",
  );
}
