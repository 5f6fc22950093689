/**
 * The Mutation root type and the curation mutations: ingest an article into a draft, decide on its
 * proposals, add what the proposer missed, publish. Each needs the curator token and a curator name
 * (use-curation.ts), is journalled in the curated folder, and takes the draft's `expectedVersion`
 * so that a stale one is CONFLICT, never a lost update.
 */
import { CurationError, type Added, type Draft } from "@zonegraph/graph-data/curation/index";
import type { ArgBuilder } from "@pothos/core";
import { builder, type BuilderTypes } from "../../builder.ts";
import { curationCall, withoutNulls } from "../../curation/curation-call.ts";
import { grantOf } from "../../curation/curation-grant.ts";
import type { Published } from "../../curation/curation-service.ts";
import { withTypedDecisions, withTypedFact } from "../../curation/typed-inputs.ts";
import { DraftRef } from "./draft.ts";
import { IngestArticleInput, NewFactInput, ProposalDecisionInput } from "./inputs.ts";

builder.mutationType({
  description:
    "Curation (needs `Authorization: Bearer <curator token>` and an `X-ZoneGraph-Curator` name): ingest an article, review its proposals, publish them into the curated folder; the graph everyone queries changes at once.",
});

const AddedRef = builder.objectRef<Added>("PublishAdded");
AddedRef.implement({
  description: "Counts of what a publish added to the graph.",
  fields: (t) => ({
    entities: t.exposeInt("entities", { description: "New entities (linked ones are not new)." }),
    relations: t.exposeInt("relations", {
      description: "New relations (ones the graph already held are left out).",
    }),
    metrics: t.exposeInt("metrics", { description: "New figures, on new or existing entities." }),
  }),
});

/** PublishResult. */
export const PublishResultRef = builder.objectRef<Published>("PublishResult");
PublishResultRef.implement({
  description: "What a publish did: the graph version it made (now served) and what it added.",
  fields: (t) => ({
    graphVersion: t.exposeInt("graphVersion", {
      description: "The folder's graph version after the publish; `stats.graphVersion` now answers it.",
    }),
    added: t.field({ type: AddedRef, description: "What it added.", resolve: (r) => r.added }),
    sourceId: t.exposeID("sourceId", {
      description: "The raw id of the Source it added (query it with `node`/`stats.sources`).",
    }),
    draft: t.field({ type: DraftRef, description: "The draft, now PUBLISHED.", resolve: (r) => r.draft }),
  }),
});

/** The `draftId` and `expectedVersion` arguments of the mutations that change a draft. */
const draftVersionArgs = (arg: ArgBuilder<BuilderTypes>, versionDescription: string) => ({
  draftId: arg.id({ required: true, description: "The draft." }),
  expectedVersion: arg.int({ required: true, description: versionDescription }),
});

builder.mutationField("ingestArticle", (t) =>
  t.field({
    type: DraftRef,
    description:
      "Runs the proposer on an article (linking what it finds to the graph's entities) and stores the draft, every proposal PROPOSED.",
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: "The article." }) },
    resolve: (_root, { input }, context) =>
      curationCall(() => {
        const grant = grantOf(context);
        if (input.text.trim() === "")
          throw new CurationError("BAD_INPUT", "the article has no text", "input.text");
        const optional = { id: input.id, date: input.date, url: input.url };
        const meta = {
          title: input.title,
          publication: input.publication,
          authors: input.authors ?? [],
          ...Object.fromEntries(
            Object.entries(optional).filter(([, v]) => typeof v === "string" && v !== ""),
          ),
        };
        return grant.service.ingest(input.text, meta, grant.who());
      }),
  }),
);

builder.mutationField("decideProposals", (t) =>
  t.field({
    type: DraftRef,
    description:
      "Applies decisions (accept, reject, edit, link) to a draft's proposals, all or none; `expectedVersion` must be the draft's version (else CONFLICT).",
    args: {
      ...draftVersionArgs(t.arg, "The draft version the decisions were made on."),
      decisions: t.arg({
        type: [ProposalDecisionInput],
        required: true,
        description: "The decisions, applied in order.",
      }),
    },
    resolve: (_root, { draftId, expectedVersion, decisions }, context) =>
      curationCall(() => {
        const grant = grantOf(context);
        const who = grant.who();
        let draft: Draft | null = null;
        try {
          draft = grant.service.draft(String(draftId));
        } catch {
          // graph-data names a missing draft itself
        }
        return withTypedDecisions(withoutNulls(decisions), draft, (list) =>
          grant.service.decide(String(draftId), expectedVersion, list, who),
        );
      }),
  }),
);

builder.mutationField("addFact", (t) =>
  t.field({
    type: DraftRef,
    description:
      "Adds a fact the proposer missed (accepted, origin CURATOR) with the span of text that states it; `expectedVersion` as for decideProposals.",
    args: {
      ...draftVersionArgs(t.arg, "The draft version the fact was added on."),
      fact: t.arg({ type: NewFactInput, required: true, description: "The fact." }),
    },
    resolve: (_root, { draftId, expectedVersion, fact }, context) =>
      curationCall(() => {
        const grant = grantOf(context);
        const who = grant.who();
        return withTypedFact(withoutNulls(fact), (typed) =>
          grant.service.addFact(String(draftId), expectedVersion, typed, who),
        );
      }),
  }),
);

builder.mutationField("publishDraft", (t) =>
  t.field({
    type: PublishResultRef,
    description:
      "Publishes a draft's accepted facts: builds the whole new graph with the strict loader first (any error rejects the publish with PUBLISH_REJECTED and the loader's message, nothing written), then writes the source and facts atomically and journalled, and serves the new graph at once.",
    args: draftVersionArgs(t.arg, "The draft version that was reviewed."),
    resolve: (_root, { draftId, expectedVersion }, context) =>
      curationCall(async () => {
        const grant = grantOf(context);
        const { graphVersion, added, sourceId, draft } = await grant.service.publish(
          String(draftId),
          expectedVersion,
          grant.who(),
        );
        return { graphVersion, added, sourceId, draft };
      }),
  }),
);
