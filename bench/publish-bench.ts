/**
 * The publish figures of `pnpm bench` (issue 12): a publish through the real front (node:http,
 * response cache, fast path) until a query shows the new company in its zone, on a copy of the
 * corpus folder and on a generated curated folder of 1,000 articles; meanwhile clients keep asking
 * a read query, and every answer's wait is compared with the median wait before the publish (and,
 * as the machine's own noise, the longest wait before it). The publish runs in the server's folder
 * worker (server/src/curation/folder-worker.ts); the main thread only adopts the graph it built.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CORPUS_DATA_DIR } from "@zonegraph/graph-data";
import { generateCuratedFolder } from "@zonegraph/graph-data/curation/generate-curated-folder";
import type { ProposalDocument } from "@zonegraph/graph-data/ingest/types";
import { createServedApp } from "@zonegraph/server/app/create-app";
import { curatorAuth } from "@zonegraph/server/curation/curator-auth";
import { CurationService } from "@zonegraph/server/curation/curation-service";
import { createRequestHandler } from "@zonegraph/server/front/request-handler";
import { StateHolder } from "@zonegraph/server/state/state-holder";
import type { Row } from "./report-table.ts";
import type { Measurements, RowSpec } from "./row-specs.ts";

/** One folder's publish: time to visible, and the reads answered around it. */
export interface PublishFigure {
  label: string;
  entities: number;
  /** Publish request sent → first query answer showing the new company (ms). */
  visibleMs: number;
  /** Median wait of a read before the publish (ms). */
  medianReadMs: number;
  /** Longest wait of a read sent while the publish ran (ms). */
  maxReadDuringMs: number;
  /** Longest wait of a read before the publish (ms): what the machine does without one. */
  maxReadBeforeMs: number;
  /** Reads answered while the publish ran, and those that failed (any status but 200). */
  readsDuring: number;
  failed: number;
}

/** Both folders. */
export interface PublishFigures {
  corpus: PublishFigure;
  generated: PublishFigure;
}

const TOKEN = "bench-curator-token-0123456789";
const READERS = 4;

