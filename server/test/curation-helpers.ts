/**
 * Helpers of the curation tests: a temporary copy of the corpus folder (tests never write to
 * graph-data/data), an app serving it with a known curator token, authorised GraphQL requests, and
 * a byte snapshot of a folder.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { CORPUS_DATA_DIR } from "@zonegraph/graph-data";
import {
  createServedApp,
  type AppOptions,
  type ServedApp,
  type ZoneGraphApp,
} from "../src/app/create-app.ts";
import { curatorAuth } from "../src/curation/curator-auth.ts";
import { CurationService } from "../src/curation/curation-service.ts";
import { StateHolder } from "../src/state/state-holder.ts";
import type { GqlResult } from "./helpers.ts";

/** The curator token of the test apps. */
export const TOKEN = "test-curator-token-0123456789";

const made: string[] = [];

/** A fresh temporary copy of the corpus folder (removed by `removeFolders`). */
export function corpusCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "zg-server-curation-"));
  cpSync(CORPUS_DATA_DIR, dir, { recursive: true });
  made.push(dir);
  return dir;
}

/** Removes every folder `corpusCopy` made. */
export function removeFolders(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** An app serving curated folder `dir` with token TOKEN, and its service. */
export async function curatedApp(
  dir: string,
  options: AppOptions = {},
): Promise<ServedApp & { service: CurationService }> {
  const state = new StateHolder();
  const service = await CurationService.open(dir, state, { info: () => undefined, error: () => undefined });
  const served = createServedApp(state, {
    webDist: "/nonexistent",
    ...options,
    curation: { service: () => service, auth: curatorAuth(TOKEN) },
  });
  return { ...served, service };
}

/** Headers of an authorised curator request (the name percent-encoded, as the header must be). */
export function curatorHeaders(curator = "王芳", token = TOKEN): Record<string, string> {
  return { authorization: `Bearer ${token}`, "x-zonegraph-curator": encodeURIComponent(curator) };
}

/** POSTs an operation to /graphql through yoga.fetch with `headers`. */
export async function post<T = Record<string, unknown>>(
  app: ZoneGraphApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = curatorHeaders(),
): Promise<{ status: number; body: GqlResult<T> }> {
  const response = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GqlResult<T> };
}

/** Runs an authorised operation that must succeed; returns its data. */
export async function curate<T = Record<string, unknown>>(
  app: ZoneGraphApp,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { body } = await post<T>(app, query, variables);
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Folder-relative path → base64 bytes of every file under `dir`. */
export function snapshotFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString("base64");
    }
  };
  walk(dir);
  return out;
}

/** A short article about a new company in 包头稀土高新区, written for these tests. */
export const ARTICLE = {
  id: "ruifeng-2024",
  title: "磁材新企业落户包头",
  publication: "科技日报",
  date: "2024-03-05",
  authors: ["测试记者"],
  text:
    "## 磁材新企业落户包头\n\n近日,包头瑞丰永磁科技有限公司在包头稀土高新区建成投产。" +
    "瑞丰永磁位于包头稀土高新区,现有专职研发人员86人。公司总经理李明远表示,将与清华大学开展合作。\n",
};

/** The fields of a draft the tests read. */
export const DRAFT_FIELDS = `id version status source { id title text }
  entities { id name type decision aliases linksTo { id name type reason } evidence { quote start end } }
  relations { id type from to inferred decision evidence { quote } }
  metrics { id entity key value unit decision }`;

/** A draft as DRAFT_FIELDS reads it. */
export interface DraftData {
  id: string;
  version: number;
  status: string;
  source: { id: string; title: string; text: string };
  entities: { id: string; name: string; type: string; decision: string; linksTo: { id: string }[] }[];
  relations: { id: string; type: string; from: string; to: string; decision: string }[];
  metrics: { id: string; entity: string; key: string | null; value: number; decision: string }[];
}

/** The ingestArticle mutation. */
export const INGEST = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { ${DRAFT_FIELDS} } }`;
/** The decideProposals mutation. */
export const DECIDE = `mutation Decide($id: ID!, $v: Int!, $d: [ProposalDecision!]!) {
  decideProposals(draftId: $id, expectedVersion: $v, decisions: $d) { ${DRAFT_FIELDS} } }`;
/** The addFact mutation. */
export const ADD_FACT = `mutation Add($id: ID!, $v: Int!, $f: NewFactInput!) {
  addFact(draftId: $id, expectedVersion: $v, fact: $f) { ${DRAFT_FIELDS} } }`;
/** The publishDraft mutation. */
export const PUBLISH = `mutation Publish($id: ID!, $v: Int!) {
  publishDraft(draftId: $id, expectedVersion: $v) { graphVersion sourceId added { entities relations metrics } draft { status } } }`;
