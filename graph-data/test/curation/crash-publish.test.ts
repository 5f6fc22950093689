// Crash loop: a child process publishes into a copy of a curated folder and dies by SIGKILL at seeded
// moments — half the lives killed from outside after a seeded delay, half killing themselves at a
// seeded fsync so that kills land inside a publish's steps; after each kill the folder is reopened
// (recovery) and must hold every acknowledged publish, nothing half-written, a journal that parses,
// and a folder the strict loader accepts.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { generateCuratedFolder } from "../../src/curation/generate-curated-folder.ts";
import { CuratedFolder, loadCuratedGraph, readGraphVersion, readJournal } from "../../src/curation/index.ts";

const ITERATIONS = 30;
const BASE_ARTICLES = 3;
const CHILD = fileURLToPath(new URL("./publish-child.ts", import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));

const dir = mkdtempSync(join(tmpdir(), "zg-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A seeded LCG: the same delays on every run. */
function delays(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** How a life ends: SIGKILL from outside `delayMs` after ready (or after spawn, `early`), or at the child's N-th fsync. */
type Death = { delayMs: number; early: boolean } | { fsync: number };

/** Runs one child life and returns the publishes it acknowledged. */
async function life(first: number, death: Death): Promise<string[]> {
  const args = [CHILD, dir, String(first), ...("fsync" in death ? [String(death.fsync)] : [])];
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: PACKAGE_DIR,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes("ready\n")) ready();
  });
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_code, signal) => resolve(signal)),
  );
  if ("delayMs" in death) {
    if (!death.early) await Promise.race([isReady, exited]);
    await sleep(death.delayMs);
    child.kill("SIGKILL");
  }
  const signal = await exited;
  if (signal !== "SIGKILL")
    throw new Error(`publish-child ended without SIGKILL (${String(signal)}): ${err}`);
  // Only whole lines count: an ack torn by the kill was not acknowledged.
  return out
    .split("\n")
    .slice(0, -1)
    .filter((l) => l.startsWith("ack "))
    .map((l) => l.split(" ")[1] ?? "");
}

it("keeps every acknowledged publish and nothing half-written across 30 SIGKILLs", async () => {
  generateCuratedFolder(dir, { articles: BASE_ARTICLES });
  const random = delays(12);
  const acked: string[] = [];
  let completed = 0;
  let rolledBack = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const r = random();
    // A publish cycle (draft, decision, publish) makes about 19 fsyncs: N spans two cycles.
    const death: Death =
      i % 2 === 0
        ? { fsync: 1 + Math.floor(r * 40) }
        : { delayMs: Math.floor(r * (i % 6 === 5 ? 1200 : 300)), early: i % 6 === 5 };
    acked.push(...(await life(i * 1000, death)));
    const folder = await CuratedFolder.open(dir);
    completed += folder.recovery.completed.length;
    if (folder.recovery.removed.some((f) => f.startsWith(".staging/"))) rolledBack++;
    const journal = readJournal(dir);
    const intents = journal.filter((r) => r.kind === "publish-intent");
    const commits = journal.filter((r) => r.kind === "publish-commit");
    expect(commits.map((c) => c.publishId)).toEqual(intents.map((r) => r.publishId));
    expect(readGraphVersion(dir)).toBe(commits.length);
    const sources = loadCuratedGraph(dir)
      .getAttribute("sources")
      .map((s) => s.id);
    expect(sources).toEqual(expect.arrayContaining(acked));
    expect(sources).toHaveLength(BASE_ARTICLES + commits.length);
    expect(readdirSync(join(dir, "facts"))).toHaveLength(BASE_ARTICLES + commits.length);
    expect(folder.drafts("PUBLISHED")).toHaveLength(commits.length);
    for (const sub of ["", "facts", "sources", "drafts"])
      expect(readdirSync(join(dir, sub)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(join(dir, ".staging"))).toBe(false);
  }
  // The self-kills are deterministic: some landed between intent and commit, some before the intent.
  expect(completed).toBeGreaterThan(0);
  expect(rolledBack).toBeGreaterThan(0);
  console.log(
    `crash loop: ${acked.length} acknowledged publishes; recovery completed ${completed} and rolled back ${rolledBack}`,
  );
}, 120_000);
