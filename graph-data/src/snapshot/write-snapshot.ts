/**
 * Write a ZoneGraph (graphology graph or GraphParts) as a snapshot file (.zgs): typed arrays for
 * structure and evidence, JSON columns for names, the rest of each entity as one small JSON object.
 * Every evidence item is checked on the way out: its quote must be its source's text at [start, end).
 */
import { closeSync, openSync, renameSync, writeSync } from "node:fs";
import { endianness } from "node:os";
import { crc32 } from "node:zlib";
import { ENTITY_TYPE_IDS, RELATION_TYPE_IDS } from "../ontology.ts";
import type { Designation, EntityAttributes, Evidence, Metric, ZoneGraph } from "../types.ts";
import { graphToParts, type GraphParts } from "./graph-parts.ts";
import { SnapshotError } from "./snapshot-error.ts";
import { StringColumn, type ColumnEncoding } from "./string-column.ts";
import {
  ALIAS_SEPARATOR,
  align8,
  dataStartOf,
  PREAMBLE_BYTES,
  SECTION_KINDS,
  SNAPSHOT_MAGIC,
  SNAPSHOT_VERSION,
  type PackedEvidence,
  type SectionEntry,
  type SectionName,
  type SnapshotHeader,
} from "./snapshot-format.ts";

const BASE_KEYS = new Set(["id", "type", "name", "nameEn", "aliases", "evidence", "metrics"]);

/** Extension sections to store beside the graph: name → bytes (e.g. a prebuilt search index). */
export type SnapshotExtensions = Readonly<Record<string, Uint8Array>>;

/** Write `input` to `file` as a snapshot (via a temporary file, renamed into place). */
export function writeSnapshot(
  input: GraphParts | ZoneGraph,
  file: string,
  extensions: SnapshotExtensions = {},
): void {
  writeChunks(file, encodeSnapshot(input, file, extensions));
}

