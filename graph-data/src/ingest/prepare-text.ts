/**
 * Raw bytes → the article's text as the proposer reads it: decoded, cleaned (web boilerplate,
 * pinyin glosses, full-width forms), normalised by the shared normaliser (paragraphs rejoined), plus
 * a same-length simplified view that every rule matches against.
 */
import { normalise } from "../index.ts";
import { cleanText, type CleanRecord } from "./clean-text.ts";
import { decodeInput, type InputEncoding } from "./decode-input.ts";
import { IngestError } from "./ingest-error.ts";
import { simplifiedView } from "./simplified-view.ts";

/** The prepared article: `text` (quotes are slices of it) and `match` (simplified, same length). */
export interface PreparedText {
  text: string;
  match: string;
  encoding: InputEncoding | "string";
  cleaning: CleanRecord;
}

/** Prepares bytes read from `label`, or an already decoded string. */
export function prepareText(input: Uint8Array | string, label: string): PreparedText {
  const decoded =
    typeof input === "string" ? { text: input, encoding: "string" as const } : decodeInput(input, label);
  const { text: cleaned, record } = cleanText(decoded.text);
  const text = normalise(cleaned).text;
  if (text.trim() === "")
    throw new IngestError(`ingest: ${label} has no article text once boilerplate is removed`);
  return { text, match: simplifiedView(text), encoding: decoded.encoding, cleaning: record };
}
