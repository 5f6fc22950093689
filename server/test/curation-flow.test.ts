// Curation over GraphQL on a temporary copy of the corpus folder: an article written for the test is
// ingested, reviewed and published, and the company it reports is then tied to its zone for every
// reader; stale versions and a second curator get CONFLICT; a publish the loader refuses writes
// nothing; a server serving a graph file says that curation needs the curated folder.
import { readGraphVersion, readJournal } from "@zonegraph/graph-data/curation/index";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import type { ZoneGraphApp } from "../src/app/create-app.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";
import {
  ADD_FACT,
  ARTICLE,
  corpusCopy,
  curate,
  curatedApp,
  curatorHeaders,
  DECIDE,
  INGEST,
  post,
  PUBLISH,
  removeFolders,
  snapshotFolder,
  type DraftData,
} from "./curation-helpers.ts";
import { gql } from "./helpers.ts";

afterAll(removeFolders);

const ZONE = "baotou-rare-earth-hi-tech-zone";
const COMPANY = "包头瑞丰永磁科技有限公司";
const TIED = `{ tiedToZone(zoneId: "包头稀土高新区", types: [COMPANY], first: 200) { totalCount edges { node { entity { name } path { type } } } } stats { graphVersion entityCount } }`;

interface Tied {
  tiedToZone: {
    totalCount: number;
    edges: { node: { entity: { name: string }; path: { type: string }[] } }[];
  };
  stats: { graphVersion: number; entityCount: number };
}

async function ingest(app: ZoneGraphApp, text = ARTICLE.text, id = ARTICLE.id): Promise<DraftData> {
  const data = await curate<{ ingestArticle: DraftData }>(app, INGEST, { input: { ...ARTICLE, text, id } });
  return data.ingestArticle;
}

function named(draft: DraftData, name: string): DraftData["entities"][number] {
  const e = draft.entities.find((x) => x.name === name);
  if (!e) throw new Error(`the proposer found no "${name}": ${draft.entities.map((x) => x.name).join(", ")}`);
  return e;
}

/** Reviews the test article: the company and its manager accepted, known entities linked, the company LOCATED_IN the zone. */
async function review(app: ZoneGraphApp, start: DraftData): Promise<DraftData> {
  let draft = start;
  const company = named(draft, COMPANY);
  const zone = named(draft, "包头稀土高新区");
  expect(zone.linksTo.map((l) => l.id)).toContain(ZONE);
  if (!draft.relations.some((r) => r.type === "LOCATED_IN" && r.from === company.id && r.to === zone.id)) {
    // What the proposer misses, the curator adds by selecting its text.
    const quote = "瑞丰永磁位于包头稀土高新区";
    const start = draft.source.text.indexOf(quote);
    draft = (
      await curate<{ addFact: DraftData }>(app, ADD_FACT, {
        id: draft.id,
        v: draft.version,
        f: {
          kind: "RELATION",
          relationType: "LOCATED_IN",
          from: company.id,
          to: zone.id,
          span: { start, end: start + quote.length },
        },
      })
    ).addFact;
  }
  const decisions = [
    ...draft.entities.map((e) =>
      e.id === company.id
        ? {
            proposalId: e.id,
            action: "EDIT",
            edit: { nameEn: "Baotou Ruifeng Permanent Magnet Technology Co., Ltd." },
          }
        : e.linksTo[0] !== undefined
          ? { proposalId: e.id, action: "LINK", linkTo: e.linksTo[0].id }
          : { proposalId: e.id, action: e.type === "PERSON" ? "ACCEPT" : "REJECT" },
    ),
    ...draft.relations.map((r) => ({
      proposalId: r.id,
      action: r.from === company.id || (r.to === company.id && r.type === "ROLE_AT") ? "ACCEPT" : "REJECT",
    })),
    ...draft.metrics.map((m) => ({
      proposalId: m.id,
      action: m.entity === company.id ? "ACCEPT" : "REJECT",
    })),
  ];
  return (
    await curate<{ decideProposals: DraftData }>(app, DECIDE, {
      id: draft.id,
      v: draft.version,
      d: decisions,
    })
  ).decideProposals;
}

