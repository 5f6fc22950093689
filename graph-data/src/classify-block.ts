/**
 * Classifies one block (a non-empty line) of an OCR'd newspaper page: headings, bylines and stray
 * fragments (call-out figures, photo captions) never continue a sentence nor are continued; only
 * prose takes part in rejoining broken paragraphs.
 */

/** What a block of the page is. */
export type BlockKind = "heading" | "byline" | "fragment" | "prose";

/** A bare figure printed as a call-out, e.g. "2.06亿元". */
const CALL_OUT = /^[\d.,]+[\p{Script=Han}%]{0,4}$/u;

/** Classifies a trimmed, non-empty block of text. */
export function classifyBlock(text: string): BlockKind {
  if (text.startsWith("#")) return "heading";
  if (text.startsWith("◎")) return "byline";
  if (text.endsWith("供图") || CALL_OUT.test(text)) return "fragment";
  return "prose";
}
