/**
 * Snapshot extension sections: named byte blobs stored beside the graph — written with the graph
 * or added to an existing file — read back as 8-byte-aligned views, and ignored by readers of the
 * graph; files of versions 1 and 2 (before checksums) are refused with a request to regenerate.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSnapshot } from "../src/snapshot/read-snapshot.ts";
import { SNAPSHOT_VERSION } from "../src/snapshot/snapshot-format.ts";
import { writeSnapshot } from "../src/snapshot/write-snapshot.ts";
import { writeSnapshotExtensions } from "../src/snapshot/write-snapshot-extensions.ts";
import { generateGraph } from "../src/synth/generate-graph.ts";

const dir = mkdtempSync(join(tmpdir(), "zonegraph-snapshot-ext-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const parts = generateGraph({ preset: "small", seed: 5 });

describe("snapshot extension sections", () => {
  it("stores named sections beside the graph and reads them back aligned", () => {
    const file = join(dir, "with-ext.zgs");
    const numbers = Float64Array.of(1.5, -2, 3e12);
    writeSnapshot(parts, file, {
      "x.numbers": new Uint8Array(numbers.buffer),
      "x.odd": Uint8Array.of(1, 2, 3),
    });
    const snapshot = readSnapshot(file);
    expect(snapshot.extensionNames.sort()).toEqual(["x.numbers", "x.odd"]);
    const bytes = snapshot.extension("x.numbers")!;
    expect(bytes.byteOffset % 8).toBe(0);
    expect(Array.from(new Float64Array(bytes.buffer, bytes.byteOffset, 3))).toEqual([1.5, -2, 3e12]);
    expect(Array.from(snapshot.extension("x.odd")!)).toEqual([1, 2, 3]);
    expect(snapshot.extension("missing")).toBeUndefined();
    expect(snapshot.toParts().nodes).toEqual(parts.nodes);
    expect(JSON.parse(JSON.stringify(snapshot.sources))).toEqual(parts.attributes.sources);
  });

  it("adds or replaces the sections of an existing file without touching the graph", () => {
    const file = join(dir, "later.zgs");
    writeSnapshot(parts, file, { old: Uint8Array.of(9) });
    writeSnapshotExtensions(file, { fresh: Uint8Array.of(7, 7) });
    const snapshot = readSnapshot(file);
    expect(snapshot.extensionNames).toEqual(["fresh"]);
    expect(Array.from(snapshot.extension("fresh")!)).toEqual([7, 7]);
    expect(snapshot.toParts().nodes).toEqual(parts.nodes);
    expect(snapshot.toParts().edges).toEqual(parts.edges);
    expect(JSON.parse(JSON.stringify(snapshot.sources))).toEqual(parts.attributes.sources);
  });

  it.each([1, 2])(
    "refuses a version-%i file (written before checksums) and says to regenerate it",
    (version) => {
      const file = join(dir, `v${version}.zgs`);
      writeSnapshot(parts, file);
      const bytes = Buffer.from(readFileSync(file));
      expect(bytes.readUInt32LE(8)).toBe(SNAPSHOT_VERSION);
      bytes.writeUInt32LE(version, 8);
      writeFileSync(file, bytes);
      expect(() => readSnapshot(file)).toThrow(
        `written before snapshots had checksums (format version ${version}), so damage to it cannot be detected; regenerate it (pnpm synth`,
      );
    },
  );
});
