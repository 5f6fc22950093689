// Publishes run in the folder worker, off the main thread: while one publish of a generated folder
// of 300 articles is under way (the strict loader on every file, the journalled write), the server
// keeps answering reads on the graph it serves, and the publish then swaps in a graph built from
// the worker's bytes, version and all. A request to a dead worker starts a new one.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCuratedFolder } from "@zonegraph/graph-data/curation/generate-curated-folder";
import { afterAll, describe, expect, it } from "vitest";
import { curate, curatedApp, post, PUBLISH } from "./curation-helpers.ts";
import { SAMPLE_DECISIONS, sampleProposal } from "../../graph-data/test/curation/sample-proposal.ts";

const services: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const s of services) await s.close();
});

const READ = `{ stats { graphVersion entityCount } zones { id } }`;

describe("the folder worker", () => {
  it("keeps answering reads while a publish runs, then serves the published graph", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "zg-worker-")), "folder");
    generateCuratedFolder(dir, { articles: 300 });
    const { app, service, state } = await curatedApp(dir);
    services.push(service);
    const before = state.current()!;
    const draft = await service.saveNewDraft(sampleProposal(1), "王芳");
    const decided = await service.decide(draft.id, 1, SAMPLE_DECISIONS, "王芳");
    let published = false;
    const publish = curate<{ publishDraft: { graphVersion: number } }>(app, PUBLISH, {
      id: draft.id,
      v: decided.version,
    }).finally(() => (published = true));
    const answeredDuring: number[] = [];
    while (!published) {
      // yoga.fetch in-process is all microtasks: yield so the worker's reply can arrive.
      await new Promise((resolve) => setImmediate(resolve));
      const { body } = await post<{ stats: { graphVersion: number } }>(app, READ, {}, {});
      if (!published) answeredDuring.push(body.data?.stats.graphVersion ?? -1);
    }
    // Reads went on, each on the graph served before the publish.
    expect(answeredDuring.length).toBeGreaterThan(3);
    expect(new Set(answeredDuring)).toEqual(new Set([before.graphVersion]));
    const { publishDraft } = await publish;
    expect(publishDraft.graphVersion).toBe(before.graphVersion + 1);
    const { body } = await post<{ stats: { graphVersion: number; entityCount: number } }>(app, READ, {}, {});
    expect(body.data?.stats).toEqual({
      graphVersion: before.graphVersion + 1,
      entityCount: before.store.entityCount + 1,
    });
  });

  it("starts a new worker when the last one died, recovering and serving the folder", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "zg-worker-")), "folder");
    generateCuratedFolder(dir, { articles: 3 });
    const { app, service } = await curatedApp(dir);
    services.push(service);
    await service.close();
    const draft = await service.saveNewDraft(sampleProposal(1), "王芳");
    expect(service.drafts().map((d) => d.id)).toEqual([draft.id]);
    const { body } = await post<{ stats: { graphVersion: number } }>(app, READ, {}, {});
    expect(body.data?.stats.graphVersion).toBe(0);
  });
});