/** Write byte chunks to `file` through a temporary file renamed into place. */
export function writeChunks(file: string, chunks: readonly Uint8Array[]): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w");
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Encode `input` as the byte chunks of a snapshot (`label` names it in errors). */
export function encodeSnapshot(
  input: GraphParts | ZoneGraph,
  label = "<memory>",
  extensions: SnapshotExtensions = {},
): Uint8Array[] {
  if (endianness() !== "LE")
    throw new SnapshotError(label, "snapshots are little-endian; this machine is not");
  const parts = Array.isArray((input as GraphParts).nodes)
    ? (input as GraphParts)
    : graphToParts(input as ZoneGraph);
  const { nodes, edges } = parts;
  const sources = parts.attributes.sources;
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  const evSource: number[] = [];
  const evStart: number[] = [];
  const evEnd: number[] = [];
  const pack = (ev: Evidence, what: string): number => {
    const si = sourceIndex.get(ev.sourceId);
    const text = si === undefined ? undefined : sources[si]?.text;
    if (si === undefined || text === undefined)
      throw new SnapshotError(label, `${what}: evidence cites unknown source ${ev.sourceId}`);
    if (
      !(ev.start >= 0 && ev.end <= text.length && ev.start <= ev.end) ||
      text.slice(ev.start, ev.end) !== ev.quote
    ) {
      throw new SnapshotError(
        label,
        `${what}: quote "${ev.quote}" is not the text of ${ev.sourceId} at [${ev.start}, ${ev.end})`,
      );
    }
    evSource.push(si);
    evStart.push(ev.start);
    evEnd.push(ev.end);
    return evSource.length - 1;
  };

  const n = nodes.length;
  const nodeType = new Uint8Array(n);
  const nodeEvidence = new Uint32Array(n + 1);
  const nodeId: string[] = new Array<string>(n);
  const nodeName: string[] = new Array<string>(n);
  const nodeNameEn: string[] = new Array<string>(n);
  const nodeAliases: string[] = new Array<string>(n);
  const nodeExtra: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as EntityAttributes;
    const what = `entity ${node.id}`;
    nodeType[i] = ENTITY_TYPE_IDS.indexOf(node.type);
    nodeId[i] = node.id;
    nodeName[i] = node.name;
    nodeNameEn[i] = node.nameEn;
    nodeAliases[i] = node.aliases.join(ALIAS_SEPARATOR);
    for (const ev of node.evidence) pack(ev, what);
    nodeEvidence[i + 1] = evSource.length;
  }
  // Metric and designation evidence is kept inline in nodeExtra (packed), after the pool's entity
  // ranges are fixed.
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as EntityAttributes;
    const extra = extraOf(node, (ev, what) => {
      const k = pack(ev, `entity ${node.id} ${what}`);
      return [evSource[k] ?? 0, evStart[k] ?? 0, evEnd[k] ?? 0];
    });
    nodeExtra[i] = extra === 0 ? "" : JSON.stringify(extra);
  }
  // Inline evidence leaves the pool again: only entity and relation evidence is pooled.
  const metricEvidenceCount = evSource.length - (nodeEvidence[n] ?? 0);
  evSource.length -= metricEvidenceCount;
  evStart.length -= metricEvidenceCount;
  evEnd.length -= metricEvidenceCount;

  const m = edges.length;
  const edgeSource = new Uint32Array(m);
  const edgeTarget = new Uint32Array(m);
  const edgeType = new Uint8Array(m);
  const edgeEvidence = new Uint32Array(m + 1);
  edgeEvidence[0] = evSource.length;
  const edgeId: string[] = new Array<string>(m);
  const edgeExtra: [number, Record<string, unknown>][] = [];
  for (let j = 0; j < m; j++) {
    const edge = edges[j]!;
    const r = edge.attributes;
    if (!(edge.source >= 0 && edge.source < n && edge.target >= 0 && edge.target < n))
      throw new SnapshotError(label, `relation ${r.id}: an end is not an entity`);
    edgeSource[j] = edge.source;
    edgeTarget[j] = edge.target;
    edgeType[j] = RELATION_TYPE_IDS.indexOf(r.type);
    edgeId[j] = r.id;
    for (const ev of r.evidence) pack(ev, `relation ${r.id}`);
    edgeEvidence[j + 1] = evSource.length;
    if (r.title !== undefined || r.inferred !== undefined) {
      edgeExtra.push([
        j,
        {
          ...(r.title === undefined ? {} : { title: r.title }),
          ...(r.inferred === undefined ? {} : { inferred: r.inferred }),
        },
      ]);
    }
  }

  const data: Record<SectionName, Section> = {
    graph: json({ ...parts.attributes, sources: sources.map((source) => ({ ...source, text: "" })) }),
    sourceText: strings(sources.map((source) => source.text)),
    nodeType: { bytes: nodeType },
    nodeId: strings(nodeId),
    nodeName: strings(nodeName),
    nodeNameEn: strings(nodeNameEn),
    nodeAliases: strings(nodeAliases),
    nodeExtra: strings(nodeExtra, "utf8"),
    nodeEvidence: u32(nodeEvidence),
    edgeSource: u32(edgeSource),
    edgeTarget: u32(edgeTarget),
    edgeType: { bytes: edgeType },
    edgeId: strings(edgeId),
    edgeExtra: json(edgeExtra),
    edgeEvidence: u32(edgeEvidence),
    evidenceSource: u32(Uint32Array.from(evSource)),
    evidenceStart: u32(Uint32Array.from(evStart)),
    evidenceEnd: u32(Uint32Array.from(evEnd)),
  };
  return assemble(data, { nodeCount: n, edgeCount: m, evidenceCount: evSource.length }, extensions);
}

/** A section's bytes and, for string columns, how they are encoded. */
export interface Section {
  bytes: Uint8Array;
  encoding?: ColumnEncoding;
  count?: number;
}

