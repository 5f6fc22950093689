/**
 * Read a snapshot file (.zgs) into a Snapshot: checks magic, version, the header's and every
 * section's checksum, then every section's bounds and shape, failing with a SnapshotError that
 * names the file and the problem. Typed arrays are views on the file's bytes (no copy); source
 * texts are checksummed in chunks, then left on disk until a text is first read.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { endianness } from "node:os";
import { ENTITY_TYPE_IDS, RELATION_TYPE_IDS } from "../ontology.ts";
import type { GraphAttributes } from "../types.ts";
import { Snapshot, type SnapshotColumns } from "./snapshot.ts";
import { SnapshotError } from "./snapshot-error.ts";
import { StringColumn } from "./string-column.ts";
import { lazyText, sourceTexts } from "./source-texts.ts";
import { bytesAt, u32At } from "./snapshot-bytes.ts";
import { validateColumns, validateGraphSection } from "./validate-columns.ts";
import { verifyHeaderChecksum, verifySectionChecksums } from "./verify-checksums.ts";
import {
  dataStartOf,
  PREAMBLE_BYTES,
  READABLE_VERSIONS,
  SECTION_KINDS,
  SNAPSHOT_MAGIC,
  UNCHECKSUMMED_VERSIONS,
  type SectionName,
  type SnapshotBytes,
  type SnapshotHeader,
} from "./snapshot-format.ts";

export type { SnapshotBytes } from "./snapshot-format.ts";

/** Read and check the snapshot at `file`; source texts stay on disk until first read. */
export function readSnapshot(file: string): Snapshot {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const size = fstatSync(fd).size;
    const preamble = readAt(fd, 0, Math.min(size, PREAMBLE_BYTES));
    const headerBytes = preamble.byteLength === PREAMBLE_BYTES ? preamble.readUInt32LE(12) : 0;
    // A damaged preamble or header: read it all and let decode() say what is wrong.
    let header: unknown;
    try {
      header =
        PREAMBLE_BYTES + headerBytes <= size
          ? JSON.parse(readAt(fd, PREAMBLE_BYTES, headerBytes).toString("utf8"))
          : undefined;
    } catch {
      header = undefined;
    }
    const text = isHeader(header)
      ? (header.sections.sourceText as SnapshotHeader["sections"]["sourceText"] | undefined)
      : undefined;
    // Read everything up to the source texts' characters (their offsets included); 8-byte aligned.
    const headLength =
      text === undefined
        ? size
        : Math.min(size, dataStartOf(headerBytes) + text.offset + ((text.count ?? 0) + 1) * 4);
    const head = Buffer.allocUnsafeSlow(headLength);
    readInto(fd, head, 0);
    const read = (offset: number, length: number): Uint8Array => {
      const again = openSync(file, "r");
      try {
        if (fstatSync(again).size !== size)
          throw new SnapshotError(file, "changed on disk since it was loaded; restart to reload it");
        return readAt(again, offset, length);
      } finally {
        closeSync(again);
      }
    };
    return decode({ head, size, read }, file);
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    throw new SnapshotError(file, `cannot read: ${(error as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** How far a decode checks the bytes. */
export interface DecodeOptions {
  /**
   * false: skip the section checksums and the checks of stored values, for bytes this process's
   * own writer just made in memory (a worker's graph handed to the main thread), never for a file.
   * The header checksum and the structure are always checked. Default true.
   */
  verify?: boolean;
}

/** Decode snapshot bytes held in memory (`label` names the file in errors). */
export function decodeSnapshot(bytes: Uint8Array, label = "<memory>", options: DecodeOptions = {}): Snapshot {
  return decode(
    {
      head: bytes,
      size: bytes.byteLength,
      read: (offset, length) => bytes.subarray(offset, offset + length),
    },
    label,
    options.verify ?? true,
  );
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  readInto(fd, buffer, offset);
  return buffer;
}

function readInto(fd: number, buffer: Buffer, position: number): void {
  for (let done = 0; done < buffer.byteLength;) {
    const n = readSync(fd, buffer, done, Math.min(buffer.byteLength - done, 1 << 26), position + done);
    if (n === 0) break;
    done += n;
  }
}

function decode(source: SnapshotBytes, label: string, verify = true): Snapshot {
  const fail = (problem: string): never => {
    throw new SnapshotError(label, problem);
  };
  const bytes = source.head;
  if (endianness() !== "LE") fail("snapshots are little-endian; this machine is not");
  // Magic first (over what there is), so a short file that is not a snapshot says so.
  for (let i = 0; i < Math.min(SNAPSHOT_MAGIC.length, source.size); i++) {
    if (bytes[i] !== SNAPSHOT_MAGIC[i]) fail("bad magic: not a ZoneGraph snapshot (.zgs)");
  }
  if (source.size < PREAMBLE_BYTES) fail(`truncated: ${source.size} bytes is shorter than the preamble`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (UNCHECKSUMMED_VERSIONS.includes(version))
    fail(
      `written before snapshots had checksums (format version ${version}), so damage to it cannot be detected; regenerate it (pnpm synth …)`,
    );
  if (!READABLE_VERSIONS.includes(version))
    fail(
      `version mismatch: file is version ${version}, this reader reads versions ${READABLE_VERSIONS.join(", ")}; regenerate it (pnpm synth)`,
    );
  const headerBytes = view.getUint32(12, true);
  const dataStart = dataStartOf(headerBytes);
  if (dataStart > Math.min(source.size, bytes.byteLength))
    fail("truncated: the header runs past the end of the file");
  verifyHeaderChecksum(bytes, headerBytes, fail);
  const header = parseJson(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerBytes), "header", fail);
  if (!isHeader(header)) return fail(`bad header: not a version-${version} snapshot header`);
  if (source.size < dataStart + header.dataBytes)
    fail(`truncated: expected ${dataStart + header.dataBytes} bytes, found ${source.size}`);
  if (source.size > dataStart + header.dataBytes)
    fail(`trailing bytes: expected ${dataStart + header.dataBytes} bytes, found ${source.size}`);
  if (verify) verifySectionChecksums(header, source, dataStart, fail);

  const section = (name: SectionName): Uint8Array => {
    const entry = header.sections[name];
    if (entry === undefined || entry.kind !== SECTION_KINDS[name])
      return fail(`section ${name} is missing or of the wrong kind`);
    if (entry.offset < 0 || entry.offset + entry.bytes > header.dataBytes)
      fail(`section ${name} lies outside the file`);
    return bytesAt(source, dataStart + entry.offset, entry.bytes);
  };
  const u32 = (name: SectionName, length: number): Uint32Array => {
    const s = section(name);
    if (s.byteLength !== length * 4)
      fail(`section ${name} has ${s.byteLength / 4} items, expected ${length}`);
    return u32At(s, length);
  };
  const u8 = (name: SectionName, length: number): Uint8Array => {
    const s = section(name);
    if (s.byteLength !== length) fail(`section ${name} has ${s.byteLength} items, expected ${length}`);
    return s;
  };
  // Type codes are checked once the ids are decoded, so an error can name the record.
  const codes = (types: Uint8Array, ids: StringColumn, max: number, what: string): void => {
    for (let i = 0; i < types.length; i++)
      if ((types[i] ?? 0) >= max)
        fail(
          `${what} ${ids.get(i)}: type: code ${types[i]} is not ${what === "entity" ? "an" : "a"} ${what} type of the ontology`,
        );
  };
  const strings = (name: SectionName, length: number): StringColumn => {
    const s = section(name);
    const entry = header.sections[name];
    const encoding = entry.encoding;
    if (entry.count !== length || (encoding !== "latin1" && encoding !== "utf16le" && encoding !== "utf8"))
      return fail(`section ${name} should hold ${length} strings`);
    const offsetBytes = (length + 1) * 4;
    if (s.byteLength < offsetBytes) fail(`section ${name} is shorter than its offsets`);
    const offsets = u32At(s, length + 1);
    const text = Buffer.from(s.buffer, s.byteOffset + offsetBytes, s.byteLength - offsetBytes);
    for (let i = 0; i < length; i++)
      if (offsets[i]! > offsets[i + 1]!) fail(`section ${name}: offsets are not ascending at ${i}`);
    if (offsets[0] !== 0 || offsets[length] !== text.byteLength)
      fail(`section ${name}: offsets do not cover its ${text.byteLength} bytes`);
    return new StringColumn(text, offsets, encoding, SECTION_KINDS[name] === "strings");
  };
  const list = (name: SectionName): unknown[] => {
    const value = parseJson(section(name), name, fail);
    if (!Array.isArray(value)) return fail(`section ${name} is not a list`);
    return value;
  };

  const { nodeCount: n, edgeCount: m, evidenceCount: k } = header;
  const graph = parseJson(section("graph"), "graph", fail);
  if (!isGraphAttributes(graph)) return fail("section graph is not { name, sources }");
  const texts = sourceTexts(header, dataStart, source, graph.sources.length, fail);
  if (verify) validateGraphSection(graph, fail);
  graph.sources.forEach((s, i) => lazyText(s, texts, i));
  const columns: SnapshotColumns = {
    graph,
    nodeType: u8("nodeType", n),
    nodeId: strings("nodeId", n),
    nodeName: strings("nodeName", n),
    nodeNameEn: strings("nodeNameEn", n),
    nodeAliases: strings("nodeAliases", n),
    nodeExtra: strings("nodeExtra", n),
    nodeEvidence: u32("nodeEvidence", n + 1),
    edgeSource: u32("edgeSource", m),
    edgeTarget: u32("edgeTarget", m),
    edgeType: u8("edgeType", m),
    edgeId: strings("edgeId", m),
    edgeExtra: list("edgeExtra") as [number, Record<string, unknown>][],
    edgeEvidence: u32("edgeEvidence", m + 1),
    evidenceSource: u32("evidenceSource", k),
    evidenceStart: u32("evidenceStart", k),
    evidenceEnd: u32("evidenceEnd", k),
  };
  codes(columns.nodeType, columns.nodeId, ENTITY_TYPE_IDS.length, "entity");
  codes(columns.edgeType, columns.edgeId, RELATION_TYPE_IDS.length, "relation");
  for (let j = 0; j < m; j++)
    if (columns.edgeSource[j]! >= n || columns.edgeTarget[j]! >= n)
      fail(`relation ${j} points outside the ${n} entities`);
  const textLength = (i: number): number =>
    ((texts.offsets[i + 1] ?? 0) - (texts.offsets[i] ?? 0)) / (texts.encoding === "utf16le" ? 2 : 1);
  for (let e = 0; e < k; e++) {
    const s = columns.evidenceSource[e]!;
    if (
      s >= graph.sources.length ||
      columns.evidenceEnd[e]! > textLength(s) ||
      columns.evidenceStart[e]! > columns.evidenceEnd[e]!
    )
      fail(`evidence item ${e} points outside its source`);
  }
  const ranges = (name: "nodeEvidence" | "edgeEvidence", offsets: Uint32Array): void => {
    for (let i = 1; i < offsets.length; i++)
      if (offsets[i]! < offsets[i - 1]!) fail(`section ${name} is not ascending at ${i}`);
    if ((offsets[offsets.length - 1] ?? 0) > k) fail(`section ${name} runs past the ${k} evidence items`);
  };
  ranges("nodeEvidence", columns.nodeEvidence);
  ranges("edgeEvidence", columns.edgeEvidence);
  if (verify) validateColumns(columns, textLength, fail);
  const extensions = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(header.extensions ?? {})) {
    if (
      entry.kind !== "bytes" ||
      !(entry.offset >= 0 && entry.offset % 8 === 0 && entry.offset + entry.bytes <= header.dataBytes)
    )
      fail(`extension section ${name} lies outside the file or is not 8-byte aligned`);
    extensions.set(name, bytesAt(source, dataStart + entry.offset, entry.bytes));
  }
  return new Snapshot(columns, extensions);
}

function parseJson(bytes: Uint8Array, what: string, fail: (problem: string) => never): unknown {
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
  } catch (error) {
    return fail(`section ${what} is not valid JSON (${(error as Error).message})`);
  }
}

function isHeader(value: unknown): value is SnapshotHeader {
  if (typeof value !== "object" || value === null) return false;
  const h = value as Record<string, unknown>;
  return (
    h["format"] === "zonegraph-snapshot" &&
    [h["nodeCount"], h["edgeCount"], h["evidenceCount"], h["dataBytes"]].every(
      (x) => Number.isInteger(x) && (x as number) >= 0,
    ) &&
    typeof h["sections"] === "object" &&
    h["sections"] !== null
  );
}

function isGraphAttributes(value: unknown): value is GraphAttributes {
  if (typeof value !== "object" || value === null) return false;
  const g = value as Record<string, unknown>;
  return (
    typeof g["name"] === "string" &&
    Array.isArray(g["sources"]) &&
    g["sources"].every(
      (s: unknown) =>
        typeof s === "object" && s !== null && typeof (s as Record<string, unknown>)["id"] === "string",
    )
  );
}
