// The front's HTTP limits: a slow chunked body over 1 MB is cut at the limit (413 at once, the
// connection closed); slow headers, silent sockets and idle keep-alive connections are closed by
// their timeouts; connections past the cap are refused; the limits read their environment settings.
import { connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createServedApp } from "../src/app/create-app.ts";
import {
  createFrontServer,
  DEFAULT_HTTP_LIMITS,
  httpLimitsFromEnv,
  type FrontServer,
  type HttpLimits,
} from "../src/front/http-server.ts";
import { createRequestHandler } from "../src/front/request-handler.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const servers: FrontServer[] = [];
afterAll(() =>
  servers.forEach((s) => {
    s.closeAllConnections();
    s.close();
  }),
);

async function serve(limits: Partial<HttpLimits> = {}): Promise<number> {
  const served = createServedApp(twoZoneGraph(), { webDist: "/nonexistent" });
  const server = createFrontServer(createRequestHandler(served), { ...DEFAULT_HTTP_LIMITS, ...limits });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

/** A raw connection collecting what the server sends, and telling when the server closed it. */
function open(port: number): { socket: Socket; received: () => string; closed: Promise<void> } {
  const socket = connect(port, "127.0.0.1");
  let text = "";
  socket.on("data", (d: Buffer) => (text += d.toString("latin1")));
  socket.on("error", (e) => (text += `[${e.message}]`));
  const closed = new Promise<void>((r) => socket.on("close", () => r()));
  return { socket, received: () => text, closed };
}

/** Resolves when `promise` does; rejects saying `what` did not happen if it takes longer than 10 s. */
function before<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen`)), 10_000)),
  ]);
}

describe("the front's HTTP limits", () => {
  it("answers 413 as soon as a slow chunked body crosses 1 MB, then closes the connection", async () => {
    const port = await serve();
    const { socket, received, closed } = open(port);
    socket.write(
      "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
    );
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    // Keep sending, slowly, past the limit; the client never ends the body.
    const trickle = setInterval(() => {
      if (socket.destroyed || received() !== "" || sent > 4 * 1024 * 1024) return;
      socket.write(`${chunk.length.toString(16)}\r\n`);
      socket.write(chunk);
      socket.write("\r\n");
      sent += chunk.length;
    }, 5);
    try {
      await before(closed, "closing the connection after the 413");
    } finally {
      clearInterval(trickle);
    }
    expect(received()).toMatch(/^HTTP\/1\.1 413 /u);
    expect(received()).not.toContain("     ");
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });

  it("closes a connection whose headers come too slowly (slowloris)", async () => {
    const port = await serve({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const { socket, received, closed } = open(port);
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
    let n = 0;
    const trickle = setInterval(() => !socket.destroyed && socket.write(`X-Slow-${n++}: 1\r\n`), 50);
    try {
      await before(closed, "closing the slow connection");
    } finally {
      clearInterval(trickle);
    }
    expect(received()).not.toContain("200 OK");
  });

  it("closes a silent socket and an idle keep-alive connection", async () => {
    const port = await serve({ idleTimeoutMs: 300, keepAliveTimeoutMs: 300 });
    const silent = open(port);
    await before(silent.closed, "closing the silent socket");
    const kept = open(port);
    kept.socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    await before(kept.closed, "closing the idle keep-alive connection");
    expect(kept.received()).toMatch(/^HTTP\/1\.1 200 /u);
  });

  it("refuses connections past the cap", async () => {
    const port = await serve({ maxConnections: 2 });
    const held = [open(port), open(port)];
    await new Promise((r) => setTimeout(r, 100));
    const third = open(port);
    await before(third.closed, "refusing the third connection");
    expect(third.received()).toBe("");
    for (const c of held) c.socket.destroy();
  });

  it("reads its limits from the environment", () => {
    expect(httpLimitsFromEnv({})).toEqual(DEFAULT_HTTP_LIMITS);
    expect(
      httpLimitsFromEnv({ ZONEGRAPH_HEADERS_TIMEOUT_MS: "2000", ZONEGRAPH_MAX_CONNECTIONS: "50" }),
    ).toMatchObject({ headersTimeoutMs: 2000, maxConnections: 50, drainMs: 10_000 });
    expect(() => httpLimitsFromEnv({ ZONEGRAPH_DRAIN_MS: "soon" })).toThrow(/ZONEGRAPH_DRAIN_MS/u);
  });
});
