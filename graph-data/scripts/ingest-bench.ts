/**
 * Speed of the proposer (issue 11): the whole proposer on a long text (the curated page repeated)
 * against @node-rs/jieba's own tagging of the same text in the same run (target ≤ 3×), and the
 * warm-up (jieba's dictionary, opencc, the gazetteer; target ≤ 500 ms, measured in fresh processes).
 * Both sides run in alternation after warm-up rounds, and each figure is the median of its rounds,
 * in wall-clock time and in this process's CPU time (which other processes' load inflates less; it
 * counts V8's collector threads too). jieba's cut alone is printed for scale: the proposer cuts with
 * it and tags words itself (`word-tags`), so the target compares it with jieba's own tagging.
 * `ingestBenchRows()` returns the rows for `pnpm bench`; run this file to print them.
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function freshWarmUp(): number {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", WARM_UP], {
    encoding: "utf8",
  });
  return Number(out.trim().split("\n").pop());
}

/**
 * Measures and returns the proposer's rows: `copies` = how many times the page is repeated,
 * `rounds` timed rounds (after 3 untimed ones), `warmUps` fresh processes timing the warm-up.
 */
export function ingestBenchRows(copies = 10, rounds = 15, warmUps = 3): IngestBenchRow[] {
  const page = readFileSync(`${CORPUS_DATA_DIR}sources/kjrb-yuanqu-2023.txt`, "utf8");
  // Copies differ in their digits so the normaliser does not drop them as printed twice.
  const text = Array.from({ length: copies }, (_, i) =>
    page.replace(/\d/gu, (d) => String((Number(d) + i) % 10)),
  ).join("\n\n");
  const warm = median(Array.from({ length: warmUps }, freshWarmUp));
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
  const ratio = median(ours) / median(base);
  const cpuRatio = median(oursCpu) / median(baseCpu);
  return [
    {
      figure: `proposer on a ${analysed.length}-character text (raw ${text.length}), median of ${rounds}`,
      value: `${median(ours).toFixed(1)} ms`,
      baseline: `jieba tag alone: ${median(base).toFixed(1)} ms`,
      ratio: `${ratio.toFixed(2)}×`,
      target: "≤ 3×",
      pass: ratio <= 3,
    },
    {
      figure: "the same rounds in CPU time of this process",
      value: `${median(oursCpu).toFixed(1)} ms`,
      baseline: `jieba tag alone: ${median(baseCpu).toFixed(1)} ms`,
      ratio: `${cpuRatio.toFixed(2)}×`,
      target: "≤ 3×",
      pass: cpuRatio <= 3,
    },
    {
      figure: "for scale: jieba's cut alone (no tags), wall-clock",
      value: `${median(ours).toFixed(1)} ms`,
      baseline: `jieba cut alone: ${median(cut).toFixed(1)} ms`,
      ratio: `${(median(ours) / median(cut)).toFixed(2)}×`,
      target: "—",
      pass: true,
    },
    {
      figure: `proposer warm-up in a fresh process (jieba dict, opencc, gazetteer), median of ${warmUps}`,
      value: `${warm.toFixed(0)} ms`,
      baseline: "—",
      ratio: "—",
      target: "≤ 500 ms",
      pass: warm <= 500,
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
