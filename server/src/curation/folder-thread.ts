/**
 * The main thread's side of the folder worker: starts folder-worker (folder-worker.mjs beside the
 * bundle, or the TypeScript source through tsx), sends it requests and resolves their replies;
 * a CurationError of the worker is rethrown here with its code and field. A worker that dies fails
 * its pending requests, and the next request starts a new one (which recovers the folder first).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { z } from "zod";
import { CurationError, type CurationErrorCode, type Recovery } from "@zonegraph/graph-data/curation/index";
import type {
  ErrorData,
  FolderMessage,
  FolderReplies,
  FolderRequest,
  FolderWorkerData,
  GraphBytes,
} from "./folder-protocol.ts";

/**
 * The worker's entry: the bundle's sibling folder-worker.mjs, or (sources) a bootstrap that
 * registers tsx in the worker and imports folder-worker.ts (Node 20 applies no `--import` loader
 * to a worker's own entry).
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith(".ts")) return new URL("./folder-worker.mjs", import.meta.url);
  const source = new URL("./folder-worker.ts", import.meta.url).href;
  const bootstrap = `import { register } from ${JSON.stringify(tsxApi())}; register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}

/** The file URL of tsx's ESM API (`tsx/esm/api`), found from the server's package. */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const parsed = z
    .object({ exports: z.object({ "./esm/api": z.object({ import: z.object({ default: z.string() }) }) }) })
    .safeParse(JSON.parse(readFileSync(manifest, "utf8")));
  if (!parsed.success)
    throw new Error(`server/src/curation/folder-thread: ${manifest} exports no ./esm/api for import`);
  return pathToFileURL(join(dirname(manifest), parsed.data.exports["./esm/api"].import.default)).href;
}

/** The error a worker reported, rebuilt (a CurationError keeps its code and field). */
export function rebuiltError(data: ErrorData): Error {
  if (data.code !== undefined) {
    const error = new CurationError(data.code as CurationErrorCode, "", data.field);
    error.message = data.message;
    return error;
  }
  const error = new Error(`server/src/curation/folder-worker: ${data.message}`);
  if (data.stack !== undefined) error.stack = data.stack;
  return error;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** A started folder worker. */
export class FolderThread {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (message: FolderMessage) => {
      if (message.kind !== "reply") return;
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(rebuiltError(message.error));
    });
    const fail = (error: Error): void => {
      this.dead = error;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`server/src/curation/folder-worker exited (${code})`)));
  }

  /** Starts a worker on folder `dir`; resolves once it opened (recovered) and loaded the folder. */
  static start(dir: string): Promise<{ thread: FolderThread; recovery: Recovery; graph: GraphBytes }> {
    const worker = new Worker(workerEntry(), { workerData: { dir } satisfies FolderWorkerData });
    // A worker waiting for requests does not keep the process alive.
    worker.unref();
    return new Promise((resolve, reject) => {
      const onExit = (code: number): void =>
        reject(new Error(`server/src/curation/folder-worker exited (${code}) before opening ${dir}`));
      worker.once("error", reject);
      worker.once("exit", onExit);
      worker.once("message", (message: FolderMessage) => {
        worker.off("error", reject);
        worker.off("exit", onExit);
        if (message.kind === "ready")
          resolve({ thread: new FolderThread(worker), recovery: message.recovery, graph: message.graph });
        else {
          void worker.terminate();
          reject(message.kind === "failed" ? rebuiltError(message.error) : new Error("unexpected message"));
        }
      });
    });
  }

  /** Whether the worker died (its next request needs a new one). */
  get alive(): boolean {
    return this.dead === null;
  }

  /** Runs `request` in the worker. */
  call<R extends FolderRequest>(request: R): Promise<FolderReplies[R["op"]]> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  /** Stops the worker (pending requests fail). */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
