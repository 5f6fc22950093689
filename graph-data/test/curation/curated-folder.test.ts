// The curated folder on a generated folder: the loader accepts it, publishes land whole and journalled,
// a refused publish writes nothing, stale versions conflict, writers are serialised, crashes recover.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendJournal } from "../../src/curation/journal.ts";
import { generateCuratedFolder } from "../../src/curation/generate-curated-folder.ts";
import { sha256, writeDurable } from "../../src/curation/atomic-write.ts";
import {
  CuratedFolder,
  CurationError,
  loadCuratedGraph,
  readGraphVersion,
  readJournal,
} from "../../src/curation/index.ts";
import { SAMPLE_DECISIONS, sampleProposal } from "./sample-proposal.ts";
import { snapshotFolder } from "./snapshot-folder.ts";

let base: string;
const dirs: string[] = [];
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "zg-curation-base-"));
  generateCuratedFolder(base, { articles: 20 });
});
afterAll(() => {
  for (const d of [base, ...dirs]) rmSync(d, { recursive: true, force: true });
});
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), "zg-curation-"));
  cpSync(base, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}
async function rejection(p: Promise<unknown>): Promise<CurationError> {
  const error: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof CurationError) return error;
  throw new Error(`expected a CurationError, got ${String(error)}`);
}

describe("generated curated folder", () => {
  it("is accepted by the strict loader: 20 articles, their companies located in shared zones", () => {
    const graph = loadCuratedGraph(base);
    expect(graph.getAttribute("sources")).toHaveLength(20);
    expect(graph.filterNodes((_, a) => a.type === "ZONE")).toEqual(["generated-zone-0", "generated-zone-1"]);
    expect(graph.outNeighbors("generated-19-company")).toEqual(["generated-zone-1"]);
    expect(graph.getNodeAttribute("generated-3-company", "metrics")[0]?.key).toBe("rd_staff");
  });
});

