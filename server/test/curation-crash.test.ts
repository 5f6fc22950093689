// The server killed mid-publish: a seeded loop starts the real server (src/main.ts through tsx) on
// a copy of the corpus folder, drives ingest → decide → publish over HTTP, sends SIGKILL at a random
// moment of the publish, and starts it again. After every restart: each acknowledged publish is
// served and in the folder, no publish is half-written (a published draft has all its files, an
// article listed has its facts), and the strict loader accepts the folder.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  listDrafts,
  loadCuratedGraph,
  readArticleEntries,
  readGraphVersion,
} from "@zonegraph/graph-data/curation/index";
import { afterAll, describe, expect, it } from "vitest";
import { ARTICLE, corpusCopy, removeFolders } from "./curation-helpers.ts";

const serverDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const TOKEN = "crash-loop-token-0123456789";
const ROUNDS = 8;
const NAMES = [
  "瑞丰永磁",
  "北辰磁材",
  "南山稀材",
  "金田电磁",
  "东岳新材",
  "华宇磁业",
  "天和稀土",
  "中科磁电",
];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
  removeFolders();
});

/** A seeded generator (mulberry32): the same kills on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts the server on `dir`; resolves with its URL once it serves the graph. */
async function start(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { ...process.env, PORT: "0", ZONEGRAPH_DATA_DIR: dir, ZONEGRAPH_CURATOR_TOKEN: TOKEN },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let text = "";
  child.stdout!.on("data", (d: Buffer) => (text += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (text += d.toString()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const port = /listening on http:\/\/localhost:(\d+)\//u.exec(text)?.[1];
    if (port !== undefined && text.includes("ZoneGraph: serving"))
      return { child, url: `http://localhost:${port}` };
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the server did not start: ${text}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${TOKEN}`,
      "x-zonegraph-curator": "crash-loop",
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Proposed {
  id: string;
  version: number;
  entities: { id: string; type: string; linksTo: { id: string }[] }[];
  relations: { id: string }[];
}

/** Ingests and reviews the article about company `name` (new entities accepted, known ones linked). */
async function reviewed(url: string, name: string, k: number): Promise<Proposed> {
  const text = ARTICLE.text.replaceAll("瑞丰永磁", name);
  const fields = "id version entities { id type linksTo { id } } relations { id }";
  const { ingestArticle: d } = await gql<{ ingestArticle: Proposed }>(
    url,
    `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { ${fields} } }`,
    { i: { ...ARTICLE, id: `crash-${k}`, text } },
  );
  const decisions = [
    ...d.entities.map((e) =>
      e.linksTo[0]
        ? { proposalId: e.id, action: "LINK", linkTo: e.linksTo[0].id }
        : { proposalId: e.id, action: "ACCEPT" },
    ),
    ...d.relations.map((r) => ({ proposalId: r.id, action: "ACCEPT" })),
  ];
  const { decideProposals } = await gql<{ decideProposals: Proposed }>(
    url,
    `mutation($id: ID!, $d: [ProposalDecision!]!) { decideProposals(draftId: $id, expectedVersion: 1, decisions: $d) { ${fields} } }`,
    { id: d.id, d: decisions },
  );
  return decideProposals;
}

/** The folder is whole: the loader accepts it, and every publish is all there or not at all. */
function checkWhole(dir: string): void {
  expect(() => loadCuratedGraph(dir)).not.toThrow();
  expect(existsSync(join(dir, ".staging"))).toBe(false);
  const articles = new Set(readArticleEntries(join(dir, "articles.yaml")).map((a) => a.id));
  const published = listDrafts(dir, "PUBLISHED");
  for (const d of published) {
    expect(articles.has(d.published!.sourceId), d.id).toBe(true);
    expect(existsSync(join(dir, d.published!.factsFile)), d.id).toBe(true);
  }
  for (const id of articles) expect(existsSync(join(dir, "facts", `${id}.yaml`)), id).toBe(true);
  expect(readGraphVersion(dir)).toBe(published.length);
}

describe("a server killed during publishes", () => {
  it("keeps every acknowledged publish and nothing half-written across seeded SIGKILLs", async () => {
    const dir = corpusCopy();
    const random = seeded(12);
    const acknowledged: string[] = [];
    let killedMidPublish = 0;
    let server = await start(dir);
    for (let k = 0; k < ROUNDS; k++) {
      const name = NAMES[k]!;
      const draft = await reviewed(server.url, name, k);
      let answered = false;
      const publish = gql<{ publishDraft: { sourceId: string } }>(
        server.url,
        `mutation($id: ID!, $v: Int!) { publishDraft(draftId: $id, expectedVersion: $v) { sourceId } }`,
        { id: draft.id, v: draft.version },
      ).then(
        ({ publishDraft }) => {
          answered = true;
          acknowledged.push(publishDraft.sourceId);
        },
        () => undefined,
      );
      // A moment within the publish (it takes some hundreds of ms here), or just after it.
      // The first round kills at once, the last only once the publish is acknowledged.
      if (k === ROUNDS - 1) await publish;
      else await new Promise((r) => setTimeout(r, k === 0 ? 0 : Math.floor(random() * 600)));
      server.child.kill("SIGKILL");
      await new Promise((r) => server.child.once("exit", r));
      await publish;
      if (!answered) killedMidPublish++;
      server = await start(dir);
      checkWhole(dir);
      const { stats } = await gql<{ stats: { graphVersion: number; sources: { id: string }[] } }>(
        server.url,
        `{ stats { graphVersion sources { id } } }`,
      );
      expect(stats.graphVersion).toBe(readGraphVersion(dir));
      // Source ids are global ids (base64 of "Source:<raw id>").
      const served = new Set(
        stats.sources.map((source) =>
          Buffer.from(source.id, "base64")
            .toString("utf8")
            .replace(/^Source:/u, ""),
        ),
      );
      const inFolder = readArticleEntries(join(dir, "articles.yaml")).map((a) => a.id);
      for (const id of acknowledged) {
        expect(inFolder, id).toContain(id);
        expect([...served], id).toContain(id);
      }
    }
    server.child.kill("SIGKILL");
    // Some publishes were killed before they were acknowledged, others got through.
    expect(killedMidPublish).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(0);
  }, 90_000);
});
