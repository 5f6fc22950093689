/**
 * The peers (Kùzu, Oxigraph): installed into bench/peers with npm on first run (never through the
 * workspace's pnpm install), each run in its own child process on the bench's CSV / N-Triples files.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { PeerReport } from "./peers/tied-peer-spec.ts";

const PEERS_DIR = fileURLToPath(new URL("peers", import.meta.url));

/** Install kuzu@0.11.3 and oxigraph into bench/peers (once); Kùzu's install script must run. */
export function ensurePeers(log: (line: string) => void): void {
  const loads = (): boolean => {
    try {
      const require = createRequire(join(PEERS_DIR, "package.json"));
      require("kuzu");
      require("oxigraph");
      return true;
    } catch {
      return false;
    }
  };
  if (existsSync(join(PEERS_DIR, "node_modules")) && loads()) return;
  log("installing the peers (kuzu@0.11.3, oxigraph) into bench/peers with npm — once, ~560 MB…");
  execFileSync(
    "npm",
    ["install", "--prefix", PEERS_DIR, "--no-audit", "--no-fund", "kuzu@0.11.3", "oxigraph"],
    { stdio: "inherit" },
  );
  // npm 11 may skip install scripts it was not told to allow; Kùzu's picks its native binary.
  if (!loads())
    execFileSync("node", ["install.js"], { cwd: join(PEERS_DIR, "node_modules", "kuzu"), stdio: "inherit" });
  if (!loads())
    throw new Error("bench/peer-bench: kuzu or oxigraph does not load from bench/peers/node_modules");
}

/** Run one peer script in a child and return its report; a peer that fails or exceeds `timeoutMs` reports NaN. */
export async function runPeer(
  script: "kuzu-bench.ts" | "oxigraph-bench.ts",
  args: string[],
  timeoutMs = 600_000,
): Promise<PeerReport & { error?: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(PEERS_DIR, script), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on("line", (line) => lines.push(line));
  const timer = setTimeout(() => child.kill(), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(timer);
  const last = lines.at(-1);
  if (code === 0 && last !== undefined) return JSON.parse(last) as PeerReport;
  const error = code === null ? `timed out after ${timeoutMs / 1000} s` : `exited ${code}`;
  return {
    peer: script.replace("-bench.ts", ""),
    loadMs: Number.NaN,
    countOnlyMs: Number.NaN,
    withResultsMs: Number.NaN,
    count: -1,
    runs: 0,
    error,
  };
}