describe("curation flow", () => {
  it("ingests an article, publishes the reviewed draft, and every reader sees the company tied to its zone", async () => {
    const dir = corpusCopy();
    const { app } = await curatedApp(dir);
    const before = await gql<Tied>(app, TIED);
    expect(before.stats.graphVersion).toBe(0);
    expect(before.tiedToZone.edges.map((e) => e.node.entity.name)).not.toContain(COMPANY);

    const draft = await ingest(app);
    expect(draft).toMatchObject({ version: 1, status: "OPEN", source: { title: ARTICLE.title } });
    expect(draft.entities.every((e) => e.decision === "PROPOSED")).toBe(true);
    const reviewed = await review(app, draft);
    const published = await curate<{
      publishDraft: {
        graphVersion: number;
        sourceId: string;
        added: Record<string, number>;
        draft: { status: string };
      };
    }>(app, PUBLISH, { id: reviewed.id, v: reviewed.version });
    expect(published.publishDraft).toMatchObject({
      graphVersion: 1,
      sourceId: ARTICLE.id,
      draft: { status: "PUBLISHED" },
    });
    expect(published.publishDraft.added.entities).toBeGreaterThanOrEqual(2); // the company and its manager

    const after = await gql<Tied>(app, TIED);
    expect(after.stats.graphVersion).toBe(1);
    const tied = after.tiedToZone.edges.find((e) => e.node.entity.name === COMPANY);
    expect(tied?.node.path.map((r) => r.type)).toEqual(["LOCATED_IN"]);
    expect(after.tiedToZone.totalCount).toBe(before.tiedToZone.totalCount + 1);
    // The evidence reads back from the article's own text.
    const source = await gql<{ stats: { sources: { id: string; title: string }[] } }>(
      app,
      "{ stats { sources { id title } } }",
    );
    expect(source.stats.sources).toContainEqual({ id: expect.any(String), title: ARTICLE.title });

    expect(readGraphVersion(dir)).toBe(1);
    expect(readJournal(dir).map((r) => `${r.kind} ${r.curator}`)).toEqual([
      "draft-created 王芳",
      ...(reviewed.version === 3 ? ["fact-added 王芳"] : []),
      "decision 王芳",
      "publish-intent 王芳",
      "publish-commit 王芳",
    ]);
    const listed = await curate<{ drafts: { id: string; status: string }[] }>(
      app,
      "{ drafts(status: PUBLISHED) { id status } }",
    );
    expect(listed.drafts).toEqual([{ id: draft.id, status: "PUBLISHED" }]);
  });

  it("answers a stale expectedVersion with CONFLICT, and two curators on one version: one wins, one gets CONFLICT", async () => {
    const { app } = await curatedApp(corpusCopy());
    const draft = await ingest(app);
    const company = named(draft, COMPANY);
    const [alice, bob] = await Promise.all(
      (["ACCEPT", "REJECT"] as const).map((action, i) =>
        post<{ decideProposals: DraftData }>(
          app,
          DECIDE,
          { id: draft.id, v: 1, d: [{ proposalId: company.id, action }] },
          curatorHeaders(i === 0 ? "alice" : "bob"),
        ),
      ),
    );
    const codes = [alice, bob].map((r) => r?.body.errors?.[0]?.extensions?.["code"] ?? "ok");
    expect(codes.sort()).toEqual(["CONFLICT", "ok"]);
    const stale = await post(app, PUBLISH, { id: draft.id, v: 1 });
    expect(stale.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining(`draft ${draft.id} is at version 2, not 1`),
      extensions: { code: "CONFLICT" },
    });
    const kept = await curate<{ draft: DraftData }>(
      app,
      `query D($id: ID!) { draft(id: $id) { version entities { id decision } } }`,
      { id: draft.id },
    );
    expect(kept.draft.version).toBe(2);
  });

  it("refuses a publish the loader rejects, with the loader's message, and leaves the folder byte-identical", async () => {
    const dir = corpusCopy();
    const { app } = await curatedApp(dir);
    const draft = await ingest(app);
    const company = named(draft, COMPANY);
    // An alias another entity already claims: only the loader, seeing the whole folder, can tell.
    const decided = (
      await curate<{ decideProposals: DraftData }>(app, DECIDE, {
        id: draft.id,
        v: 1,
        d: [{ proposalId: company.id, action: "EDIT", edit: { aliases: ["包头稀土高新区"] } }],
      })
    ).decideProposals;
    const before = snapshotFolder(dir);
    const refused = await post(app, PUBLISH, { id: draft.id, v: decided.version });
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining(`alias "包头稀土高新区" is already claimed by entity ${ZONE}`),
      extensions: { code: "PUBLISH_REJECTED" },
    });
    expect(snapshotFolder(dir)).toEqual(before);
    expect((await gql<Tied>(app, TIED)).stats.graphVersion).toBe(0);
  });

  it("names the field of bad input (a quote not in the text)", async () => {
    const { app } = await curatedApp(corpusCopy());
    const draft = await ingest(app);
    const bad = await post(app, DECIDE, {
      id: draft.id,
      v: 1,
      d: [{ proposalId: draft.entities[0]?.id, action: "EDIT", edit: { span: { quote: "不在文中的句子" } } }],
    });
    expect(bad.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining("不在文中的句子"),
      extensions: {
        code: "BAD_USER_INPUT",
        field: "decisions[0].edit.span.quote",
        argumentName: "decisions",
      },
    });
  });

  it("on a server serving a graph file, says that curation needs the curated data folder", async () => {
    const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });
    const answer = await post(app, INGEST, { input: ARTICLE });
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining("Curation needs the curated data folder"),
      extensions: { code: "CURATION_UNAVAILABLE" },
    });
    expect((await post(app, "{ drafts { id } }")).body.errors?.[0]?.extensions?.["code"]).toBe(
      "CURATION_UNAVAILABLE",
    );
    // Reads stay public and unchanged.
    expect((await gql<Tied>(app, "{ stats { graphVersion entityCount } }")).stats.graphVersion).toBe(0);
  });
});

