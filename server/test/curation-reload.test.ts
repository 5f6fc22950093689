// Reloads from outside, on real child processes (src/main.ts through tsx) sharing one copy of the
// corpus folder: a writer publishes; a reader notices the folder's graph-version file and serves the
// new graph; a reader that does not poll serves it after SIGHUP. The start-up prints the review URL
// with the token it made.
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ARTICLE, corpusCopy, removeFolders, type DraftData } from "./curation-helpers.ts";
import type { GqlResult } from "./helpers.ts";

const serverDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
  removeFolders();
});

/** Resolves when `check` returns a value; rejects naming `what` after 30 s. */
async function until<T>(check: () => T | undefined | Promise<T | undefined>, what: () => string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what()} did not happen`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Child {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts main.ts serving `dir` on a free port. */
async function start(dir: string, env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { ...process.env, PORT: "0", ZONEGRAPH_DATA_DIR: dir, ZONEGRAPH_CURATOR_TOKEN: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let text = "";
  child.stdout!.on("data", (d: Buffer) => (text += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (text += d.toString()));
  const port = await until(
    () =>
      text.includes("ZoneGraph: serving")
        ? /listening on http:\/\/localhost:(\d+)\//u.exec(text)?.[1]
        : undefined,
    () => `start-up (output: ${text})`,
  );
  return { child, url: `http://localhost:${port}`, output: () => text };
}

async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GqlResult<T>;
}

const version = async (c: Child): Promise<number | undefined> =>
  (await gql<{ stats: { graphVersion: number } }>(c.url, "{ stats { graphVersion } }")).data?.stats
    .graphVersion;

/** Publishes the test article through `writer`'s API with `token`; returns the graph version it made. */
async function publish(writer: Child, token: string): Promise<number> {
  const headers = { authorization: `Bearer ${token}`, "x-zonegraph-curator": "writer" };
  const run = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const answer = await gql<T>(writer.url, query, variables, headers);
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };
  const fields = "id version entities { id type } relations { id type from to }";
  const { ingestArticle: d } = await run<{ ingestArticle: DraftData }>(
    `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { ${fields} } }`,
    { i: ARTICLE },
  );
  const company = d.entities.find((e) => e.type === "COMPANY")!;
  const zone = d.entities.find((e) => e.type === "ZONE")!;
  const located = d.relations.find(
    (r) => r.type === "LOCATED_IN" && r.from === company.id && r.to === zone.id,
  )!;
  const decisions = [
    { proposalId: company.id, action: "ACCEPT" },
    { proposalId: zone.id, action: "LINK", linkTo: "baotou-rare-earth-hi-tech-zone" },
    { proposalId: located.id, action: "ACCEPT" },
  ];
  const { decideProposals } = await run<{ decideProposals: { version: number } }>(
    `mutation($id: ID!, $d: [ProposalDecision!]!) { decideProposals(draftId: $id, expectedVersion: 1, decisions: $d) { version } }`,
    { id: d.id, d: decisions },
  );
  const { publishDraft } = await run<{ publishDraft: { graphVersion: number } }>(
    `mutation($id: ID!, $v: Int!) { publishDraft(draftId: $id, expectedVersion: $v) { graphVersion } }`,
    { id: d.id, v: decideProposals.version },
  );
  return publishDraft.graphVersion;
}

describe("reload from outside", () => {
  it("prints the review URL with the token it made; a reader polling graph-version and one sent SIGHUP serve the writer's publish", async () => {
    const dir = corpusCopy();
    const [writer, reader, deaf] = await Promise.all([
      start(dir),
      start(dir, { ZONEGRAPH_CURATOR_TOKEN: "reader-token-0123456789" }),
      start(dir, { ZONEGRAPH_VERSION_POLL_MS: "3600000" }),
    ]);
    const token = /curate at http:\/\/localhost:\d+\/review#token=([\w-]+)/u.exec(writer.output())?.[1];
    expect(token).toBeDefined();
    expect(reader.output()).toContain("/review (token: ZONEGRAPH_CURATOR_TOKEN)");
    expect(await Promise.all([writer, reader, deaf].map(version))).toEqual([0, 0, 0]);

    expect(await publish(writer, token!)).toBe(1);
    expect(await version(writer)).toBe(1);
    await until(
      async () => ((await version(reader)) === 1 ? true : undefined),
      () => `the reader's reload (output: ${reader.output()})`,
    );
    const tied = `{ tiedToZone(zoneId: "包头稀土高新区", types: [COMPANY]) { edges { node { entity { name } } } } }`;
    const names = async (c: Child): Promise<string[]> =>
      (
        await gql<{ tiedToZone: { edges: { node: { entity: { name: string } } }[] } }>(c.url, tied)
      ).data!.tiedToZone.edges.map((e) => e.node.entity.name);
    expect(await names(reader)).toContain("包头瑞丰永磁科技有限公司");
    expect(reader.output()).toMatch(/graph-version changed: reloaded .* at graph version 1/u);

    // The reader that does not poll still serves version 0, until it is sent SIGHUP.
    expect(await version(deaf)).toBe(0);
    deaf.child.kill("SIGHUP");
    await until(
      async () => ((await version(deaf)) === 1 ? true : undefined),
      () => `the SIGHUP reload (output: ${deaf.output()})`,
    );
    expect(await names(deaf)).toContain("包头瑞丰永磁科技有限公司");
    expect(deaf.output()).toMatch(/SIGHUP: reloaded/u);
  });
});
