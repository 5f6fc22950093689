/**
 * A same-length simplified-Chinese view of a text, so rules written for simplified characters
 * also match traditional ones while offsets still point at the text as given. Each character is
 * mapped through opencc-js's traditional→simplified converter on its own (one character in, one out).
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
type ConvertText = (text: string) => string;
interface OpenCC {
  Converter(options: { from: string; to: string }): ConvertText;
}
let converter: ConvertText | undefined;
const memo = new Map<string, string>();

/** Loads the converter's dictionaries (part of the proposer's warm-up). */
export function warmSimplified(): void {
  if (converter) return;
  const opencc = require("opencc-js") as OpenCC;
  converter = opencc.Converter({ from: "t", to: "cn" });
}

/** `text` with each traditional character replaced by its simplified form; same length. */
export function simplifiedView(text: string): string {
  warmSimplified();
  const convert = converter as ConvertText;
  let out = "";
  for (const ch of text) {
    if (ch.length !== 1 || ch < "\u3400") {
      out += ch;
      continue;
    }
    let mapped: string | undefined = memo.get(ch);
    if (mapped === undefined) {
      const converted: string = convert(ch);
      mapped = converted.length === 1 ? converted : ch;
      memo.set(ch, mapped);
    }
    out += mapped;
  }
  return out;
}
