/**
 * The curation calls of the review page over the explorer's GraphQL client, with the curator's
 * token and name on every request. A failure becomes a ReviewError carrying the server's
 * `extensions.code` (UNAUTHENTICATED, CONFLICT, PUBLISH_REJECTED, BAD_USER_INPUT …) and message.
 */
import { createGraphQLClient, GraphQLClientError } from "../api/graphql-client.ts";
import {
  ADD_FACT_MUTATION,
  DECIDE_MUTATION,
  DRAFT_QUERY,
  FIND_QUERY,
  INGEST_MUTATION,
  OPEN_DRAFTS_QUERY,
  PUBLISH_MUTATION,
} from "./review-documents.ts";
import type { ArticleInput, Draft, DraftListing, PublishAnswer } from "./review-types.ts";

/** Why a call failed: the server's error code, "NETWORK" (unreachable) or "UNKNOWN". */
export class ReviewError extends Error {
  override readonly name = "ReviewError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Who is curating: the token and the name journalled with every change. */
export interface Credentials {
  token: string;
  curator: string;
}

/** One decision on one proposal (ProposalDecision). */
export interface DecisionInput {
  proposalId: string;
  action: "ACCEPT" | "REJECT" | "EDIT" | "LINK";
  edit?: Record<string, unknown>;
  linkTo?: string;
}

/** The review page's calls. */
export interface ReviewApi {
  openDrafts(): Promise<DraftListing[]>;
  draft(id: string): Promise<Draft | null>;
  ingest(article: ArticleInput): Promise<Draft>;
  decide(draft: Draft, decisions: DecisionInput[]): Promise<Draft>;
  addFact(draft: Draft, fact: Record<string, unknown>): Promise<Draft>;
  publish(draft: Draft): Promise<PublishAnswer>;
  /** The raw id of the entity named `name` whose id starts with `prefix` (a publish's source id). */
  findPublished(name: string, prefix: string): Promise<string | null>;
}

/** The first error code of a GraphQL answer body, if any. */
function firstCode(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("errors" in body) || !Array.isArray(body.errors))
    return null;
  const first: unknown = body.errors[0];
  if (typeof first !== "object" || first === null || !("extensions" in first)) return null;
  const ext: unknown = first.extensions;
  return typeof ext === "object" && ext !== null && "code" in ext && typeof ext.code === "string"
    ? ext.code
    : null;
}

/** Creates the calls against `endpoint` with the credentials `credentials()` gives at each call. */
export function createReviewApi(
  endpoint: string,
  credentials: () => Credentials | null,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): ReviewApi {
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    let code: string | null = null;
    const authed: typeof fetch = async (input, init) => {
      const who = credentials();
      const headers = new Headers(init?.headers);
      if (who) {
        headers.set("authorization", `Bearer ${who.token}`);
        headers.set("x-zonegraph-curator", encodeURIComponent(who.curator));
      }
      const response = await fetchImpl(input, { ...init, headers });
      // The client keeps only messages; the code says what the page should do.
      code = firstCode(
        await response
          .clone()
          .json()
          .catch(() => null),
      );
      return response;
    };
    try {
      return await createGraphQLClient(endpoint, authed)<T>(query, variables);
    } catch (error) {
      if (error instanceof GraphQLClientError) {
        const message = error.messages.length > 0 ? error.messages.join("; ") : error.message;
        throw new ReviewError(code ?? (error.kind === "network" ? "NETWORK" : "UNKNOWN"), message);
      }
      throw error;
    }
  };
  const version = (draft: Draft) => ({ draftId: draft.id, expectedVersion: draft.version });
  return {
    openDrafts: async () => (await call<{ drafts: DraftListing[] }>(OPEN_DRAFTS_QUERY)).drafts,
    draft: async (id) => (await call<{ draft: Draft | null }>(DRAFT_QUERY, { id })).draft,
    async ingest(a) {
      const input: Record<string, unknown> = { title: a.title, publication: a.publication, text: a.text };
      if (a.date !== "") input["date"] = a.date;
      if (a.url !== "") input["url"] = a.url;
      if (a.authors.length > 0) input["authors"] = a.authors;
      return (await call<{ ingestArticle: Draft }>(INGEST_MUTATION, { input })).ingestArticle;
    },
    decide: async (draft, decisions) =>
      (await call<{ decideProposals: Draft }>(DECIDE_MUTATION, { ...version(draft), decisions }))
        .decideProposals,
    addFact: async (draft, fact) =>
      (await call<{ addFact: Draft }>(ADD_FACT_MUTATION, { ...version(draft), fact })).addFact,
    publish: async (draft) =>
      (await call<{ publishDraft: PublishAnswer }>(PUBLISH_MUTATION, version(draft))).publishDraft,
    async findPublished(name, prefix) {
      const data = await call<{ search: { entity: { rawId: string; name: string } }[] }>(FIND_QUERY, {
        q: name,
      });
      return data.search.find((h) => h.entity.rawId.startsWith(prefix))?.entity.rawId ?? null;
    },
  };
}