describe("CuratedFolder", () => {
  it("publishes a draft: the new company is LOCATED_IN the linked zone with its quote, and the version is bumped", async () => {
    const dir = copy();
    const folder = await CuratedFolder.open(dir);
    const draft = await folder.saveNewDraft(sampleProposal(1), "alice");
    const decided = await folder.decide(draft.id, 1, SAMPLE_DECISIONS, "alice");
    const result = await folder.publish(draft.id, decided.version, "alice");
    expect(result.graphVersion).toBe(1);
    expect(result.added).toEqual({ entities: 1, relations: 1, metrics: 1 });
    expect(readGraphVersion(dir)).toBe(1);
    const graph = loadCuratedGraph(dir);
    const company = graph.findNode((_, a) => a.name === "新星1号材料有限公司");
    expect(company).toBeDefined();
    const edge = graph.outEdges(company).map((e) => graph.getEdgeAttributes(e))[0];
    expect(graph.target(graph.outEdges(company)[0] ?? "")).toBe("generated-zone-0");
    expect(edge?.evidence[0]?.quote).toBe("新星1号材料有限公司位于示范第0高新区");
    expect(graph.getNodeAttribute(company ?? "", "metrics")[0]).toMatchObject({
      key: "rd_staff",
      value: 101,
    });
    expect(folder.draft(draft.id)).toMatchObject({
      status: "PUBLISHED",
      published: { graphVersion: 1, sourceId: "sample-1" },
    });
    expect(readJournal(dir).map((r) => `${r.kind}:${r.curator}`)).toEqual([
      "draft-created:alice",
      "decision:alice",
      "publish-intent:alice",
      "publish-commit:alice",
    ]);
    expect(readdirSync(dir)).not.toContain(".staging");
  });

  it("refuses a publish the loader rejects with the loader's message and leaves the folder byte-identical", async () => {
    const dir = copy();
    const folder = await CuratedFolder.open(dir);
    const draft = await folder.saveNewDraft(sampleProposal(2), "alice");
    // An alias claimed by another entity: only the loader sees the whole folder.
    await folder.decide(
      draft.id,
      1,
      [
        ...SAMPLE_DECISIONS,
        { proposalId: "company-1", action: "EDIT", edit: { aliases: ["示范3号科技有限公司"] } },
      ],
      "alice",
    );
    const before = snapshotFolder(dir);
    const error = await rejection(folder.publish(draft.id, 2, "alice"));
    expect(error.code).toBe("PUBLISH_REJECTED");
    expect(error.message).toContain(
      'alias "示范3号科技有限公司" is already claimed by entity generated-3-company',
    );
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it("answers two curators on one version with CONFLICT for the second, never a lost update", async () => {
    const folder = await CuratedFolder.open(copy());
    const draft = await folder.saveNewDraft(sampleProposal(3), "alice");
    const [a, b] = await Promise.allSettled([
      folder.decide(draft.id, 1, [{ proposalId: "company-1", action: "ACCEPT" }], "alice"),
      folder.decide(draft.id, 1, [{ proposalId: "company-1", action: "REJECT" }], "bob"),
    ]);
    expect(a.status).toBe("fulfilled");
    expect(b.status === "rejected" && b.reason instanceof CurationError && b.reason.code).toBe("CONFLICT");
    expect(folder.draft(draft.id).entities[0]?.decision).toBe("ACCEPTED");
    expect((await rejection(folder.publish(draft.id, 1, "bob"))).code).toBe("CONFLICT");
  });

  it("serialises publishes from two handles on one folder: both land, versions 1 and 2", async () => {
    const dir = copy();
    const [one, two] = [await CuratedFolder.open(dir), await CuratedFolder.open(dir)];
    const drafts = await Promise.all([
      one.saveNewDraft(sampleProposal(4), "alice"),
      two.saveNewDraft(sampleProposal(5), "bob"),
    ]);
    await Promise.all(drafts.map((d, i) => (i === 0 ? one : two).decide(d.id, 1, SAMPLE_DECISIONS, "x")));
    const results = await Promise.all(drafts.map((d, i) => (i === 0 ? one : two).publish(d.id, 2, "x")));
    expect(results.map((r) => r.graphVersion).sort()).toEqual([1, 2]);
    expect(
      loadCuratedGraph(dir)
        .getAttribute("sources")
        .map((s) => s.id),
    ).toEqual(expect.arrayContaining(["sample-4", "sample-5"]));
  });

  it("refuses an unknown draft, an empty curator and a second publish of one draft", async () => {
    const folder = await CuratedFolder.open(copy());
    expect((await rejection(Promise.resolve().then(() => folder.draft("nope")))).code).toBe("NOT_FOUND");
    const draft = await folder.saveNewDraft(sampleProposal(6), "alice");
    expect(
      (await rejection(Promise.resolve().then(() => folder.decide(draft.id, 1, SAMPLE_DECISIONS, " "))))
        .field,
    ).toBe("curator");
    await folder.decide(draft.id, 1, SAMPLE_DECISIONS, "alice");
    await folder.publish(draft.id, 2, "alice");
    expect((await rejection(folder.publish(draft.id, 3, "alice"))).code).toBe("NOT_OPEN");
  });
});

describe("recovery on open", () => {
  function stage(
    dir: string,
    publishId: string,
    files: [string, string][],
  ): { path: string; staged: string; sha256: string }[] {
    mkdirSync(join(dir, ".staging", publishId), { recursive: true });
    return files.map(([path, content], i) => {
      const staged = `.staging/${publishId}/${i}`;
      writeDurable(join(dir, staged), content);
      return { path, staged, sha256: sha256(content) };
    });
  }
  const intent = (publishId: string, files: { path: string; staged: string; sha256: string }[]) =>
    ({
      kind: "publish-intent",
      at: "t",
      curator: "alice",
      draftId: "d",
      publishId,
      graphVersion: 1,
      proposerVersion: "p",
      sourceId: "s",
      files,
      added: { entities: 0, relations: 0, metrics: 0 },
    }) as const;

  it("completes a publish whose intent was journalled but whose renames were cut short", async () => {
    const dir = copy();
    const files = stage(dir, "p1", [
      ["sources/extra.txt", "extra text\n"],
      ["graph-version", "1\n"],
    ]);
    appendJournal(dir, intent("p1", files));
    renameSync(join(dir, files[0]?.staged ?? ""), join(dir, "sources/extra.txt"));
    const folder = await CuratedFolder.open(dir);
    expect(folder.recovery.completed).toEqual(["p1"]);
    expect(readGraphVersion(dir)).toBe(1);
    expect(readFileSync(join(dir, "sources/extra.txt"), "utf8")).toBe("extra text\n");
    expect(readJournal(dir).at(-1)).toMatchObject({
      kind: "publish-commit",
      publishId: "p1",
      recovered: true,
    });
    expect(existsSync(join(dir, ".staging"))).toBe(false);
  });

  it("rolls back a publish that never journalled its intent, and cuts a torn journal line", async () => {
    const dir = copy();
    const before = snapshotFolder(dir);
    stage(dir, "p2", [["graph-version", "1\n"]]);
    writeFileSync(join(dir, "journal.jsonl"), '{"kind":"publish-int');
    writeFileSync(join(dir, "facts", ".generated-0.yaml.123.abcd.tmp"), "half");
    const folder = await CuratedFolder.open(dir);
    expect(folder.recovery.tornBytes).toBeGreaterThan(0);
    expect(folder.recovery.rolledBack).toEqual(["p2"]);
    expect(folder.recovery.removed).toEqual([".staging/p2", "facts/.generated-0.yaml.123.abcd.tmp"]);
    expect(readGraphVersion(dir)).toBe(0);
    expect(readJournal(dir)).toEqual([]);
    const after = snapshotFolder(dir);
    delete after["journal.jsonl"];
    expect(after).toEqual(before);
  });
});
