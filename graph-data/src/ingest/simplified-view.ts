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
/** Simplified code unit of each code unit seen so far (0: not looked up yet). */
const table = new Uint16Array(0x10000);

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
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below U+3400 nothing is Han; surrogate halves (characters outside the BMP) are kept as they are.
    if (code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)) continue;
    let mapped = table[code] ?? 0;
    if (mapped === 0) {
      const converted = convert(String.fromCharCode(code));
      mapped = converted.length === 1 ? converted.charCodeAt(0) : code;
      table[code] = mapped;
    }
    if (mapped !== code) {
      out += text.slice(copied, i) + String.fromCharCode(mapped);
      copied = i + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
