/**
 * The ZoneGraph snapshot file format (.zgs): magic, version, a small JSON header listing binary
 * and JSON sections, the header's CRC-32, then the sections 8-byte aligned, each with its CRC-32
 * in the header. Quotes are not stored: evidence keeps (source, start, end) and the quote is
 * `source.text.slice(start, end)`, an invariant of the graph. Version 2 added optional extension
 * sections (named byte blobs such as a prebuilt search index); version 3 adds the checksums, and
 * files written before them are refused with a request to regenerate them.
 */
/** The first eight bytes of every snapshot ("\x89ZGS\r\n\x1a\n", PNG-style to catch text-mode mangling). */
export const SNAPSHOT_MAGIC = Uint8Array.of(0x89, 0x5a, 0x47, 0x53, 0x0d, 0x0a, 0x1a, 0x0a);

/** The format version this code writes. */
export const SNAPSHOT_VERSION = 3;

/** The format versions this code reads: only checksummed files, so a damaged one is never served. */
export const READABLE_VERSIONS: readonly number[] = [3];

/** Earlier versions, without checksums: refused with a request to regenerate the file. */
export const UNCHECKSUMMED_VERSIONS: readonly number[] = [1, 2];

/** Bytes before the header JSON: magic, u32 version, u32 header length. */
export const PREAMBLE_BYTES = 16;

/** The u32 CRC-32 right after the header JSON, of the version, header length and header JSON. */
export const HEADER_CHECKSUM_BYTES = 4;

/** `n` rounded up to a multiple of 8 (sections and the data start are 8-byte aligned). */
export function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** Where the sections start, for a header JSON of `headerBytes` bytes (zero padding before it). */
export function dataStartOf(headerBytes: number): number {
  return align8(PREAMBLE_BYTES + headerBytes + HEADER_CHECKSUM_BYTES);
}

/**
 * How a section's bytes are to be read: typed arrays, JSON, or a string column — `count + 1` u32
 * byte offsets, then the items' bytes back to back (latin1 when every character fits, else UTF-16LE
 * or UTF-8); "strings" are decoded at load, "lazy-strings" item by item when read (see StringColumn).
 */
export type SectionKind = "u8" | "u32" | "json" | "strings" | "lazy-strings" | "bytes";

/** Where one section lies in the file. */
export interface SectionEntry {
  kind: SectionKind;
  offset: number;
  bytes: number;
  /** CRC-32 of the section's bytes and its zero padding up to the next 8-byte boundary. */
  crc32: number;
  /** strings sections: how the characters are stored. */
  encoding?: "latin1" | "utf16le" | "utf8";
  /** strings sections: how many items. */
  count?: number;
}

/** Joins the aliases of one entity inside the nodeAliases column. */
export const ALIAS_SEPARATOR = "\u0001";

/** Every core section of a snapshot, with its kind. */
export const SECTION_KINDS = {
  /** JSON graph attributes, each source's text moved to sourceText. */
  graph: "json",
  /** Entity type per entity, as an index into ENTITY_TYPE_IDS. */
  nodeType: "u8",
  nodeId: "strings",
  nodeName: "strings",
  nodeNameEn: "strings",
  /** Per entity its aliases joined by ALIAS_SEPARATOR. */
  nodeAliases: "strings",
  /** Per entity "" or a JSON object of the remaining attributes; metrics' and designations' evidence as [source, start, end]. */
  nodeExtra: "lazy-strings",
  /** Evidence of entity i is pool items nodeEvidence[i] .. nodeEvidence[i + 1]. */
  nodeEvidence: "u32",
  edgeSource: "u32",
  edgeTarget: "u32",
  /** Relation type per relation, as an index into RELATION_TYPE_IDS. */
  edgeType: "u8",
  edgeId: "lazy-strings",
  /** Sparse [relationIndex, { title?, inferred? }] pairs. */
  edgeExtra: "json",
  /** Evidence of relation j is pool items edgeEvidence[j] .. edgeEvidence[j + 1]. */
  edgeEvidence: "u32",
  /** The evidence pool: source index, start and end of each item. */
  evidenceSource: "u32",
  evidenceStart: "u32",
  evidenceEnd: "u32",
  /** Every source text, in source order; last, so a reader can leave it on disk until a text is read. */
  sourceText: "lazy-strings",
} as const satisfies Record<string, SectionKind>;

/** A section name. */
export type SectionName = keyof typeof SECTION_KINDS;

/** The header JSON of a snapshot. */
export interface SnapshotHeader {
  format: "zonegraph-snapshot";
  version: number;
  /** Bytes after the header (the sections); the file is dataStartOf(header) + dataBytes long. */
  dataBytes: number;
  nodeCount: number;
  edgeCount: number;
  evidenceCount: number;
  sections: Record<SectionName, SectionEntry>;
  /** Extension sections by name (kind "bytes"), laid out before sourceText. */
  extensions?: Record<string, SectionEntry>;
}

/** Where a snapshot's bytes come from: `head` holds at least every section before sourceText. */
export interface SnapshotBytes {
  head: Uint8Array;
  size: number;
  /** Bytes [offset, offset + length) of the file. */
  read(offset: number, length: number): Uint8Array;
}

/** A metric's evidence as stored: [source index, start, end]. */
export type PackedEvidence = [number, number, number];
