/**
 * The benchmark's table: one row per figure with ZoneGraph's value, the baseline or peer measured
 * in the same run, their ratio, the target and whether it is met; printed as aligned text.
 */

/** One figure of the benchmark. */
export interface Row {
  id: string;
  figure: string;
  unit: string;
  value: number;
  baselineLabel: string;
  baseline: number;
  /** How the ratio reads, e.g. "baseline / value" (how many times faster). */
  ratioLabel: string;
  ratio: number;
  /** The target, e.g. "≤ 3000 ms" or "≥ 100×"; "" when the row is for information. */
  target: string;
  pass: boolean | null;
  note?: string;
}

const fmt = (x: number): string =>
  !Number.isFinite(x)
    ? String(x)
    : Math.abs(x) >= 100
      ? x.toFixed(0)
      : Math.abs(x) >= 10
        ? x.toFixed(1)
        : Math.abs(x) >= 1
          ? x.toFixed(2)
          : x.toFixed(3);

/** The table as text (markdown-compatible pipes). */
export function formatTable(rows: readonly Row[]): string {
  const header = ["figure", "ZoneGraph", "baseline / peer (same run)", "ratio", "target", "pass?"];
  const body = rows.map((r) => [
    r.figure,
    `${fmt(r.value)} ${r.unit}`,
    `${r.baselineLabel}: ${fmt(r.baseline)} ${r.unit}`,
    `${fmt(r.ratio)}× (${r.ratioLabel})`,
    r.target,
    r.pass === null ? "—" : r.pass ? "yes" : "NO",
  ]);
  const widths = header.map((h, k) => Math.max(width(h), ...body.map((row) => width(row[k] ?? ""))));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, k) => c + " ".repeat((widths[k] ?? 0) - width(c))).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

// CJK characters take two columns in a terminal.
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