/** A proposer answer for a new company in `zone` (hand-made: the proposer is measured elsewhere). */
function proposal(zoneName: string, zoneId: string): ProposalDocument {
  const company = "基准永磁新材料有限公司";
  const text = `## 新企业落户\n\n${company}位于${zoneName},现有专职研发人员77人。\n`;
  const span = (quote: string): { quote: string; start: number; end: number } => {
    const start = text.indexOf(quote);
    return { quote, start, end: start + quote.length };
  };
  return {
    source: { id: "bench-publish", title: "新企业落户", publication: "基准日报", authors: [], text },
    entities: [
      {
        id: "company-1",
        name: company,
        type: "COMPANY",
        aliases: [],
        confidence: 1,
        rule: "bench",
        evidence: [span(company)],
        linksTo: [],
        flags: [],
      },
      {
        id: "zone-2",
        name: zoneName,
        type: "ZONE",
        aliases: [],
        confidence: 1,
        rule: "bench",
        evidence: [span(`位于${zoneName}`)],
        linksTo: [{ id: zoneId, name: zoneName, type: "ZONE", reason: "bench" }],
        flags: [],
      },
    ],
    relations: [
      {
        type: "LOCATED_IN",
        from: "company-1",
        to: "zone-2",
        inferred: false,
        confidence: 1,
        rule: "bench",
        evidence: [span(`${company}位于${zoneName}`)],
      },
    ],
    metrics: [],
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Measures one publish on a copy of `source` (a curated folder), the company going into `zone`. */
async function publishOn(
  label: string,
  dir: string,
  zoneName: string,
  zoneId: string,
): Promise<PublishFigure> {
  const state = new StateHolder();
  const quiet = { info: () => undefined, error: (m: string) => console.error(m) };
  const service = await CurationService.open(dir, state, quiet);
  const served = createServedApp(state, {
    webDist: "/nonexistent",
    curation: { service: () => service, auth: curatorAuth(TOKEN) },
  });
  const server = createServer(createRequestHandler(served));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const ask = async (
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, text: await response.text() };
  };
  try {
    const draft = await service.saveNewDraft(proposal(zoneName, zoneId), "bench");
    const decided = await service.decide(
      draft.id,
      1,
      [
        { proposalId: "company-1", action: "ACCEPT" },
        { proposalId: "zone-2", action: "LINK", linkTo: zoneId },
        { proposalId: "relation-1", action: "ACCEPT" },
      ],
      "bench",
    );
    const tied = `query T($z: ID!) { tiedToZone(zoneId: $z, types: [COMPANY]) { totalCount edges { node { entity { name } } } } }`;
    const read = `query R($z: ID!) { tiedToZone(zoneId: $z, first: 20) { totalCount edges { node { hops entity { name } } } } stats { graphVersion } }`;
    // Readers: a steady load of reads, each wait recorded with when it was sent.
    const waits: { sent: number; ms: number; ok: boolean }[] = [];
    let reading = true;
    const reader = async (): Promise<void> => {
      while (reading) {
        const sent = performance.now();
        const answer = await ask(read, { z: zoneId }).catch(() => ({ status: 0, text: "" }));
        waits.push({
          sent,
          ms: performance.now() - sent,
          ok: answer.status === 200 && !answer.text.includes('"errors"'),
        });
      }
    };
    const readers = Array.from({ length: READERS }, reader);
    await new Promise((r) => setTimeout(r, 1500));
    const start = performance.now();
    const publish = ask(
      `mutation P($id: ID!, $v: Int!) { publishDraft(draftId: $id, expectedVersion: $v) { graphVersion } }`,
      { id: draft.id, v: decided.version },
      { authorization: `Bearer ${TOKEN}`, "x-zonegraph-curator": "bench" },
    );
    let visibleMs = Number.NaN;
    for (;;) {
      const answer = await ask(tied, { z: zoneId });
      if (answer.text.includes("基准永磁新材料有限公司")) {
        visibleMs = performance.now() - start;
        break;
      }
      if (performance.now() - start > 60_000)
        throw new Error(`bench/publish-bench: ${label}: the publish never became visible`);
    }
    const published = await publish;
    if (!published.text.includes('"graphVersion"'))
      throw new Error(`bench/publish-bench: ${label}: ${published.text}`);
    const end = performance.now();
    await new Promise((r) => setTimeout(r, 300));
    reading = false;
    await Promise.all(readers);
    const before = waits.filter((w) => w.sent < start);
    // Reads in flight at any moment of the publish: sent before it ended, answered after it began.
    const during = waits.filter((w) => w.sent <= end && w.sent + w.ms >= start);
    return {
      label,
      entities: state.current()?.store.entityCount ?? 0,
      visibleMs,
      medianReadMs: median(before.map((w) => w.ms)),
      maxReadDuringMs: Math.max(0, ...during.map((w) => w.ms)),
      maxReadBeforeMs: Math.max(0, ...before.map((w) => w.ms)),
      readsDuring: during.length,
      failed: waits.filter((w) => !w.ok).length,
    };
  } finally {
    await service.close();
    server.close();
  }
}

/** Measures a publish on a copy of the corpus folder and on a generated folder of `articles` articles. */
export async function publishBench(log: (line: string) => void, articles = 1000): Promise<PublishFigures> {
  const scratch = mkdtempSync(join(tmpdir(), "zonegraph-publish-bench-"));
  try {
    log("publish: on a copy of the corpus folder…");
    const corpus = join(scratch, "corpus");
    cpSync(CORPUS_DATA_DIR, corpus, { recursive: true });
    const onCorpus = await publishOn("corpus", corpus, "包头稀土高新区", "baotou-rare-earth-hi-tech-zone");
    log(`publish: generating a curated folder of ${articles} articles…`);
    const generated = join(scratch, "generated");
    generateCuratedFolder(generated, { articles });
    const onGenerated = await publishOn(
      `${articles} articles`,
      generated,
      "示范第0高新区",
      "generated-zone-0",
    );
    return { corpus: onCorpus, generated: onGenerated };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const visibleRow =
  (id: string, pick: (p: PublishFigures) => PublishFigure, targetMs: number): RowSpec =>
  (m: Measurements) => {
    if (!m.publish) return null;
    const f = pick(m.publish);
    const row: Row = {
      id,
      figure: `publish → visible in a query (${f.label}, ${f.entities} entities)`,
      unit: "ms",
      value: f.visibleMs,
      baselineLabel: "median read before it",
      baseline: f.medianReadMs,
      ratioLabel: "this ÷ read",
      ratio: f.visibleMs / f.medianReadMs,
      target: `≤ ${targetMs} ms`,
      pass: f.visibleMs <= targetMs,
      note: "in the folder worker: strict loader on the whole folder, atomic journalled write, graph as snapshot bytes; adopted and swapped on the main thread; through node:http",
    };
    return row;
  };

const swapRow =
  (id: string, pick: (p: PublishFigures) => PublishFigure): RowSpec =>
  (m: Measurements) => {
    if (!m.publish) return null;
    const f = pick(m.publish);
    const ratio = f.maxReadDuringMs / f.medianReadMs;
    return {
      id,
      figure: `longest read during the publish (${f.label}; ${f.readsDuring} reads, ${f.failed} failed)`,
      unit: "ms",
      value: f.maxReadDuringMs,
      baselineLabel: "median read before it",
      baseline: f.medianReadMs,
      ratioLabel: "this ÷ median",
      ratio,
      target: "≤ 2×, none failed",
      pass: ratio <= 2 && f.failed === 0,
      note: `${READERS} clients reading tiedToZone and stats.graphVersion without pause; longest read before the publish ${Math.round(f.maxReadBeforeMs)} ms (${(f.maxReadBeforeMs / f.medianReadMs).toFixed(1)}× the median: the machine's own noise)`,
    };
  };

/** The rows of the publish figures (none when a run did not measure them). */
export const PUBLISH_ROW_SPECS: readonly RowSpec[] = [
  visibleRow("publish-visible-corpus", (p) => p.corpus, 1000),
  visibleRow("publish-visible-generated", (p) => p.generated, 3000),
  swapRow("publish-reads-corpus", (p) => p.corpus),
  swapRow("publish-reads-generated", (p) => p.generated),
];