/** The attributes of an entity beyond the columns, or 0 when there are none. */
function extraOf(
  node: EntityAttributes,
  packEvidence: (ev: Evidence, what: "metric" | "designation") => PackedEvidence,
): 0 | Record<string, unknown> {
  let extra: Record<string, unknown> | undefined;
  for (const key of Object.keys(node)) {
    if (BASE_KEYS.has(key)) continue;
    extra ??= {};
    extra[key] = (node as unknown as Record<string, unknown>)[key];
  }
  if (node.metrics.length > 0) {
    extra ??= {};
    extra["metrics"] = node.metrics.map((metric: Metric) => ({
      ...metric,
      evidence: metric.evidence.map((ev) => packEvidence(ev, "metric")),
    }));
  }
  if (node.designations !== undefined) {
    extra ??= {};
    extra["designations"] = node.designations.map((designation: Designation) => ({
      ...designation,
      evidence: designation.evidence.map((ev) => packEvidence(ev, "designation")),
    }));
  }
  return extra ?? 0;
}

/**
 * Lay out preamble, header, header CRC-32 and 8-byte-aligned sections, each section's CRC-32 (of
 * its bytes and padding) in the header; extensions go just before sourceText.
 */
export function assemble(
  data: Record<SectionName, Section>,
  counts: { nodeCount: number; edgeCount: number; evidenceCount: number },
  extensionData: SnapshotExtensions = {},
): Uint8Array[] {
  const sections = {} as Record<SectionName, SectionEntry>;
  const extensions: Record<string, SectionEntry> = {};
  const order: Uint8Array[] = [];
  let offset = 0;
  const place = (bytes: Uint8Array): { offset: number; bytes: number; crc32: number } => {
    const at = offset;
    const padding = new Uint8Array(align8(bytes.byteLength) - bytes.byteLength);
    order.push(bytes, padding);
    offset = align8(offset + bytes.byteLength);
    return { offset: at, bytes: bytes.byteLength, crc32: crc32(padding, crc32(bytes)) };
  };
  for (const name of Object.keys(SECTION_KINDS) as SectionName[]) {
    if (name === "sourceText") continue;
    const { bytes, ...rest } = data[name];
    sections[name] = { kind: SECTION_KINDS[name], ...place(bytes), ...rest };
  }
  for (const [name, bytes] of Object.entries(extensionData))
    extensions[name] = { kind: "bytes", ...place(bytes) };
  // Source texts last, so a reader can leave them on disk.
  const { bytes: textBytes, ...textRest } = data.sourceText;
  sections.sourceText = { kind: SECTION_KINDS.sourceText, ...place(textBytes), ...textRest };
  const header: SnapshotHeader = {
    format: "zonegraph-snapshot",
    version: SNAPSHOT_VERSION,
    dataBytes: offset,
    ...counts,
    sections,
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const preamble = Buffer.alloc(PREAMBLE_BYTES);
  preamble.set(SNAPSHOT_MAGIC, 0);
  preamble.writeUInt32LE(SNAPSHOT_VERSION, 8);
  preamble.writeUInt32LE(headerBytes.byteLength, 12);
  // The header's checksum covers the version and length too, then zero padding to the data.
  const checksum = Buffer.alloc(
    dataStartOf(headerBytes.byteLength) - PREAMBLE_BYTES - headerBytes.byteLength,
  );
  checksum.writeUInt32LE(crc32(headerBytes, crc32(preamble.subarray(8))), 0);
  return [preamble, headerBytes, checksum, ...order];
}

/** A string column: u32 byte offsets, then the bytes (latin1 if every character fits, else `wide`). */
function strings(items: readonly string[], wide: "utf16le" | "utf8" = "utf16le"): Section {
  const { bytes: text, offsets, encoding } = StringColumn.encode(items, wide);
  const bytes = new Uint8Array(offsets.byteLength + text.byteLength);
  bytes.set(new Uint8Array(offsets.buffer, offsets.byteOffset, offsets.byteLength), 0);
  bytes.set(text, offsets.byteLength);
  return { bytes, encoding, count: items.length };
}

function json(value: unknown): Section {
  return { bytes: Buffer.from(JSON.stringify(value), "utf8") };
}

function u32(array: Uint32Array): Section {
  return { bytes: new Uint8Array(array.buffer, array.byteOffset, array.byteLength) };
}
