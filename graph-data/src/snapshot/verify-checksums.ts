/**
 * Checks a snapshot's CRC-32s before anything in it is believed: the header's (version, length and
 * JSON, then zero padding) and every section's (its bytes and padding), the source texts included,
 * which are read from disk in chunks and dropped. A mismatch fails with "<section> is damaged".
 */
import { crc32 } from "node:zlib";
import { bytesAt } from "./snapshot-bytes.ts";
import {
  align8,
  dataStartOf,
  PREAMBLE_BYTES,
  SECTION_KINDS,
  type SectionEntry,
  type SectionName,
  type SnapshotBytes,
  type SnapshotHeader,
} from "./snapshot-format.ts";

/** Bytes checked per read of a section that is not in memory. */
const CHUNK_BYTES = 1 << 24;

/** Check the header block's CRC-32 and padding (`headerBytes` long JSON, present in `head`). */
export function verifyHeaderChecksum(
  head: Uint8Array,
  headerBytes: number,
  fail: (problem: string) => never,
): void {
  const end = PREAMBLE_BYTES + headerBytes;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (view.getUint32(end, true) !== crc32(head.subarray(8, end))) fail("header is damaged");
  for (let i = end + 4; i < dataStartOf(headerBytes); i++) if (head[i] !== 0) fail("header is damaged");
}

/** Check every core and extension section's CRC-32 (the header was checked first). */
export function verifySectionChecksums(
  header: SnapshotHeader,
  source: SnapshotBytes,
  dataStart: number,
  fail: (problem: string) => never,
): void {
  const check = (name: string, entry: SectionEntry | undefined): void => {
    if (entry === undefined || !Number.isInteger(entry.crc32)) return fail(`${name} is damaged`);
    const length = Math.min(align8(entry.bytes), header.dataBytes - entry.offset);
    if (!(entry.offset >= 0 && length >= entry.bytes)) return fail(`${name} is damaged`);
    let crc = 0;
    for (let done = 0; done < length; done += CHUNK_BYTES)
      crc = crc32(
        bytesAt(source, dataStart + entry.offset + done, Math.min(CHUNK_BYTES, length - done)),
        crc,
      );
    if (crc !== entry.crc32) fail(`${name} is damaged`);
  };
  for (const name of Object.keys(SECTION_KINDS) as SectionName[])
    check(name, header.sections[name] as SectionEntry | undefined);
  for (const [name, entry] of Object.entries(header.extensions ?? {})) check(`extension ${name}`, entry);
}
