/**
 * Decodes the bytes of an article: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030.
 * Empty input, binary data (NUL or control bytes) and bytes that are none of these encodings are
 * rejected with an IngestError naming the input and the offending byte offset.
 */
import { IngestError } from "./ingest-error.ts";

/** The encodings the proposer reads. */
export type InputEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** Decoded text and the encoding it was read as. */
export interface DecodedInput {
  text: string;
  encoding: InputEncoding;
}

/** Decodes `bytes` read from `label` (a file name or "stdin"); throws IngestError on bad input. */
export function decodeInput(bytes: Uint8Array, label: string): DecodedInput {
  if (bytes.length === 0) throw new IngestError(`ingest: ${label} is empty`);
  const bom = detectBom(bytes);
  if (bom) {
    const text = decodeStrict(bytes.subarray(bom.length), bom.encoding, label);
    return checkText({ text, encoding: bom.encoding }, label);
  }
  const binaryAt = bytes.findIndex(
    (b) => b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c),
  );
  if (binaryAt >= 0)
    throw new IngestError(
      `ingest: ${label} is not text: control byte 0x${(bytes[binaryAt] ?? 0).toString(16).padStart(2, "0")} at byte ${binaryAt}`,
    );
  for (const encoding of ["utf-8", "gb18030"] as const) {
    try {
      return checkText({ text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding }, label);
    } catch (error) {
      if (error instanceof IngestError) throw error;
    }
  }
  throw new IngestError(
    `ingest: ${label} is in an unknown encoding: not UTF-8 (first bad byte at ${firstBadUtf8(bytes)}) and not GB18030`,
  );
}

function detectBom(bytes: Uint8Array): { encoding: InputEncoding; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

function decodeStrict(bytes: Uint8Array, encoding: InputEncoding, label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(
      `ingest: ${label} starts with a ${encoding} byte-order mark but is not valid ${encoding}`,
    );
  }
}

function checkText(decoded: DecodedInput, label: string): DecodedInput {
  if (decoded.text.trim() === "") throw new IngestError(`ingest: ${label} has no text (only whitespace)`);
  const chars = [...decoded.text];
  const control = chars.findIndex((ch) => {
    const code = ch.charCodeAt(0);
    return (
      code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)
    );
  });
  if (control >= 0)
    throw new IngestError(
      `ingest: ${label} is not text: character U+${(chars[control]?.codePointAt(0) ?? 0).toString(16).padStart(4, "0")} at character ${control}`,
    );
  return decoded;
}

function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
