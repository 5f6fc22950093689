/**
 * A curated data folder opened for curation: drafts (drafts/<id>.json), sources, facts files, the
 * graph-version file readers watch, and the journal. Every change is atomic and journalled, every
 * write runs one at a time (in-process queue + lock file across processes), and `open` recovers an
 * interrupted publish before anything is read. The server's mutations are thin calls on this class.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { ProposalDocument, SourceMeta } from "../ingest/types.ts";
import type { GraphNames } from "../ingest/link-entities.ts";
import { CORPUS_DATA_DIR } from "../load/load-corpus.ts";
import { LoadErrors } from "../load/load-errors.ts";
import type { EntityType } from "../ontology.ts";
import type { ZoneGraph } from "../types.ts";
import { addExistingFigures } from "./add-existing-figures.ts";
import { addFact } from "./add-fact.ts";
import { ARTICLES_FILE, articlesYaml, readArticleEntries } from "./articles-file.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { createDraft } from "./create-draft.ts";
import { listDrafts, readDraft } from "./draft-files.ts";
import { checkArticleLength } from "./draft-limits.ts";
import { badInput, checkChangeable, CurationError } from "./curation-error.ts";
import { decideProposals, type GraphLookup } from "./decide-proposals.ts";
import { bumped, type Actor, type Draft, type DraftStatus } from "./draft.ts";
import { SerialQueue, withFolderLock } from "./folder-lock.ts";
import { appendJournal, readJournal, type JournalRecord } from "./journal.ts";
import { commitFiles, recoverFolder, type Recovery } from "./journalled-publish.ts";
import { loadCuratedGraph } from "./load-curated-graph.ts";
import { toFactsFile, type Added } from "./to-facts-file.ts";

/** The graph-version file's folder-relative path. */
export const GRAPH_VERSION_FILE = "graph-version";

/** The folder curation writes: ZONEGRAPH_DATA_DIR, or the repository's graph-data/data. */
export function defaultDataDir(): string {
  return process.env["ZONEGRAPH_DATA_DIR"] ?? CORPUS_DATA_DIR;
}

/** The graph version of folder `dir` (0 before its first publish): readers reload when it changes. */
export function readGraphVersion(dir: string): number {
  const path = join(dir, GRAPH_VERSION_FILE);
  if (!existsSync(path)) return 0;
  const n = Number.parseInt(readFileSync(path, "utf8"), 10);
  if (!Number.isInteger(n) || n < 0) throw new CurationError("CORRUPT", `${path} holds no graph version`);
  return n;
}

/** Options of `CuratedFolder.open`. */
export interface CuratedFolderOptions {
  /** Recorded with every draft and journal record (default: graph-data's package version). */
  proposerVersion?: string;
  /** How long a write waits for another process's lock (default 10 s). */
  lockTimeoutMs?: number;
  /** The clock (tests). */
  now?: () => Date;
}

/** What a publish did. */
export interface PublishResult {
  /** The folder's graph version after the publish. */
  graphVersion: number;
  added: Added;
  /** The article's id among the graph's sources. */
  sourceId: string;
  /** The draft, now PUBLISHED. */
  draft: Draft;
  /** The new graph, built by the strict loader (the server can swap it in without reloading). */
  graph: ZoneGraph;
}

const CuratorSchema = z.string().trim().min(1, "a curator name is required").max(100);

/** A curated folder open for curation (see the module header). */
export class CuratedFolder {
  /** The folder's path. */
  readonly dir: string;
  /** What `open` had to repair. */
  readonly recovery: Recovery;
  private readonly queue = new SerialQueue();
  private readonly proposerVersion: string;
  private readonly lockTimeoutMs: number;
  private readonly now: () => Date;
  private cached: { version: number; graph: ZoneGraph } | undefined;

  private constructor(dir: string, recovery: Recovery, options: CuratedFolderOptions) {
    this.dir = dir;
    this.recovery = recovery;
    this.proposerVersion = options.proposerVersion ?? packageVersion();
    this.lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
    this.now = options.now ?? (() => new Date());
  }

