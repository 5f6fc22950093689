/**
 * A damaged snapshot is refused, never served differently: every single-bit flip anywhere in a
 * small snapshot (magic, version, header, its checksum and padding, every section and extension)
 * fails to load, and a flip inside the header or a section names it: "<section> is damaged".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeSnapshot, readSnapshot } from "../src/snapshot/read-snapshot.ts";
import { SnapshotError } from "../src/snapshot/snapshot-error.ts";
import { align8, dataStartOf, PREAMBLE_BYTES, type SnapshotHeader } from "../src/snapshot/snapshot-format.ts";
import { encodeSnapshot, writeSnapshot } from "../src/snapshot/write-snapshot.ts";
import { tinyGraph } from "./tiny-graph.ts";

const dir = mkdtempSync(join(tmpdir(), "zonegraph-damage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const extensions = { "x.index": Uint8Array.of(1, 2, 3, 4, 5) };
const bytes = Buffer.concat(encodeSnapshot(tinyGraph(), "tiny.zgs", extensions));
const headerBytes = bytes.readUInt32LE(12);
const header = JSON.parse(
  bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerBytes).toString("utf8"),
) as SnapshotHeader;
const dataStart = dataStartOf(headerBytes);

/** What a flip at byte `at` must be refused as. */
function expectedProblem(at: number): RegExp | string {
  if (at < 8) return /bad magic/;
  if (at < 12) return /version/;
  if (at < 16) return /header is damaged|truncated/;
  if (at < dataStart) return "header is damaged";
  const offset = at - dataStart;
  const all = [
    ...Object.entries(header.sections),
    ...Object.entries(header.extensions ?? {}).map(([name, e]) => [`extension ${name}`, e] as const),
  ];
  const found = all.find(([, e]) => offset >= e.offset && offset < e.offset + align8(e.bytes));
  if (found === undefined) throw new Error(`byte ${at} is in no section`);
  return `${found[0]} is damaged`;
}

function problemOf(file: Uint8Array): string | undefined {
  try {
    decodeSnapshot(file);
    return undefined;
  } catch (error) {
    if (error instanceof SnapshotError) return error.problem;
    throw error;
  }
}

describe("a damaged snapshot", () => {
  it("loads when nothing is flipped", () => {
    expect(decodeSnapshot(bytes).toParts().nodes).toEqual(tinyGraph().nodes);
  });

  it(`refuses every single-bit flip of its ${bytes.length} bytes, naming the damaged part`, () => {
    const served: string[] = [];
    const misnamed: string[] = [];
    for (let at = 0; at < bytes.length; at++) {
      for (let bit = 0; bit < 8; bit++) {
        const copy = Buffer.from(bytes);
        copy[at] = (copy[at] ?? 0) ^ (1 << bit);
        const problem = problemOf(copy);
        const expected = expectedProblem(at);
        if (problem === undefined) served.push(`${at}.${bit}`);
        else if (typeof expected === "string" ? problem !== expected : !expected.test(problem))
          misnamed.push(`${at}.${bit}: ${problem} (expected ${String(expected)})`);
      }
    }
    expect(served).toEqual([]);
    expect(misnamed).toEqual([]);
  });

  it("refuses a file whose source texts (read from disk, not kept in memory) are damaged", () => {
    const text = header.sections.sourceText;
    const file = join(dir, "text.zgs");
    const copy = Buffer.from(bytes);
    const at = dataStart + text.offset + text.bytes - 1;
    copy[at] = (copy[at] ?? 0) ^ 0x10;
    writeFileSync(file, copy);
    expect(() => readSnapshot(file)).toThrow(`${file}: sourceText is damaged`);
  });

  it("reads back an undamaged file written to disk", () => {
    const file = join(dir, "ok.zgs");
    writeSnapshot(tinyGraph(), file, extensions);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readSnapshot(file).toParts().edges).toEqual(tinyGraph().edges);
  });
});
