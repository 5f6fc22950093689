/**
 * Pinyin forms of a Chinese string for search: full pinyin without tones or spaces ("baotou…")
 * and initials ("bt…"). pinyin-pro is asked once per distinct character (its default reading),
 * and once per distinct two-character window around a polyphonic one (see readingAt).
 */
import { createRequire } from "node:module";

// Loaded on first use: a server whose snapshot carries a prebuilt index never needs it.
type PinyinFn = (typeof import("pinyin-pro"))["pinyin"];
let pinyinFn: PinyinFn | undefined;
const pinyin: PinyinFn = ((...args: Parameters<PinyinFn>) => {
  pinyinFn ??= (createRequire(import.meta.url)("pinyin-pro") as typeof import("pinyin-pro")).pinyin;
  return pinyinFn(...args);
}) as PinyinFn;

/** Full pinyin and initials of a string (both lowercased, no spaces). */
export interface PinyinForms {
  full: string;
  initials: string;
}

const HAN = /\p{Script=Han}/u;
const SPACE = /\s+/gu;

/**
 * Returns a function that computes pinyin forms; null if the text has no Han characters. Runs of
 * other characters (latin, digits, punctuation) count as one syllable each, as pinyin-pro's
 * `nonZh: "consecutive"` does.
 *
 * Polyphones: a character with several readings (行 xing/hang, 重 zhong/chong, 长 chang/zhang)
 * takes the reading pinyin-pro gives it inside the word it starts or ends: first the window with
 * the previous Han character (银行 → hang), else the window with the next one (重庆 → chong), else
 * its default reading. This follows pinyin-pro's phrase dictionary for two-character words, which
 * covers most place and company names, at a cost bounded by the distinct windows, not the names.
 */
export function createPinyinForms(): (text: string) => PinyinForms | null {
  const reading = new Map<string, string>();
  const polyphonic = new Map<string, boolean>();
  const windows = new Map<string, string[]>();
  const readingOf = (c: string): string => {
    let r = reading.get(c);
    if (r === undefined) {
      r = (pinyin(c, { toneType: "none", type: "array" })[0] ?? c).toLowerCase();
      reading.set(c, r);
      polyphonic.set(c, pinyin(c, { toneType: "none", type: "array", multiple: true }).length > 1);
    }
    return r;
  };
  const windowReadings = (pair: string): string[] => {
    let w = windows.get(pair);
    if (!w)
      windows.set(pair, (w = pinyin(pair, { toneType: "none", type: "array" }).map((p) => p.toLowerCase())));
    return w;
  };
  const readingAt = (chars: readonly string[], k: number): string => {
    const c = chars[k]!;
    const base = readingOf(c);
    if (!polyphonic.get(c)) return base;
    const prev = chars[k - 1];
    if (prev !== undefined && HAN.test(prev)) {
      const r = windowReadings(prev + c)[1];
      if (r !== undefined && r !== base) return r;
    }
    const next = chars[k + 1];
    if (next !== undefined && HAN.test(next)) {
      const r = windowReadings(c + next)[0];
      if (r !== undefined && r !== base) return r;
    }
    return base;
  };
  return (text) => {
    if (!HAN.test(text)) return null;
    const chars = [...text];
    let full = "";
    let initials = "";
    let run = "";
    const flush = (): void => {
      if (run === "") return;
      const syllable = run.toLowerCase().replace(SPACE, "");
      full += syllable;
      initials += syllable.slice(0, 1);
      run = "";
    };
    for (let k = 0; k < chars.length; k++) {
      const c = chars[k]!;
      if (!HAN.test(c)) {
        run += c;
        continue;
      }
      flush();
      const r = readingAt(chars, k);
      full += r;
      initials += r.slice(0, 1);
    }
    flush();
    return { full, initials };
  };
}