  /** Opens `dir` (default `defaultDataDir()`), recovering an interrupted publish first. */
  static async open(
    dir: string = defaultDataDir(),
    options: CuratedFolderOptions = {},
  ): Promise<CuratedFolder> {
    if (!existsSync(dir)) throw new CurationError("NOT_FOUND", `no curated folder at ${dir}`);
    mkdirSync(join(dir, "drafts"), { recursive: true });
    const recovery = await withFolderLock(dir, options.lockTimeoutMs ?? 10_000, () => recoverFolder(dir));
    return new CuratedFolder(dir, recovery, options);
  }

  /** The current graph version (see `readGraphVersion`). */
  graphVersion(): number {
    return readGraphVersion(this.dir);
  }

  /** The folder's graph, loaded by the strict loader (cached per graph version). */
  graph(): ZoneGraph {
    const version = this.graphVersion();
    if (this.cached?.version !== version) this.cached = { version, graph: loadCuratedGraph(this.dir) };
    return this.cached.graph;
  }

  /** The draft `id`; NOT_FOUND when there is none. */
  draft(id: string): Draft {
    return readDraft(this.dir, id);
  }

  /** Every draft (with `status`: those only), newest first. */
  drafts(status?: DraftStatus): Draft[] {
    return listDrafts(this.dir, status);
  }

  /** Every journal record, oldest first. */
  journal(): JournalRecord[] {
    return readJournal(this.dir);
  }

  /** Runs the proposer on `text` (linking to this folder's graph) and stores the draft. */
  async ingest(text: string, meta: Partial<SourceMeta>, curator: string): Promise<Draft> {
    checkArticleLength(text, "input.text");
    const { propose } = await import("../ingest/propose.ts");
    const doc = propose(text, { label: meta.id ?? "article", meta, graph: graphNames(this.graph()) });
    return this.saveNewDraft(doc, curator);
  }

  /** Stores a new draft of the proposer's answer `doc`. */
  saveNewDraft(doc: ProposalDocument, curator: string): Promise<Draft> {
    const actor = this.actor(curator);
    return this.write(() => {
      const draft = createDraft(
        `d${Date.now().toString(36)}${randomBytes(3).toString("hex")}`,
        doc,
        actor,
        this.proposerVersion,
      );
      this.storeDraft(draft);
      appendJournal(this.dir, {
        kind: "draft-created",
        ...actor,
        draftId: draft.id,
        version: draft.version,
        proposerVersion: draft.proposerVersion,
        sourceId: draft.source.id,
      });
      return draft;
    });
  }

  /** Applies `decisions` to draft `draftId` at `expectedVersion` (see decideProposals). */
  decide(draftId: string, expectedVersion: number, decisions: unknown, curator: string): Promise<Draft> {
    const actor = this.actor(curator);
    return this.write(() => {
      const draft = decideProposals(this.draft(draftId), expectedVersion, decisions, actor, this.lookup());
      this.storeDraft(draft);
      appendJournal(this.dir, {
        kind: "decision",
        ...actor,
        draftId,
        version: draft.version,
        proposerVersion: draft.proposerVersion,
        decisions,
      });
      return draft;
    });
  }

  /** Adds `fact` to draft `draftId` at `expectedVersion` (see addFact). */
  addFact(draftId: string, expectedVersion: number, fact: unknown, curator: string): Promise<Draft> {
    const actor = this.actor(curator);
    return this.write(() => {
      const draft = addFact(this.draft(draftId), expectedVersion, fact, actor, this.lookup());
      this.storeDraft(draft);
      appendJournal(this.dir, {
        kind: "fact-added",
        ...actor,
        draftId,
        version: draft.version,
        proposerVersion: draft.proposerVersion,
        fact,
      });
      return draft;
    });
  }

