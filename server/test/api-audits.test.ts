// graphql-http's audit suite (GraphQL over HTTP, MUST, SHOULD and MAY) against the server as it is
// deployed — the node:http front with its response cache and fast path — and against yoga alone:
// every audit ok (issue 10). Each audit runs twice on the front, so the second answer can come
// from the cache or the fast path, which must answer exactly as yoga did.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serverAudits } from "graphql-http";
import { afterAll, describe, expect, it } from "vitest";
import { createServedApp } from "../src/app/create-app.ts";
import { createRequestHandler } from "../src/front/request-handler.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

const served = createServedApp(twoZoneGraph(), { webDist: "/nonexistent" });
const server = createServer(createRequestHandler(served, { maxBytes: 8 * 1024 * 1024, fastPath: true }));
servers.push(server);
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

describe("graphql-http audits through the front (cache and fast path on)", () => {
  for (const audit of serverAudits({ url })) {
    it(audit.name, async () => {
      for (let round = 0; round < 2; round++) {
        const result = await audit.fn();
        expect(result.status === "ok" ? "ok" : `${result.status}: ${result.reason}`).toBe("ok");
      }
    });
  }
});

describe("graphql-http audits against yoga alone", () => {
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit) =>
    input instanceof Request ? served.app.fetch(input) : served.app.fetch(String(input), init ?? {});
  for (const audit of serverAudits({ url: "http://localhost/graphql", fetchFn })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === "ok" ? "ok" : `${result.status}: ${result.reason}`).toBe("ok");
    });
  }
});
