/**
 * The two ways the snapshot reader gets at bytes: a section slice from the in-memory head when the
 * head holds it, else read from disk; and a Uint32Array over bytes, a view when they are 4-byte
 * aligned (a file read into its own buffer), else a copy (a small read may land anywhere).
 */
import type { SnapshotBytes } from "./snapshot-format.ts";

/** Bytes [offset, offset + length) of the file: a view on the head when it holds them, else read. */
export function bytesAt(source: SnapshotBytes, offset: number, length: number): Uint8Array {
  return offset + length <= source.head.byteLength
    ? source.head.subarray(offset, offset + length)
    : source.read(offset, length);
}

/** The first `count` u32 items of `bytes`: a view when aligned, else a copy. */
export function u32At(bytes: Uint8Array, count: number): Uint32Array {
  return bytes.byteOffset % 4 === 0
    ? new Uint32Array(bytes.buffer, bytes.byteOffset, count)
    : new Uint32Array(bytes.slice(0, count * 4).buffer);
}
