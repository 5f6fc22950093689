/**
 * CLI: exports the corpus graph (or a Graphology JSON graph file) as GEXF, GraphML or JSON.
 *   pnpm --filter @zonegraph/graph-data export [--format gexf|graphml|json] [--out <file>] [--graph <file.json>]
 * With no --format and no --out it writes all three to graph-data/out/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { toGexf } from "../export/gexf.ts";
import { toGraphml } from "../export/graphml.ts";
import { toJson } from "../export/json.ts";
import { loadCorpusGraph } from "../load/load-corpus.ts";
import { readGraphFile } from "../read-graph-file.ts";
import type { ZoneGraph } from "../types.ts";

const WRITERS = { gexf: toGexf, graphml: toGraphml, json: (g: ZoneGraph) => toJson(g, true) } as const;
type Format = keyof typeof WRITERS;
const FORMATS = Object.keys(WRITERS) as Format[];
const USAGE = `usage: export [--format gexf|graphml|json] [--out <file>] [--graph <graph.json>]
  --format   one format; with --out and no --format, the format is taken from the file's extension
  --out      the file to write; with neither --format nor --out, writes all three to graph-data/out/
  --graph    export this Graphology JSON graph instead of the built-in corpus`;
const OUT_DIR = fileURLToPath(new URL("../../out/", import.meta.url));

/** Parsed command-line options. */
interface Options {
  format: Format | undefined;
  out: string | undefined;
  graph: string | undefined;
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { format: undefined, out: undefined, graph: undefined };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] ?? "";
    if (flag === "--") continue;
    if (flag === "--help" || flag === "-h") throw new UsageError("");
    const name = flag.replace(/^--/, "").split("=")[0] ?? "";
    if (!["format", "out", "graph"].includes(name) || !flag.startsWith("--"))
      throw new UsageError(`unknown argument "${flag}"`);
    const value = flag.includes("=") ? flag.slice(flag.indexOf("=") + 1) : args[++i];
    if (value === undefined || value === "" || value.startsWith("--"))
      throw new UsageError(`--${name} needs a value`);
    if (name === "format") {
      if (!isFormat(value)) throw new UsageError(`unknown format "${value}" (one of ${FORMATS.join(", ")})`);
      options.format = value;
    } else if (name === "out") options.out = fromCaller(value);
    else options.graph = fromCaller(value);
  }
  if (options.out !== undefined && options.format === undefined) {
    const ext = extname(options.out).slice(1);
    if (!isFormat(ext))
      throw new UsageError(`cannot tell the format of "${options.out}": add --format ${FORMATS.join("|")}`);
    options.format = ext;
  }
  return options;
}

/** pnpm runs scripts in the package directory; paths are meant relative to where the user typed. */
function fromCaller(path: string): string {
  return resolve(process.env["INIT_CWD"] ?? process.cwd(), path);
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

class UsageError extends Error {}

function main(args: readonly string[]): void {
  const options = parseArgs(args);
  const graph = options.graph === undefined ? loadCorpusGraph() : readGraphFile(options.graph);
  const formats = options.format === undefined ? FORMATS : [options.format];
  for (const format of formats) {
    const out = options.out ?? join(OUT_DIR, `zonegraph.${format}`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, WRITERS[format](graph));
    console.log(`wrote ${out} (${format}: ${graph.order} entities, ${graph.size} relations)`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    if (error.message !== "") console.error(`export: ${error.message}`);
    console.error(USAGE);
    process.exitCode = error.message === "" ? 0 : 2;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
