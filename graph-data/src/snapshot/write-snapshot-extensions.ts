/**
 * Replace the extension sections of an existing snapshot file (e.g. add the server's prebuilt
 * search index) without re-encoding the graph: the core sections' bytes are copied as they are.
 */
import { readFileSync } from "node:fs";
import { decodeSnapshot } from "./read-snapshot.ts";
import {
  dataStartOf,
  PREAMBLE_BYTES,
  SECTION_KINDS,
  type SectionName,
  type SnapshotHeader,
} from "./snapshot-format.ts";
import { assemble, writeChunks, type Section, type SnapshotExtensions } from "./write-snapshot.ts";

/** Rewrite `file` (a valid snapshot) with `extensions` as its only extension sections (the current format version). */
export function writeSnapshotExtensions(file: string, extensions: SnapshotExtensions): void {
  const bytes = readFileSync(file);
  // Checks the whole file first (a damaged one throws a SnapshotError naming it).
  decodeSnapshot(bytes, file);
  const headerBytes = bytes.readUInt32LE(12);
  const header = JSON.parse(
    bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerBytes).toString("utf8"),
  ) as SnapshotHeader;
  const dataStart = dataStartOf(headerBytes);
  const data = {} as Record<SectionName, Section>;
  for (const name of Object.keys(SECTION_KINDS) as SectionName[]) {
    const { offset, bytes: length, encoding, count } = header.sections[name];
    data[name] = {
      bytes: bytes.subarray(dataStart + offset, dataStart + offset + length),
      ...(encoding === undefined ? {} : { encoding }),
      ...(count === undefined ? {} : { count }),
    };
  }
  const { nodeCount, edgeCount, evidenceCount } = header;
  writeChunks(file, assemble(data, { nodeCount, edgeCount, evidenceCount }, extensions));
}
