/**
 * Word boundaries and part-of-speech tags from @node-rs/jieba, with the region gazetteer's names
 * loaded as place names (ns) so that "包头" is a place, not the verb "to wrap one's head". Tokens
 * carry their [start, end) offsets in the text they were cut from.
 */
import { createRequire } from "node:module";
import type { Jieba } from "@node-rs/jieba";
import { regionGazetteer } from "./region-gazetteer.ts";

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

/** Cuts and tags `text`; offsets are computed from the words (jieba keeps every character). */
export function tokenize(text: string): Token[] {
  // jieba's own {word, tag} objects get their offsets in place: no second object per word.
  const tokens = segmenter().tag(text, true) as Partial<Token>[] as Token[];
  let at = 0;
  let kept = 0;
  for (const token of tokens) {
    const start = text.startsWith(token.word, at) ? at : text.indexOf(token.word, at);
    if (start < 0) continue;
    token.start = start;
    token.end = start + token.word.length;
    at = token.end;
    tokens[kept++] = token;
  }
  tokens.length = kept;
  return tokens;
}
