/**
 * The messages between the server's main thread and its folder worker (folder-worker.ts): the
 * requests that write or load the curated folder, their replies, and a graph handed over as the
 * bytes of a snapshot with the server's indexes (transferred, not copied), which the main thread
 * adopts in a few milliseconds.
 */
import type { Added, Draft, Recovery } from "@zonegraph/graph-data/curation/index";
import type { ProposalDocument, SourceMeta } from "@zonegraph/graph-data/ingest/types";

/** A graph built in the worker: a snapshot (with the server's indexes) of the folder at `graphVersion`. */
export interface GraphBytes {
  graphVersion: number;
  /** The snapshot's bytes, a whole ArrayBuffer of its own (transferred to the main thread). */
  bytes: ArrayBuffer;
  /** Milliseconds the worker spent loading (strict loader) and encoding it. */
  loadMs: number;
  encodeMs: number;
}

/** What the main thread asks of the worker (every write of the folder, and loads). */
export type FolderRequest =
  | { op: "ingest"; text: string; meta: Partial<SourceMeta>; curator: string }
  | { op: "saveNewDraft"; doc: ProposalDocument; curator: string }
  | { op: "decide"; draftId: string; expectedVersion: number; decisions: unknown; curator: string }
  | { op: "addFact"; draftId: string; expectedVersion: number; fact: unknown; curator: string }
  | { op: "publish"; draftId: string; expectedVersion: number; curator: string }
  /** The folder's graph, unless it is still at version `unless` (then null); `fresh` rereads every file. */
  | { op: "load"; unless: number | null; fresh: boolean };

/** What a publish did, as the main thread receives it. */
export interface PublishReply {
  graphVersion: number;
  added: Added;
  sourceId: string;
  draft: Draft;
  graph: GraphBytes;
}

/** The value each request answers with. */
export interface FolderReplies {
  ingest: Draft;
  saveNewDraft: Draft;
  decide: Draft;
  addFact: Draft;
  publish: PublishReply;
  load: GraphBytes | null;
}

/** An error crossing the thread boundary: a CurationError keeps its code and field. */
export interface ErrorData {
  message: string;
  code?: string;
  field?: string;
  stack?: string;
}

/** What the worker posts: its start (the folder opened and loaded, or why not), and replies. */
export type FolderMessage =
  | { kind: "ready"; recovery: Recovery; graph: GraphBytes }
  | { kind: "failed"; error: ErrorData }
  | { kind: "reply"; id: number; ok: true; value: unknown }
  | { kind: "reply"; id: number; ok: false; error: ErrorData };

/** A request with its id. */
export type FolderEnvelope = FolderRequest & { id: number };

/** The data the worker starts with. */
export interface FolderWorkerData {
  dir: string;
}