describe("typed curation inputs", () => {
  it("checks entityType and relationType against the proposal or fact they change, naming the field", async () => {
    const { app } = await curatedApp(corpusCopy());
    const draft = await ingest(app);
    const company = named(draft, COMPANY);
    const relation = draft.relations[0];
    if (!relation) throw new Error("the proposer found no relation in the test article");
    const refused = async (query: string, variables: Record<string, unknown>): Promise<unknown> => {
      const { body } = await post(app, query, variables);
      return [body.errors?.[0]?.extensions?.["code"], body.errors?.[0]?.extensions?.["field"]];
    };
    const edit = (proposalId: string, e: Record<string, unknown>) => ({
      id: draft.id,
      v: draft.version,
      d: [{ proposalId, action: "EDIT", edit: e }],
    });
    expect(await refused(DECIDE, edit(company.id, { relationType: "LOCATED_IN" }))).toEqual([
      "BAD_USER_INPUT",
      "decisions[0].edit.relationType",
    ]);
    expect(await refused(DECIDE, edit(relation.id, { entityType: "COMPANY" }))).toEqual([
      "BAD_USER_INPUT",
      "decisions[0].edit.entityType",
    ]);
    // GraphQL itself refuses a value that is no RelationType, before anything runs.
    const { body } = await post(app, DECIDE, edit(relation.id, { relationType: "RELATED" }));
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/"RELATED".*RelationType/);
    const quote = "瑞丰永磁位于包头稀土高新区";
    expect(
      await refused(ADD_FACT, {
        id: draft.id,
        v: draft.version,
        f: { kind: "RELATION", from: company.id, to: ZONE, span: { quote } },
      }),
    ).toEqual(["BAD_USER_INPUT", "fact.relationType"]);
    const retyped = await curate<{ decideProposals: DraftData }>(
      app,
      DECIDE,
      edit(company.id, { entityType: "ORGANIZATION" }),
    );
    expect(named(retyped.decideProposals, COMPANY).type).toBe("ORGANIZATION");
  });
});
