/**
 * Soak: sends N unique documents (default 20 000, each twice so the fast path learns and runs
 * them) to the full front on the two-zone fixture and prints, every 2 000 documents, the live heap
 * after a full GC and the size of each cache. Run: `node --expose-gc --import tsx
 * scripts/soak-unique-documents.ts [N]` in server/. A bounded server shows a flat heap.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createServedApp } from "../src/app/create-app.ts";
import { createRequestHandler } from "../src/front/request-handler.ts";
import { twoZoneGraph } from "../test/fixtures/two-zones.ts";

const total = Number(process.argv[2] ?? 20_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("server/scripts/soak-unique-documents: run node with --expose-gc");
const served = createServedApp(twoZoneGraph(), { webDist: "/nonexistent" });
const handler = createRequestHandler(served);
const server = createServer(handler);
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const pad = `# ${"x".repeat(2000)}\n`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

for (let i = 0; i < total; i++) {
  const query = `${pad}query U${i} { n${i}: stats { entityCount } e${i}: entity(id: "zone-a") { name } }`;
  for (const body of [{ query }, { query, variables: {} }]) {
    const r = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    await r.arrayBuffer();
  }
  if ((i + 1) % 2000 === 0 || i + 1 === total) {
    gc();
    console.log(
      `${i + 1} documents: heap ${mb(process.memoryUsage().heapUsed)}; compiled ${served.jit.size} ` +
        `(${served.jit.compilations} compilations), plans ${handler.fastPath?.size ?? 0}, parsed ` +
        `${served.documents.documentCache.size}, response cache ${mb(handler.cache?.bytes ?? 0)}`,
    );
  }
}
server.close();
