/**
 * Word boundaries from @node-rs/jieba and part-of-speech tags by its rules (`word-tags`), with the
 * region gazetteer's names loaded as place names (ns) so that "包头" is a place, not the verb "to wrap
 * one's head". Tokens carry their [start, end) offsets in the text they were cut from.
 */
import { createRequire } from "node:module";
import type { Jieba } from "@node-rs/jieba";
import { regionGazetteer } from "./region-gazetteer.ts";
import { wordTags } from "./word-tags.ts";

const require = createRequire(import.meta.url);

/** A word with its tag and offsets. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;

/** Loads jieba's dictionary and the gazetteer's names (part of the proposer's warm-up). */
export function segmenter(): Jieba {
  if (jieba) return jieba;
  const { Jieba: JiebaClass } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
  const { dict } = require("@node-rs/jieba/dict") as typeof import("@node-rs/jieba/dict");
  const instance = JiebaClass.withDict(dict);
  const lines: string[] = [];
  for (const [form, { region }] of regionGazetteer().forms)
    if (region.level !== "county" && form.length >= 2) lines.push(`${form} 100000 ns`);
  instance.loadDict(new TextEncoder().encode(lines.join("\n")));
  jieba = instance;
  return instance;
}

/**
 * jieba's words over one text as offsets and tag codes: no object per word stays alive through the
 * proposer's run (a Token is made only when a rule asks for one, and dies young).
 */
export class Tokens {
  /** How many tokens there are. */
  readonly length: number;

  /** Wraps parallel arrays: [starts[k], ends[k]) is token k of `text`, tagNames[tagCodes[k]] its tag. */
  constructor(
    private readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly tagCodes: Uint16Array,
    private readonly tagNames: readonly string[],
  ) {
    this.length = starts.length;
  }

  /** Token k (word, tag and offsets), or undefined outside the list. */
  at(k: number): Token | undefined {
    if (k < 0 || k >= this.length) return undefined;
    const start = this.starts[k] ?? 0;
    const end = this.ends[k] ?? 0;
    return { word: this.text.slice(start, end), tag: this.tagOf(k), start, end };
  }

  /** Where token k starts (-1 outside the list). */
  startOf(k: number): number {
    return k < 0 || k >= this.length ? -1 : (this.starts[k] ?? -1);
  }

  /** Where token k ends (-1 outside the list). */
  endOf(k: number): number {
    return k < 0 || k >= this.length ? -1 : (this.ends[k] ?? -1);
  }

  /** Token k's tag ("" outside the list). */
  tagOf(k: number): string {
    return this.tagNames[this.tagCodes[k] ?? -1] ?? "";
  }
}

/**
 * Cuts `text` with jieba (HMM on) and tags each word through `wordTags` (jieba's tags, gazetteer
 * names as places); offsets are computed from the words (jieba keeps every character).
 */
export function tokenize(text: string): Tokens {
  const words = segmenter().cut(text, true);
  const tags = wordTags();
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  const tagCodes = new Uint16Array(words.length);
  let at = 0;
  let kept = 0;
  for (const word of words) {
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    at = start + word.length;
    starts[kept] = start;
    ends[kept] = at;
    tagCodes[kept] = tags.codeOf(word);
    kept++;
  }
  return new Tokens(
    text,
    starts.subarray(0, kept),
    ends.subarray(0, kept),
    tagCodes.subarray(0, kept),
    tags.names,
  );
}
