/**
 * decodeSnapshot without verification (bytes a worker of this process just wrote): the same
 * graph as a verified decode, without the section checksums — which a file always gets.
 */
import { describe, expect, it } from "vitest";
import { decodeSnapshot } from "../src/snapshot/read-snapshot.ts";
import { PREAMBLE_BYTES, dataStartOf, type SnapshotHeader } from "../src/snapshot/snapshot-format.ts";
import { encodeSnapshot } from "../src/snapshot/write-snapshot.ts";
import { tinyGraph } from "./tiny-graph.ts";

const bytes = Buffer.concat(encodeSnapshot(tinyGraph(), "tiny.zgs"));

describe("decodeSnapshot({ verify: false })", () => {
  it("decodes the same graph as a verified decode", () => {
    const trusted = decodeSnapshot(bytes, "tiny", { verify: false });
    const verified = decodeSnapshot(bytes, "tiny");
    expect(trusted.nodeCount).toBe(verified.nodeCount);
    expect(trusted.edgeCount).toBe(verified.edgeCount);
    for (let i = 0; i < verified.nodeCount; i++)
      expect(trusted.columns.nodeName.get(i)).toBe(verified.columns.nodeName.get(i));
  });

  it("skips the section checksums, which a verified decode (and every file) keeps", () => {
    const headerBytes = bytes.readUInt32LE(12);
    const header = JSON.parse(
      bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerBytes).toString("utf8"),
    ) as SnapshotHeader;
    const names = header.sections.nodeName;
    const damaged = Buffer.from(bytes);
    // Flip a bit inside the last name's text: the structure stays sound, the checksum does not.
    damaged[dataStartOf(headerBytes) + names.offset + names.bytes - 1]! ^= 1;
    expect(() => decodeSnapshot(damaged, "tiny")).toThrow(/nodeName is damaged/);
    expect(() => decodeSnapshot(damaged, "tiny", { verify: false })).not.toThrow();
  });
});