  /**
   * Publishes draft `draftId` at `expectedVersion`: builds the whole new graph with the strict
   * loader first (PUBLISH_REJECTED with the loader's message, nothing written, when it fails),
   * then writes the source, articles.yaml, the facts file (and the files of existing entities that
   * gain a figure), the draft and graph-version as one.
   */
  publish(draftId: string, expectedVersion: number, curator: string): Promise<PublishResult> {
    const actor = this.actor(curator);
    return this.write(() => {
      const draft = this.draft(draftId);
      checkChangeable(draft, expectedVersion);
      const graph = this.graph();
      const out = toFactsFile(bumped(draft, actor), {
        entityIds: new Set(graph.nodes()),
        sourceIds: new Set(graph.getAttribute("sources").map((s) => s.id)),
        hasRelation: (type, from, to) =>
          graph.hasNode(from) &&
          graph.hasNode(to) &&
          graph.outEdges(from, to).some((e) => graph.getEdgeAttribute(e, "type") === type),
      });
      if (existsSync(join(this.dir, out.factsFile)) || existsSync(join(this.dir, out.sourceFile)))
        throw badInput("source.id", `${out.factsFile} or ${out.sourceFile} already exists`);
      const graphVersion = this.graphVersion() + 1;
      const published: Draft = {
        ...bumped(draft, actor),
        status: "PUBLISHED",
        published: { graphVersion, sourceId: out.sourceId, factsFile: out.factsFile },
      };
      const articles = articlesYaml([...readArticleEntries(join(this.dir, ARTICLES_FILE)), out.article]);
      // In rename order: each prefix of it is a folder the loader accepts.
      const files: [string, string][] = [
        [out.sourceFile, out.sourceText],
        [ARTICLES_FILE, articles],
        [out.factsFile, out.factsYaml],
        ...addExistingFigures(this.dir, out.existingFigures, out.existingDesignations),
        [`drafts/${draft.id}.json`, draftJson(published)],
        [GRAPH_VERSION_FILE, `${graphVersion}\n`],
      ];
      let next: ZoneGraph;
      try {
        next = loadCuratedGraph(this.dir, new Map(files.slice(0, -2)));
      } catch (error) {
        if (error instanceof LoadErrors) throw new CurationError("PUBLISH_REJECTED", error.message);
        throw error;
      }
      const publishId = `p${graphVersion}-${randomBytes(3).toString("hex")}`;
      const intent = {
        ...actor,
        draftId,
        publishId,
        graphVersion,
        proposerVersion: draft.proposerVersion,
        sourceId: out.sourceId,
        added: out.added,
      };
      commitFiles(this.dir, intent, files);
      this.cached = { version: graphVersion, graph: next };
      return { graphVersion, added: out.added, sourceId: out.sourceId, draft: published, graph: next };
    });
  }

  private write<T>(task: () => T): Promise<T> {
    return this.queue.run(() => withFolderLock(this.dir, this.lockTimeoutMs, task));
  }

  private storeDraft(draft: Draft): void {
    writeFileAtomic(join(this.dir, "drafts", `${draft.id}.json`), draftJson(draft));
  }

  private actor(curator: unknown): Actor {
    const name = CuratorSchema.safeParse(curator);
    if (!name.success) throw badInput("curator", name.error.issues[0]?.message ?? "invalid");
    return { curator: name.data, at: this.now().toISOString() };
  }

  private lookup(): GraphLookup {
    const graph = this.graph();
    return {
      entityType: (id: string): EntityType | undefined =>
        graph.hasNode(id) ? graph.getNodeAttribute(id, "type") : undefined,
    };
  }
}

function draftJson(draft: Draft): string {
  return `${JSON.stringify(draft, null, 1)}\n`;
}

/** The proposer's index of a graph's names (the shape its `graph` option takes). */
function graphNames(graph: ZoneGraph): GraphNames {
  const names: GraphNames = { entities: [], byName: new Map() };
  graph.forEachNode((id, a) => {
    const known = { id, name: a.name, type: a.type, names: [a.name, ...a.aliases] };
    names.entities.push(known);
    for (const n of known.names) names.byName.set(n, [...(names.byName.get(n) ?? []), known]);
  });
  return names;
}

function packageVersion(): string {
  // Beside the corpus data rather than this module, which may be bundled elsewhere (server/dist).
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(CORPUS_DATA_DIR, "..", "package.json"), "utf8"));
    const version = z.object({ version: z.string() }).safeParse(pkg);
    return `graph-data@${version.success ? version.data.version : "unknown"}`;
  } catch {
    return "graph-data@unknown";
  }
}
