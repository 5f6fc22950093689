/**
 * The server's curated folder. Every write — ingest, decisions, added facts, publishes (the strict
 * loader + the journalled write) — and every load of the folder's graph runs in a worker thread
 * (folder-worker.ts), which hands the new graph back as snapshot bytes; the main thread only adopts
 * them (a few ms) and swaps the state in one step, so reads never wait for a publish. A reload
 * (SIGHUP, or another process changing the folder's graph-version file, polled with
 * `fs.watchFile`) loads in the worker too. A reload that fails keeps serving. Drafts are read here.
 */
import { unwatchFile, watchFile } from "node:fs";
import { join } from "node:path";
import {
  GRAPH_VERSION_FILE,
  listDrafts,
  readDraft,
  type Added,
  type Draft,
  type DraftStatus,
  type Recovery,
} from "@zonegraph/graph-data/curation/index";
import type { ProposalDocument, SourceMeta } from "@zonegraph/graph-data/ingest/types";
import type { StateHolder } from "../state/state-holder.ts";
import type { GraphBytes } from "./folder-protocol.ts";
import { FolderThread } from "./folder-thread.ts";
import { adoptGraphBytes } from "./graph-bytes.ts";

/** How often the graph-version file is polled by default (ms). */
export const VERSION_POLL_MS = 200;

/** Where the service reports reloads and their failures. */
export interface CurationLog {
  info(message: string): void;
  error(message: string): void;
}

/** What a publish did (the new graph is already served when this is returned). */
export interface Published {
  graphVersion: number;
  added: Added;
  sourceId: string;
  draft: Draft;
}

const consoleLog: CurationLog = { info: (m) => console.log(m), error: (m) => console.error(m) };

/** The curated folder a server serves and writes. */
export class CurationService {
  private stopWatching: (() => void) | null = null;
  private starting: Promise<FolderThread> | null = null;

  private constructor(
    /** The folder's path. */
    readonly dir: string,
    private thread: FolderThread,
    private readonly holder: StateHolder,
    private readonly log: CurationLog,
  ) {}

  /** Opens `dir` in a worker (recovering an interrupted publish), loads its graph and swaps it into `holder`. */
  static async open(
    dir: string,
    holder: StateHolder,
    log: CurationLog = consoleLog,
  ): Promise<CurationService> {
    const { thread, recovery, graph } = await FolderThread.start(dir);
    reportRecovery(dir, recovery, log);
    const service = new CurationService(dir, thread, holder, log);
    service.serve(graph, true);
    return service;
  }

  /** The graph version being served (-1 before the first load). */
  servedVersion(): number {
    return this.holder.current()?.graphVersion ?? -1;
  }

  /** The draft `id` (NOT_FOUND when there is none). */
  draft(id: string): Draft {
    return readDraft(this.dir, id);
  }

  /** The drafts (with `status`: those only), newest first. */
  drafts(status?: DraftStatus): Draft[] {
    return listDrafts(this.dir, status);
  }

  /** Runs the proposer on an article and stores its draft (in the worker). */
  async ingest(text: string, meta: Partial<SourceMeta>, curator: string): Promise<Draft> {
    return (await this.worker()).call({ op: "ingest", text, meta, curator });
  }

  /** Stores a draft of a proposer answer made elsewhere (the bench's hand-made one). */
  async saveNewDraft(doc: ProposalDocument, curator: string): Promise<Draft> {
    return (await this.worker()).call({ op: "saveNewDraft", doc, curator });
  }

  /** Applies decisions to a draft at `expectedVersion` (see graph-data's decideProposals). */
  async decide(
    draftId: string,
    expectedVersion: number,
    decisions: unknown,
    curator: string,
  ): Promise<Draft> {
    return (await this.worker()).call({ op: "decide", draftId, expectedVersion, decisions, curator });
  }

  /** Adds a fact to a draft at `expectedVersion` (see graph-data's addFact). */
  async addFact(draftId: string, expectedVersion: number, fact: unknown, curator: string): Promise<Draft> {
    return (await this.worker()).call({ op: "addFact", draftId, expectedVersion, fact, curator });
  }

  /** Publishes a draft (see CuratedFolder.publish) and serves the graph it built, in one swap. */
  async publish(draftId: string, expectedVersion: number, curator: string): Promise<Published> {
    const { graph, ...result } = await (
      await this.worker()
    ).call({ op: "publish", draftId, expectedVersion, curator });
    // Publishes are serialised, but a reload may have served a later version meanwhile.
    this.serve(graph, false);
    return result;
  }

  /**
   * Rebuilds the served state from the folder (SIGHUP, a changed graph-version file); `force`
   * rereads every file even when the version is the one served. Returns whether a new state was
   * swapped in.
   */
  async reload(reason: string, force = true): Promise<boolean> {
    try {
      const graph = await (
        await this.worker()
      ).call({ op: "load", unless: force ? null : this.servedVersion(), fresh: force });
      if (graph === null) return false;
      const swapped = this.serve(graph, force);
      if (swapped)
        this.log.info(
          `ZoneGraph: ${reason}: reloaded ${this.dir} at graph version ${graph.graphVersion} (${Math.round(graph.loadMs + graph.encodeMs)} ms in the folder worker)`,
        );
      return swapped;
    } catch (error) {
      this.log.error(
        `ZoneGraph: ${reason}: cannot reload ${this.dir}, still serving graph version ${this.servedVersion()}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  }

  /** Polls the folder's graph-version file every `intervalMs` and reloads when it changes; returns a stop function. */
  watch(intervalMs = VERSION_POLL_MS): () => void {
    if (this.stopWatching) return this.stopWatching;
    const file = join(this.dir, GRAPH_VERSION_FILE);
    const listener = (): void => void this.reload("graph-version changed", false);
    watchFile(file, { interval: intervalMs, persistent: false }, listener);
    this.stopWatching = () => {
      unwatchFile(file, listener);
      this.stopWatching = null;
    };
    return this.stopWatching;
  }

  /** Stops watching and stops the worker. */
  async close(): Promise<void> {
    this.stopWatching?.();
    await this.thread.close();
  }

  /** The worker, started again (recovering the folder, reloading its graph) when the last one died. */
  private worker(): Promise<FolderThread> {
    if (this.thread.alive) return Promise.resolve(this.thread);
    this.starting ??= FolderThread.start(this.dir)
      .then(({ thread, recovery, graph }) => {
        this.log.error(`ZoneGraph: the folder worker of ${this.dir} died; started a new one`);
        reportRecovery(this.dir, recovery, this.log);
        this.thread = thread;
        this.serve(graph, false);
        return thread;
      })
      .finally(() => (this.starting = null));
    return this.starting;
  }

  /** Serves `graph` unless a later version is served already (`always`: whatever its version). */
  private serve(graph: GraphBytes, always: boolean): boolean {
    if (!always && graph.graphVersion <= this.servedVersion()) return false;
    const label = `${this.dir} at graph version ${graph.graphVersion}`;
    this.holder.swap(adoptGraphBytes(graph.bytes, graph.graphVersion, label));
    return true;
  }
}

function reportRecovery(dir: string, recovery: Recovery, log: CurationLog): void {
  const { completed, rolledBack, tornBytes, removed } = recovery;
  if (completed.length + rolledBack.length + tornBytes + removed.length > 0)
    log.info(
      `ZoneGraph: recovered ${dir}: completed ${completed.length} publish(es), rolled back ${rolledBack.length}, cut ${tornBytes} torn journal byte(s), removed ${removed.length} leftover(s)`,
    );
}
