/**
 * The server's curated folder: opened with recovery before anything is served, loaded with graph-data's
 * `loadCuratedGraph`, and kept live — a publish swaps in the graph it built (one step, through the
 * StateHolder), and a reload (SIGHUP, or another process changing the folder's graph-version file,
 * polled with `fs.watchFile`) rebuilds the state from the folder. A reload that fails keeps serving.
 */
import { unwatchFile, watchFile } from "node:fs";
import { join } from "node:path";
import {
  CuratedFolder,
  GRAPH_VERSION_FILE,
  loadCuratedGraph,
  readGraphVersion,
  type PublishResult,
} from "@zonegraph/graph-data/curation/index";
import type { ZoneGraph } from "@zonegraph/graph-data";
import { buildGraphState } from "../state/graph-state.ts";
import type { StateHolder } from "../state/state-holder.ts";
import { graphVersionOf, withGraphVersion } from "./graph-version-of.ts";

/** How often the graph-version file is polled by default (ms). */
export const VERSION_POLL_MS = 200;

/** Where the service reports reloads and their failures. */
export interface CurationLog {
  info(message: string): void;
  error(message: string): void;
}

const consoleLog: CurationLog = { info: (m) => console.log(m), error: (m) => console.error(m) };

/** The curated folder a server serves and writes. */
export class CurationService {
  private stopWatching: (() => void) | null = null;

  private constructor(
    /** The open folder (drafts, decisions, publishes). */
    readonly folder: CuratedFolder,
    private readonly holder: StateHolder,
    private readonly log: CurationLog,
  ) {}

  /** Opens `dir` (recovering an interrupted publish), loads its graph and swaps it into `holder`. */
  static async open(
    dir: string,
    holder: StateHolder,
    log: CurationLog = consoleLog,
  ): Promise<CurationService> {
    const folder = await CuratedFolder.open(dir);
    const { completed, rolledBack, tornBytes, removed } = folder.recovery;
    if (completed.length + rolledBack.length + tornBytes + removed.length > 0)
      log.info(
        `ZoneGraph: recovered ${dir}: completed ${completed.length} publish(es), rolled back ${rolledBack.length}, cut ${tornBytes} torn journal byte(s), removed ${removed.length} leftover(s)`,
      );
    const service = new CurationService(folder, holder, log);
    const version = folder.graphVersion();
    service.serve(loadCuratedGraph(dir), version);
    return service;
  }

  /** The folder's path. */
  get dir(): string {
    return this.folder.dir;
  }

  /** The graph version being served. */
  servedVersion(): number {
    const current = this.holder.current();
    return current === null ? -1 : graphVersionOf(current);
  }

  /** Publishes a draft (see CuratedFolder.publish) and serves the graph it built, in one swap. */
  async publish(draftId: string, expectedVersion: number, curator: string): Promise<PublishResult> {
    const result = await this.folder.publish(draftId, expectedVersion, curator);
    // Publishes are serialised, but a reload may have served a later version meanwhile.
    if (result.graphVersion > this.servedVersion()) this.serve(result.graph, result.graphVersion);
    return result;
  }

  /**
   * Rebuilds the served state from the folder (SIGHUP, a changed graph-version file); `force`
   * reloads even when the version is the one served. Returns whether a new state was swapped in.
   */
  reload(reason: string, force = true): boolean {
    try {
      // The version is read first: a publish landing meanwhile bumps it again, and is reloaded then.
      const version = readGraphVersion(this.dir);
      if (!force && version === this.servedVersion()) return false;
      const started = performance.now();
      this.serve(loadCuratedGraph(this.dir), version);
      this.log.info(
        `ZoneGraph: ${reason}: reloaded ${this.dir} at graph version ${version} (${Math.round(performance.now() - started)} ms)`,
      );
      return true;
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

  private serve(graph: ZoneGraph, version: number): void {
    this.holder.swap(withGraphVersion(buildGraphState(graph), version));
  }
}
