/**
 * The proposer's rows of `pnpm bench` (issue 11): the whole proposer on a long text against
 * @node-rs/jieba's own tagging of the same text in the same run, in wall-clock and CPU time, and
 * the warm-up in fresh processes. Measured by graph-data's `measureIngest`.
 */
import type { IngestFigures } from "@zonegraph/graph-data/scripts/ingest-bench";
import type { Row } from "./report-table.ts";
import type { Measurements, RowSpec } from "./row-specs.ts";

const ratioRow =
  (id: string, clock: "wall-clock" | "CPU time", pick: (f: IngestFigures) => [number, number]): RowSpec =>
  (m: Measurements): Row | null => {
    if (!m.ingest) return null;
    const [ours, tag] = pick(m.ingest);
    return {
      id,
      figure: `proposer on a ${m.ingest.chars}-character text, ${clock} (median of ${m.ingest.rounds})`,
      unit: "ms",
      value: ours,
      baselineLabel: "@node-rs/jieba tagging the same text",
      baseline: tag,
      ratioLabel: "this ÷ jieba",
      ratio: ours / tag,
      target: "≤ 3×",
      pass: ours / tag <= 3,
      note: `jieba's cut alone (no tags): ${m.ingest.cut.toFixed(1)} ms`,
    };
  };

/** The proposer rows (none when a run did not measure them). */
export const INGEST_ROW_SPECS: readonly RowSpec[] = [
  ratioRow("ingest.proposer.wall", "wall-clock", (f) => [f.proposer, f.tag]),
  ratioRow("ingest.proposer.cpu", "CPU time", (f) => [f.proposerCpu, f.tagCpu]),
  (m) =>
    m.ingest
      ? {
          id: "ingest.warm-up",
          figure: `proposer warm-up in a fresh process (jieba dictionary, opencc, gazetteer), median of ${m.ingest.warmUps}`,
          unit: "ms",
          value: m.ingest.warmUp,
          baselineLabel: "jieba loading its own dictionary, fresh process",
          baseline: m.ingest.jiebaWarmUp,
          ratioLabel: "this ÷ jieba",
          ratio: m.ingest.warmUp / m.ingest.jiebaWarmUp,
          target: "≤ 500 ms",
          pass: m.ingest.warmUp <= 500,
        }
      : null,
];
