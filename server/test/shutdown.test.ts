// Shutdown drains (a real child process running src/main.ts through tsx): on SIGTERM or SIGINT the
// server stops accepting connections, lets a request in flight finish, says so, and exits 0.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const serverDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataFile = join(mkdtempSync(join(tmpdir(), "zonegraph-shutdown-")), "two-zones.json");
writeFileSync(dataFile, JSON.stringify(twoZoneGraph().export()));

/** Resolves when `promise` does; rejects naming `what` after 20 s. */
function before<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen`)), 20_000)),
  ]);
}

/** Starts main.ts on a free port; resolves with the child, its port and its output so far. */
async function start(): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { ...process.env, PORT: "0", ZONEGRAPH_DATA: dataFile, ZONEGRAPH_DRAIN_MS: "10000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout!.on("data", (d: Buffer) => (text += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (text += d.toString()));
  const port = await before(
    new Promise<number>((resolve) => {
      const check = (): void => {
        const port = /listening on http:\/\/localhost:(\d+)\//u.exec(text)?.[1];
        if (port !== undefined && text.includes("ZoneGraph: serving")) resolve(Number(port));
        else setTimeout(check, 50);
      };
      check();
    }),
    `start-up (output: ${text})`,
  );
  return { child, port, output: () => text };
}

const exited = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => child.once("exit", (code) => resolve(code)));

/** Opens a raw connection; `received` is what the server sent, `closed` when it ended. */
function open(port: number): { socket: Socket; received: () => string; closed: Promise<void> } {
  const socket = connect(port, "127.0.0.1");
  let text = "";
  socket.on("data", (d: Buffer) => (text += d.toString("utf8")));
  socket.on("error", () => undefined);
  return { socket, received: () => text, closed: new Promise((r) => socket.on("close", () => r())) };
}

const refused = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.on("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.on("error", () => resolve(true));
  });

describe("shutdown", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`on ${signal}, finishes the request in flight, refuses new connections and exits 0`, async () => {
      const { child, port, output } = await start();
      const done = exited(child);
      // A request in flight: its headers and half its body sent.
      const body = JSON.stringify({ query: "{ stats { entityCount } }" });
      const slow = open(port);
      slow.socket.write(
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
      );
      slow.socket.write(body.slice(0, 10));
      await new Promise((r) => setTimeout(r, 300));
      child.kill(signal);
      await before(
        new Promise<void>((resolve) => {
          const check = (): void => (output().includes("draining") ? resolve() : void setTimeout(check, 20));
          check();
        }),
        "the drain message",
      );
      expect(await refused(port)).toBe(true);
      slow.socket.write(body.slice(10));
      await before(slow.closed, "the answer to the request in flight");
      expect(slow.received()).toMatch(/^HTTP\/1\.1 200 /u);
      expect(slow.received()).toContain('{"data":{"stats":{"entityCount":20}}}');
      expect(await before(done, "the exit")).toBe(0);
      expect(output()).toContain("drained");
    });
  }
});
