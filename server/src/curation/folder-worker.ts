/**
 * The folder worker (a worker_threads thread): it opens the curated folder (recovering an
 * interrupted publish), and runs every write — ingest (the proposer), decisions, added facts,
 * publishes (the strict loader + the journalled write) — and every load of the folder's graph, so
 * the main thread keeps answering reads. A graph goes back as snapshot bytes (graph-bytes.ts),
 * transferred. Writes stay serialised by the folder's queue and lock file.
 */
import { parentPort, workerData } from "node:worker_threads";
import {
  CuratedFolder,
  CurationError,
  loadCuratedGraph,
  readGraphVersion,
} from "@zonegraph/graph-data/curation/index";
import type { ZoneGraph } from "@zonegraph/graph-data";
import { z } from "zod";
import type {
  ErrorData,
  FolderEnvelope,
  FolderMessage,
  FolderRequest,
  GraphBytes,
} from "./folder-protocol.ts";
import { encodeGraphBytes } from "./graph-bytes.ts";

const port = parentPort;
if (port === null) throw new Error("server/src/curation/folder-worker: run it as a worker thread");
const { dir } = z.object({ dir: z.string().min(1) }).parse(workerData);

const post = (message: FolderMessage, transfer: ArrayBuffer[] = []): void =>
  port.postMessage(message, transfer);

function errorData(error: unknown): ErrorData {
  if (error instanceof CurationError)
    return {
      message: error.message,
      code: error.code,
      ...(error.field === undefined ? {} : { field: error.field }),
    };
  return error instanceof Error
    ? { message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) }
    : { message: String(error) };
}

/** `graph` (loaded in `loadMs`) as bytes for the main thread. */
function bytesOf(graph: ZoneGraph, graphVersion: number, loadMs: number): GraphBytes {
  const started = performance.now();
  const bytes = encodeGraphBytes(graph, `${dir} at graph version ${graphVersion}`);
  return { graphVersion, bytes, loadMs, encodeMs: performance.now() - started };
}

function load(folder: CuratedFolder, unless: number | null, fresh: boolean): GraphBytes | null {
  // The version first: a publish landing meanwhile bumps it again, and is loaded then.
  const version = readGraphVersion(dir);
  if (version === unless) return null;
  const started = performance.now();
  const graph = fresh ? loadCuratedGraph(dir) : folder.graph();
  return bytesOf(graph, version, performance.now() - started);
}

async function run(folder: CuratedFolder, request: FolderRequest): Promise<[unknown, ArrayBuffer[]]> {
  switch (request.op) {
    case "ingest":
      return [await folder.ingest(request.text, request.meta, request.curator), []];
    case "saveNewDraft":
      return [await folder.saveNewDraft(request.doc, request.curator), []];
    case "decide":
      return [
        await folder.decide(request.draftId, request.expectedVersion, request.decisions, request.curator),
        [],
      ];
    case "addFact":
      return [
        await folder.addFact(request.draftId, request.expectedVersion, request.fact, request.curator),
        [],
      ];
    case "publish": {
      const started = performance.now();
      const { graph, ...result } = await folder.publish(
        request.draftId,
        request.expectedVersion,
        request.curator,
      );
      const bytes = bytesOf(graph, result.graphVersion, performance.now() - started);
      return [{ ...result, graph: bytes }, [bytes.bytes]];
    }
    case "load": {
      const bytes = load(folder, request.unless, request.fresh);
      return [bytes, bytes ? [bytes.bytes] : []];
    }
  }
}

try {
  const folder = await CuratedFolder.open(dir);
  const graph = load(folder, null, false);
  if (graph === null) throw new Error("server/src/curation/folder-worker: the first load made no graph");
  post({ kind: "ready", recovery: folder.recovery, graph }, [graph.bytes]);
  port.on("message", (envelope: FolderEnvelope) => {
    const { id, ...request } = envelope;
    run(folder, request).then(
      ([value, transfer]) => post({ kind: "reply", id, ok: true, value }, transfer),
      (error: unknown) => post({ kind: "reply", id, ok: false, error: errorData(error) }),
    );
  });
} catch (error) {
  post({ kind: "failed", error: errorData(error) });
}
