/**
 * Smoke run of the benchmark (bench/) on the small preset with short durations and no peers, so
 * the harness cannot rot: every figure is there with finite numbers, and the implementations agree.
 * It asserts no wall-clock times (the full run is `pnpm bench`).
 */
import { describe, expect, it } from "vitest";
import { formatTable } from "../report-table.ts";
import { runBench } from "../run-bench.ts";

describe("pnpm bench (small smoke run)", () => {
  it("measures every figure beside its baseline and agrees with the plain CSR walk", async () => {
    const result = await runBench({
      preset: "small",
      seed: 1,
      peers: false,
      httpSeconds: 1,
      ingestRounds: 2,
      log: () => undefined,
    });
    const ids = result.rows.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "startup.snapshot-read",
        "startup.server-load",
        "startup.server-process",
        "startup.served-context",
        "rss.server",
        "tied.median.server",
        "tied.median.graphology",
        "search.p50",
        "http.tied-page.uncached",
        "http.tied-page.warm",
        "http.tied-page.uncached-vs-raw",
        "http.tied-page.yoga",
        "http.tied-page.handwritten",
        "ingest.proposer.wall",
        "ingest.proposer.cpu",
        "ingest.warm-up",
      ]),
    );
    for (const row of result.rows) {
      expect(Number.isFinite(row.value), `${row.id} value`).toBe(true);
      expect(Number.isFinite(row.baseline), `${row.id} baseline`).toBe(true);
      expect(Number.isFinite(row.ratio), `${row.id} ratio`).toBe(true);
    }
    expect(result.checks).toEqual(
      expect.objectContaining({
        "tied: server count = CSR count": true,
        "tied: server page = CSR page (entities and paths)": true,
        "http: every server answered every request with 200": true,
        "http: warm answers are response-cache hits with the app's bytes": true,
        "http: uncached answers come from the fast path with the app's bytes": true,
      }),
    );
    expect(formatTable(result.rows).split("\n")).toHaveLength(result.rows.length + 2);
  }, 120_000);
});
