/**
 * Speed of the proposer (issue 11): the whole proposer on a long text (the curated page repeated)
 * against @node-rs/jieba's own tagging of the same text in the same run (target ≤ 3×), and the
 * warm-up (jieba's dictionary, opencc, the gazetteer; target ≤ 500 ms, measured in fresh processes).
 * Both sides run in alternation after warm-up rounds, and each figure is the median of its rounds,
 * in wall-clock time and in this process's CPU time (which other processes' load inflates less; it
 * counts V8's collector threads too). jieba's cut alone is printed for scale: the proposer cuts with
 * it and tags words itself (`word-tags`), so the target compares it with jieba's own tagging.
 * `measureIngest()` returns the figures (`pnpm bench` makes its rows from them); run this file to
 * print them.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CORPUS_DATA_DIR } from "../src/index.ts";
import { propose } from "../src/ingest/propose.ts";
import { segmenter } from "../src/ingest/segmenter.ts";

/** One printed row: what was measured, ours, the baseline, the ratio and the target. */
export interface IngestBenchRow {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  pass: boolean;
}

const WARM_UP = `import { warmUpIngest } from ${JSON.stringify(fileURLToPath(new URL("../src/ingest/warm-up.ts", import.meta.url)))};
const t = performance.now(); warmUpIngest(); console.log(performance.now() - t);`;
// The baseline warm-up: jieba alone loading its own dictionary, timed the same way.
const JIEBA_WARM_UP = `import { createRequire } from "node:module";
const require = createRequire(${JSON.stringify(fileURLToPath(import.meta.url))});
const t = performance.now();
require("@node-rs/jieba").Jieba.withDict(require("@node-rs/jieba/dict").dict);
console.log(performance.now() - t);`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function freshWarmUp(script: string): number {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  return Number(out.trim().split("\n").pop());
}

/** What one run of the proposer bench measured (times in ms, medians of the timed rounds). */
export interface IngestFigures {
  /** Characters of the analysed (normalised) text, and of the raw text given. */
  chars: number;
  rawChars: number;
  rounds: number;
  proposer: number;
  tag: number;
  cut: number;
  proposerCpu: number;
  tagCpu: number;
  warmUps: number;
  warmUp: number;
  /** jieba alone loading its dictionary in a fresh process (the warm-up's baseline). */
  jiebaWarmUp: number;
}

/**
 * Measures the proposer: `copies` = how many times the page is repeated, `rounds` timed rounds
 * (after 3 untimed ones), `warmUps` fresh processes timing the warm-up.
 */
export function measureIngest(copies = 10, rounds = 15, warmUps = 3): IngestFigures {
  const page = readFileSync(`${CORPUS_DATA_DIR}sources/kjrb-yuanqu-2023.txt`, "utf8");
  // Copies differ in their digits so the normaliser does not drop them as printed twice.
  const text = Array.from({ length: copies }, (_, i) =>
    page.replace(/\d/gu, (d) => String((Number(d) + i) % 10)),
  ).join("\n\n");
  const warm = median(Array.from({ length: warmUps }, () => freshWarmUp(WARM_UP)));
  const jiebaWarm = median(Array.from({ length: warmUps }, () => freshWarmUp(JIEBA_WARM_UP)));
  const jieba = segmenter();
  // The baseline tags exactly the text the proposer analyses (after clean-up and normalisation).
  const analysed = propose(text, { label: "bench" }).source.text;
  const ours: number[] = [];
  const base: number[] = [];
  const cut: number[] = [];
  const oursCpu: number[] = [];
  const baseCpu: number[] = [];
  const time = (run: () => unknown, wall: number[], cpu?: number[]): void => {
    const t = performance.now();
    const c = process.cpuUsage();
    run();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu?.push((used.user + used.system) / 1000);
  };
  for (let i = 0; i < 3; i++) {
    jieba.tag(analysed, true);
    propose(text, { label: "bench" });
  }
  for (let i = 0; i < rounds; i++) {
    time(() => jieba.tag(analysed, true), base, baseCpu);
    time(() => propose(text, { label: "bench" }), ours, oursCpu);
    time(() => jieba.cut(analysed, true), cut);
  }
  return {
    chars: analysed.length,
    rawChars: text.length,
    rounds,
    proposer: median(ours),
    tag: median(base),
    cut: median(cut),
    proposerCpu: median(oursCpu),
    tagCpu: median(baseCpu),
    warmUps,
    warmUp: warm,
    jiebaWarmUp: jiebaWarm,
  };
}

/** The proposer's rows as this script prints them. */
export function ingestBenchRows(f: IngestFigures = measureIngest()): IngestBenchRow[] {
  const ratio = f.proposer / f.tag;
  const cpuRatio = f.proposerCpu / f.tagCpu;
  return [
    {
      figure: `proposer on a ${f.chars}-character text (raw ${f.rawChars}), median of ${f.rounds}`,
      value: `${f.proposer.toFixed(1)} ms`,
      baseline: `jieba tag alone: ${f.tag.toFixed(1)} ms`,
      ratio: `${ratio.toFixed(2)}×`,
      target: "≤ 3×",
      pass: ratio <= 3,
    },
    {
      figure: "the same rounds in CPU time of this process",
      value: `${f.proposerCpu.toFixed(1)} ms`,
      baseline: `jieba tag alone: ${f.tagCpu.toFixed(1)} ms`,
      ratio: `${cpuRatio.toFixed(2)}×`,
      target: "≤ 3×",
      pass: cpuRatio <= 3,
    },
    {
      figure: "for scale: jieba's cut alone (no tags), wall-clock",
      value: `${f.proposer.toFixed(1)} ms`,
      baseline: `jieba cut alone: ${f.cut.toFixed(1)} ms`,
      ratio: `${(f.proposer / f.cut).toFixed(2)}×`,
      target: "—",
      pass: true,
    },
    {
      figure: `proposer warm-up in a fresh process (jieba dict, opencc, gazetteer), median of ${f.warmUps}`,
      value: `${f.warmUp.toFixed(0)} ms`,
      baseline: `jieba's dictionary alone: ${f.jiebaWarmUp.toFixed(0)} ms`,
      ratio: `${(f.warmUp / f.jiebaWarmUp).toFixed(2)}×`,
      target: "≤ 500 ms",
      pass: f.warmUp <= 500,
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  for (const r of ingestBenchRows())
    console.log(
      `${r.figure}: ${r.value} | ${r.baseline} | ${r.ratio} | target ${r.target} | ${r.pass ? "pass" : "FAIL"}`,
    );
}
