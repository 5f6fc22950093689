/**
 * Source texts of a snapshot, left on disk until first read: the sourceText section's offsets are
 * read at load, each text is read and decoded when something (a quote, Source.text) asks for it.
 */
import type { Source } from "../types.ts";
import { bytesAt, u32At } from "./snapshot-bytes.ts";
import { SECTION_KINDS, type SnapshotBytes, type SnapshotHeader } from "./snapshot-format.ts";

/** The source texts, read and decoded one by one when first asked for. */
export interface SourceTexts {
  readonly offsets: Uint32Array;
  readonly encoding: "latin1" | "utf16le";
  get(i: number): string;
}

/** Check the sourceText section (`count` texts) and return a reader of its texts. */
export function sourceTexts(
  header: SnapshotHeader,
  dataStart: number,
  source: SnapshotBytes,
  count: number,
  fail: (problem: string) => never,
): SourceTexts {
  const entry = header.sections.sourceText as SnapshotHeader["sections"]["sourceText"] | undefined;
  const encoding = entry?.encoding;
  if (
    entry === undefined ||
    entry.kind !== SECTION_KINDS.sourceText ||
    entry.count !== count ||
    (encoding !== "latin1" && encoding !== "utf16le")
  )
    return fail(`section sourceText should hold ${count} latin1 or UTF-16LE texts`);
  const offsetBytes = (count + 1) * 4;
  const start = dataStart + entry.offset;
  if (entry.offset + entry.bytes > header.dataBytes || entry.bytes < offsetBytes)
    fail("section sourceText lies outside the file");
  const offsets = u32At(bytesAt(source, start, offsetBytes), count + 1);
  for (let i = 0; i < count; i++)
    if (offsets[i]! > offsets[i + 1]!) fail(`section sourceText: offsets are not ascending at ${i}`);
  if (offsets[0] !== 0 || offsets[count] !== entry.bytes - offsetBytes)
    fail("section sourceText: offsets do not cover its bytes");
  const textStart = start + offsetBytes;
  return {
    offsets,
    encoding,
    get(i: number): string {
      const from = offsets[i] ?? 0;
      const bytes = source.read(textStart + from, (offsets[i + 1] ?? from) - from);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(encoding);
    },
  };
}

/** Make `source.text` decode on first read (then it is a plain value); JSON.stringify still sees it. */
export function lazyText(source: Source, texts: SourceTexts, i: number): void {
  Object.defineProperty(source, "text", {
    configurable: true,
    enumerable: true,
    get(): string {
      const text = texts.get(i);
      Object.defineProperty(source, "text", {
        value: text,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      return text;
    },
    set(value: string): void {
      Object.defineProperty(source, "text", { value, writable: true, enumerable: true, configurable: true });
    },
  });
}
