/**
 * The part-of-speech tag of a word that jieba cut, found here rather than asked of jieba.tag, whose
 * per-word objects cost twice its segmentation. The rules of jieba-rs's `tag`: the dictionary's tag
 * (found by binary search in its sorted dict.txt), else "m" for ASCII digits, "eng" for other ASCII
 * letters and digits, "x"; every region gazetteer name is a place (ns). Tests compare with jieba.tag.
 */
import { createRequire } from "node:module";
import { regionGazetteer } from "./region-gazetteer.ts";

const require = createRequire(import.meta.url);

/** Tags of words as small numbers (`names` spells them). */
export interface WordTags {
  /** Tag names; a code indexes this list. */
  readonly names: readonly string[];
  /** The tag code of `word`. */
  codeOf(word: string): number;
}

/** Words looked up so far, kept across articles (as the simplified view's table is); bounded. */
const MAX_CACHED = 200_000;
let cached: WordTags | undefined;

/** Loads (once) jieba's dictionary and the gazetteer's names for tagging. */
export function wordTags(): WordTags {
  if (cached) return cached;
  const { dict } = require("@node-rs/jieba/dict") as typeof import("@node-rs/jieba/dict");
  checkSorted(dict);
  const forms = regionGazetteer().forms;
  const names: string[] = [];
  const codes = new Map<string, number>();
  const codeFor = (tag: string): number => {
    let code = codes.get(tag);
    if (code === undefined) {
      code = names.push(tag) - 1;
      codes.set(tag, code);
    }
    return code;
  };
  const [ns, m, eng, x] = ["ns", "m", "eng", "x"].map(codeFor) as [number, number, number, number];
  const byWord = new Map<string, number>();
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(64);
  const lookUp = (word: string): number => {
    if (word.length > 1 && forms.has(word)) return ns;
    if (bytes.length < word.length * 3) bytes = new Uint8Array(word.length * 3);
    const { written } = encoder.encodeInto(word, bytes);
    const tag = dictionaryTag(dict, bytes, written);
    if (tag !== undefined) return codeFor(tag);
    let ascii = 0;
    let digits = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) {
        ascii++;
        if (c <= 0x39) digits++;
      }
    }
    return ascii === 0 ? x : ascii === digits ? m : eng;
  };
  cached = {
    names,
    codeOf(word) {
      let code = byWord.get(word);
      if (code === undefined) {
        code = lookUp(word);
        if (byWord.size >= MAX_CACHED) byWord.clear();
        byWord.set(word, code);
      }
      return code;
    },
  };
  return cached;
}

/** A byte that ends a field of a dictionary line (dict.txt is "word freq tag", one space apart). */
function endsField(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
}

/** Where the line holding byte `at` starts. */
function lineStart(dict: Uint8Array, at: number): number {
  let i = at;
  while (i > 0 && dict[i - 1] !== 0x0a) i--;
  return i;
}

/** Compares word[0, length) with the word of the line at `start` in byte (= code point) order. */
function compare(word: Uint8Array, length: number, dict: Uint8Array, start: number): number {
  for (let i = 0; ; i++) {
    const b = dict[start + i] ?? 0x0a;
    const lineEnded = endsField(b);
    if (i === length) return lineEnded ? 0 : -1;
    if (lineEnded) return 1;
    const d = (word[i] ?? 0) - b;
    if (d !== 0) return d;
  }
}

/**
 * The tag of the first line whose word is word[0, length), or undefined: a binary search over the
 * lines of dict.txt, which is sorted by its bytes (checked when loaded). jieba-rs keeps the first
 * entry of a word; the lines holding one word are next to each other.
 */
function dictionaryTag(dict: Uint8Array, word: Uint8Array, length: number): string | undefined {
  let low = 0;
  let high = dict.length;
  while (low < high) {
    let line = lineStart(dict, (low + high) >>> 1);
    const order = compare(word, length, dict, line);
    if (order < 0) high = line;
    else if (order > 0) low = dict.indexOf(0x0a, line) + 1 || dict.length;
    else {
      while (line > 0 && compare(word, length, dict, lineStart(dict, line - 1)) === 0)
        line = lineStart(dict, line - 1);
      return tagOf(dict, line);
    }
  }
  return undefined;
}

/** The third field of the line at `start` ("" when the line has fewer). */
function tagOf(dict: Uint8Array, start: number): string {
  let i = start;
  for (let field = 0; field < 2; field++) {
    while (i < dict.length && !endsField(dict[i] ?? 0x0a)) i++;
    while (i < dict.length && (dict[i] === 0x20 || dict[i] === 0x09)) i++;
  }
  let end = i;
  while (end < dict.length && !endsField(dict[end] ?? 0x0a)) end++;
  return new TextDecoder().decode(dict.subarray(i, end));
}

/** Throws unless 1,024 lines spread over dict.txt come in byte order (binary search needs it). */
function checkSorted(dict: Uint8Array): void {
  let previous = -1;
  for (let k = 0; k <= 1024; k++) {
    const line = lineStart(dict, Math.min(dict.length - 1, Math.floor((k * dict.length) / 1025)));
    if (previous >= 0 && line > previous) {
      let end = previous;
      while (!endsField(dict[end] ?? 0x0a)) end++;
      if (compare(dict.subarray(previous, end), end - previous, dict, line) > 0)
        throw new Error(`word-tags: @node-rs/jieba's dict.txt is not sorted (line at byte ${line})`);
    }
    previous = line;
  }
}
